package io.opensdr.kit.testing;

import io.opensdr.kit.security.PublicEndpoints;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What the endpoint-by-endpoint contracts need of a web test: {@link ServiceWebTestSupport} gives it. */
public interface WebTestAccess {

    MockMvc mockMvc();

    RequestMappingHandlerMapping handlerMapping();

    PublicEndpoints publicEndpoints();
}
