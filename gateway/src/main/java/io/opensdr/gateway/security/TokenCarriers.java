package io.opensdr.gateway.security;

import java.util.List;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Where a request's credentials are (Seam 1): {@code Authorization: Bearer <jwt>}, else the
 * access cookie. HTTP Basic is passed on to campaign-service routes (which check it) and refused
 * elsewhere; any other scheme is refused. Public routes are not looked at: whatever they carry
 * goes to the service as it is.
 */
final class TokenCarriers implements ServerAuthenticationConverter {

  static final String BASIC_ELSEWHERE =
      "HTTP Basic is accepted on campaign-service routes only: use an access token.";

  private final List<String> accessCookies;
  private final List<PathPattern> campaignPaths;

  TokenCarriers(GatewaySecurityProperties properties) {
    this.accessCookies = List.copyOf(properties.accessCookies());
    this.campaignPaths =
        properties.campaignPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
  }

  @Override
  public Mono<Authentication> convert(ServerWebExchange exchange) {
    return PublicRoutes.ALL
        .matches(exchange)
        .flatMap(match -> match.isMatch() ? Mono.empty() : Mono.defer(() -> carried(exchange)));
  }

  private Mono<Authentication> carried(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header != null) {
      if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        String token = header.substring(7).trim();
        return token.isEmpty()
            ? Mono.error(new InvalidBearerTokenException("The bearer token is empty."))
            : Mono.just(new BearerTokenAuthenticationToken(token));
      }
      if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return isCampaignPath(exchange)
            ? Mono.just(new BasicPassThrough())
            : Mono.error(new BadCredentialsException(BASIC_ELSEWHERE));
      }
      return Mono.error(
          new BadCredentialsException("Unsupported Authorization scheme: use an access token."));
    }
    for (String name : accessCookies) {
      HttpCookie cookie = exchange.getRequest().getCookies().getFirst(name);
      if (cookie != null && !cookie.getValue().isBlank()) {
        return Mono.just(new BearerTokenAuthenticationToken(cookie.getValue()));
      }
    }
    return Mono.empty();
  }

  private boolean isCampaignPath(ServerWebExchange exchange) {
    PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
    return campaignPaths.stream().anyMatch(pattern -> pattern.matches(path));
  }
}
