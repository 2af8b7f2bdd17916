package io.opensdr.campaign.config;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies get the type each field says, not one Jackson would quietly convert: a number or a
 * boolean where text is expected ({@code "name": 42}) and a fraction where a whole number is
 * expected ({@code "dailyProspectQuota": 1.5}, which Jackson would truncate to 1) are a 400 problem
 * naming the field (service-kit's ProblemDetailsAdvice: "has the wrong type"), as an operator object
 * {@code {"$gt": ""}} already is. BadInputTest has a case for each.
 */
@Configuration(proxyBeanMethods = false)
public class JsonInputConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noSilentTypeCoercion() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }
}
