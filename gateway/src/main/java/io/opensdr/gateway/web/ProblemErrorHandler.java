package io.opensdr.gateway.web;

import io.netty.channel.ConnectTimeoutException;
import io.opensdr.gateway.resilience.CircuitBreakerProperties;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Every error the gateway itself raises becomes RFC 9457 problem details, never a stack trace:
 * a service that cannot be reached is a 503 naming it, a connection it drops is a 502, a
 * timeout a 504, a route whose circuit breaker is open a 503 with {@code Retry-After}. Errors a service answers itself (its own problem details) are proxied
 * unchanged and never get here. Runs before Spring Boot's default handler (order -1).
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

  private final ServerResponse.Context responseContext;

  private final Duration openFor;

  ProblemErrorHandler(ServerCodecConfigurer codecs, CircuitBreakerProperties circuitBreakers) {
    this.openFor = circuitBreakers.openFor();
    List<HttpMessageWriter<?>> writers = codecs.getWriters();
    this.responseContext =
        new ServerResponse.Context() {
          @Override
          public List<HttpMessageWriter<?>> messageWriters() {
            return writers;
          }

          @Override
          public List<ViewResolver> viewResolvers() {
            return List.of();
          }
        };
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    ProblemDetail problem = toProblem(exchange, error);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return ServerResponse.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyValue(problem)
        .flatMap(response -> response.writeTo(exchange, responseContext));
  }

  private ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
    String service = routeId(exchange);
    if (error instanceof AuthenticationServiceException) {
      // The JWKS could not be fetched: nobody's token can be checked until it can.
      log.warn("Cannot check access tokens for {}: {}", path(exchange), rootMessage(error));
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Service unavailable",
          "Sign-in cannot be checked right now (campaign-service's keys are unreachable). Try"
              + " again in a moment.");
    }
    if (hasCause(error, ConnectException.class)
        || hasCause(error, ConnectTimeoutException.class)
        || hasCause(error, UnknownHostException.class)) {
      log.warn("{} unreachable for {}: {}", service, path(exchange), rootMessage(error));
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Service unavailable",
          service + " is unavailable. Try again in a moment.");
    }
    if (error instanceof ServiceUnavailableException) {
      log.warn("{} circuit open for {}", service, path(exchange));
      exchange
          .getResponse()
          .getHeaders()
          .set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, openFor.toSeconds())));
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Service unavailable",
          service
              + " is unavailable: it failed repeatedly and is given "
              + Math.max(1, openFor.toSeconds())
              + " seconds to recover. Try again then.");
    }
    if (hasCause(error, PrematureCloseException.class)) {
      log.warn("{} closed the connection for {}: {}", service, path(exchange), rootMessage(error));
      return problem(
          HttpStatus.BAD_GATEWAY, "Bad gateway", service + " closed the connection unexpectedly.");
    }
    if (error instanceof ErrorResponse response) {
      HttpStatusCode status = response.getStatusCode();
      if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
        log.warn("{} timed out for {}", service, path(exchange));
        return problem(
            HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout", service + " took too long to answer.");
      }
      if (status.is5xxServerError()) {
        log.error("Error for {}", path(exchange), error);
      }
      // 404 for an unknown path, 405, 406, 413...: the framework's own problem, as it is.
      ProblemDetail body = response.getBody();
      ProblemDetail copy = ProblemDetail.forStatusAndDetail(status, body.getDetail());
      copy.setTitle(body.getTitle());
      return copy;
    }
    log.error("Unexpected error for {}", path(exchange), error);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "The gateway could not handle this request.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private static String routeId(ServerWebExchange exchange) {
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    return route != null ? route.getId() : "The service";
  }

  private static String path(ServerWebExchange exchange) {
    return exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
