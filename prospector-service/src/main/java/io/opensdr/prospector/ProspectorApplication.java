package io.opensdr.prospector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProspectorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProspectorApplication.class, args);
    }
}
