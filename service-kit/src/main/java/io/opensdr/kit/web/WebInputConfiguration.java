package io.opensdr.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.kit.security.ProblemResponse;
import java.io.IOException;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bad input stops at the edge, the same way in every service: {@link StrictParameters} (unknown
 * or repeated parameters, malformed path variables, bodies over {@code opensdr.web.max-body},
 * default 1MB, or the handler's {@link MaxBody}), {@link BodyLimitFilter} for bodies without a
 * length, and {@link StrictJson} bodies that refuse unknown fields. {@link ProblemDetailsAdvice}
 * answers each with an RFC 9457 problem naming the field.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebInputConfiguration {

    @Bean
    public StrictParameters strictParameters(@Value("${opensdr.web.max-body:1MB}") DataSize maxBody,
                                             ConfigurableBeanFactory beanFactory) {
        return new StrictParameters(maxBody.toBytes(), new EmbeddedValueResolver(beanFactory));
    }

    @Bean
    public WebMvcConfigurer strictParametersConfigurer(StrictParameters strictParameters) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(strictParameters);
            }
        };
    }

    @Bean
    public FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(@Value("${opensdr.web.max-body:1MB}") DataSize maxBody) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(maxBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * A request Spring Security's firewall refuses (an encoded null or line break in the path, a
     * malformed header) is a 400 problem too, not an empty 400.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedHandler")
    static class RejectedRequests {

        @Bean
        RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper json) {
            return (request, response, rejected) -> ProblemResponse.write(json, request, response, HttpStatus.BAD_REQUEST,
                    "The request was refused: its path or headers are malformed.");
        }
    }

    /** Request bodies marked {@link StrictJson} refuse unknown fields (every other read keeps Jackson's default). */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictJsonBodies() {
        DeserializationProblemHandler refuseUnknownFields = new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                                 JsonDeserializer<?> deserializer, Object beanOrClass,
                                                 String propertyName) throws IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (StrictJson.class.isAssignableFrom(type)) {
                    throw UnrecognizedPropertyException.from(parser, beanOrClass, propertyName,
                            deserializer.getKnownPropertyNames());
                }
                return false;
            }
        };
        return builder -> builder.postConfigurer(mapper -> mapper.addHandler(refuseUnknownFields));
    }
}
