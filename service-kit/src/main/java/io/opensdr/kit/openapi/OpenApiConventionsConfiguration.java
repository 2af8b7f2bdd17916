package io.opensdr.kit.openapi;

import io.opensdr.kit.security.Caller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * The same OpenAPI conventions in every service that has springdoc ({@link OpenApiConventions}).
 * The {@link Caller} a controller method declares comes from the access token, not from the
 * request's parameters, and a {@code CsrfToken} parameter only asks Spring Security for the
 * token: both are left out of the documents.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiConventionsConfiguration {

    private static final String CSRF_TOKEN = "org.springframework.security.web.csrf.CsrfToken";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // A controller that takes the CsrfToken only makes Spring Security issue the cookie.
        if (ClassUtils.isPresent(CSRF_TOKEN, OpenApiConventionsConfiguration.class.getClassLoader())) {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(
                    ClassUtils.resolveClassName(CSRF_TOKEN, OpenApiConventionsConfiguration.class.getClassLoader()));
        }
    }

    @Bean
    SchemaNameCollisions schemaNameCollisions() {
        return new SchemaNameCollisions();
    }

    @Bean
    OpenApiConventions openApiConventions(SchemaNameCollisions schemaNameCollisions) {
        return new OpenApiConventions(schemaNameCollisions);
    }
}
