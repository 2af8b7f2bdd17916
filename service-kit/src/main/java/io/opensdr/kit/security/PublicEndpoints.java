package io.opensdr.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route of the service that needs no token: the health probe, the OpenAPI documents and
 * Swagger UI (Seam 1), plus the service's own {@link PublicPaths}. Everything else needs one.
 */
public final class PublicEndpoints {

    /** Public in every service. */
    public static final List<String> ALWAYS = List.of("/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**");

    private final List<Rule> rules;

    public PublicEndpoints(Collection<String> patterns) {
        List<Rule> all = new ArrayList<>();
        ALWAYS.forEach(p -> all.add(Rule.parse(p)));
        patterns.stream().filter(p -> p != null && !p.isBlank()).forEach(p -> all.add(Rule.parse(p)));
        this.rules = List.copyOf(all);
    }

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }

    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return matches(request.getMethod(), path);
    }

    /** Whether a request with this method and (concrete) path needs no token. */
    public boolean matches(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().anyMatch(rule -> rule.matches(method, container));
    }

    /** The patterns, as declared ("METHOD /path" or "/path"). */
    public List<String> patterns() {
        return rules.stream().map(Rule::toString).toList();
    }

    private record Rule(String method, PathPattern pattern) {

        static Rule parse(String declared) {
            String trimmed = declared.trim();
            int space = trimmed.indexOf(' ');
            String method = space < 0 ? null : trimmed.substring(0, space).toUpperCase(Locale.ROOT);
            String path = space < 0 ? trimmed : trimmed.substring(space + 1).trim();
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("A public path must start with /: " + declared);
            }
            return new Rule(method, PathPatternParser.defaultInstance.parse(path));
        }

        boolean matches(String requestMethod, PathContainer path) {
            return (method == null || method.equalsIgnoreCase(requestMethod)) && pattern.matches(path);
        }

        @Override
        public String toString() {
            return method == null ? pattern.getPatternString() : method + " " + pattern.getPatternString();
        }
    }
}
