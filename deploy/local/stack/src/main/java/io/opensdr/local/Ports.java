package io.opensdr.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every port of the local stack, all on 127.0.0.1. The defaults are documented in deploy/local/README.md. */
record Ports(int gateway, int registry, int campaign, int prospector, int qualifier, int outreach,
             int kafka, int kafkaController, int mongo, int smtp, int imap, int zipkin) {

    static Ports withOffset(int offset) {
        return new Ports(8080 + offset, 8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset,
            8085 + offset, 9092 + offset, 9093 + offset, 27017 + offset, 3025 + offset, 3143 + offset, 9411 + offset);
    }

    /** The infrastructure's ports, by what listens on them. */
    Map<String, Integer> infrastructure() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", kafka);
        ports.put("kafka controller", kafkaController);
        ports.put("registry", registry);
        ports.put("mongodb", mongo);
        ports.put("smtp", smtp);
        ports.put("imap", imap);
        return ports;
    }
}
