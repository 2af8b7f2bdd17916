package io.opensdr.kit.process;

import io.opensdr.kit.web.ProblemDetailsAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class ProcessConfiguration {

    @Bean
    public ParentProcessWatchdog parentProcessWatchdog(ApplicationContext context) {
        return new ParentProcessWatchdog(context, System.getenv(ParentProcessWatchdog.PARENT_PID_VARIABLE));
    }
}
