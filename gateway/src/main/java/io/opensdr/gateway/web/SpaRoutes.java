package io.opensdr.gateway.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The SPA's client-side routes ({@code /campaigns/123}) exist only in the browser: a page load
 * of one of them gets {@code index.html}, and the SPA's router takes it from there. Assets
 * (anything with a file extension) are served as static resources from the frontend jar's
 * {@code static/}; the API and actuator are never answered with the page.
 */
@Configuration(proxyBeanMethods = false)
class SpaRoutes {

  private static final List<String> SERVER_PREFIXES = List.of("/api", "/actuator");

  @Bean
  RouterFunction<ServerResponse> spaFallback(
      @Value("classpath:/static/index.html") Resource indexHtml) {
    return RouterFunctions.route(
        SpaRoutes::isPageLoad,
        request ->
            ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                // The page names hashed assets: it must be revalidated, they need not be.
                .cacheControl(CacheControl.noCache())
                .bodyValue(indexHtml));
  }

  /** A GET for an extension-less path outside the API that asks for HTML by name. */
  static boolean isPageLoad(ServerRequest request) {
    if (request.method() != HttpMethod.GET) {
      return false;
    }
    String path = request.path();
    for (String prefix : SERVER_PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return false;
      }
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    if (lastSegment.contains(".")) {
      return false;
    }
    // Explicitly text/html: scripts and fetches send */*, which must not get the page.
    return request.headers().accept().stream()
        .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
  }
}
