package io.opensdr.kit.testing;

import static org.assertj.core.api.Assertions.fail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One endpoint as Spring MVC maps it ("GET /api/x/{id}"), read from the handler mapping itself so
 * that a test listing endpoints cannot rot: {@link WorkspaceIsolation} and {@link BadInput} fail
 * on an endpoint they have no case for.
 */
public record Endpoint(String method, String pattern) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final Set<String> IGNORED = Set.of("/error");
    /** Controllers of libraries (springdoc's documents, Spring's error page): not the service's own endpoints. */
    private static final List<String> LIBRARIES = List.of("org.springdoc.", "org.springframework.");

    /** Every endpoint of the application's controllers (Spring's own /error aside). */
    public static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        return collect(mapping, false);
    }

    /** The endpoints of the service's own controllers: {@link #all} without the libraries' (springdoc's). */
    public static List<Endpoint> ofTheService(RequestMappingHandlerMapping mapping) {
        return collect(mapping, true);
    }

    private static List<Endpoint> collect(RequestMappingHandlerMapping mapping, boolean ownOnly) {
        Set<Endpoint> endpoints = new TreeSet<>(Comparator.comparing(Endpoint::toString));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            String controller = entry.getValue().getBeanType().getName();
            if (ownOnly && LIBRARIES.stream().anyMatch(controller::startsWith)) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty()
                    ? List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                    : methods.stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                if (!IGNORED.contains(pattern)) {
                    names.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
                }
            }
        }
        return List.copyOf(endpoints);
    }

    /** The pattern with each variable replaced by a placeholder value. */
    public String sample() {
        return VARIABLE.matcher(pattern.replace("/**", "/x")).replaceAll("x1");
    }

    /**
     * The pattern with each variable replaced by its id: {@code ids} names it as
     * {@code "<segment before>.<variable>"} ({@code "campaigns.id"}) or just {@code "<variable>"}.
     */
    public String expand(Map<String, String> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String before = pattern.substring(0, matcher.start());
            String segment = before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1) : "";
            String value = ids.getOrDefault(segment + "." + name, ids.get(name));
            if (value == null) {
                fail("No id for {" + name + "} in " + pattern + " (as \"" + segment + "." + name
                        + "\" or \"" + name + "\"); known: " + ids.keySet());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
