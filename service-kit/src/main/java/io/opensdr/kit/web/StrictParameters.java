package io.opensdr.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks what Spring MVC would otherwise let through before the handler runs, so a refused request
 * changes nothing: a query or form parameter the handler does not declare (a misspelt filter, or an
 * operator such as {@code status[$ne]}), a parameter given twice where the handler takes one value
 * (Spring would silently keep the first, or join them with a comma), a path variable that cannot be
 * an id (over {@value #MAX_PATH_VARIABLE} characters, or with control characters), each a 400 naming
 * the field; and a body over the handler's limit ({@link MaxBody}, else {@code opensdr.web.max-body}), 413.
 * Handlers marked {@link LenientParameters} keep their parameters to themselves.
 */
public final class StrictParameters implements HandlerInterceptor {

    /** The request attribute {@link BodyLimitFilter} reads: the handler's body limit in bytes. */
    public static final String BODY_LIMIT = StrictParameters.class.getName() + ".bodyLimit";
    public static final int MAX_PATH_VARIABLE = 200;

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final long defaultMaxBody;
    private final StringValueResolver placeholders;
    private final Map<HandlerMethod, Declared> declared = new ConcurrentHashMap<>();

    public StrictParameters(long defaultMaxBody, StringValueResolver placeholders) {
        this.defaultMaxBody = defaultMaxBody;
        this.placeholders = placeholders;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws PayloadTooLargeException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Declared parameters = declared.computeIfAbsent(method, this::declare);
        request.setAttribute(BODY_LIMIT, parameters.maxBody());
        if (!isMultipart(request) && request.getContentLengthLong() > parameters.maxBody()) {
            throw new PayloadTooLargeException(parameters.maxBody());
        }
        if (parameters.lenient()) {
            return true;
        }
        List<Map<String, String>> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            variables.forEach((name, value) -> {
                if (value.length() > MAX_PATH_VARIABLE || value.chars().anyMatch(Character::isISOControl)) {
                    errors.add(error(name, "is not a valid id: at most " + MAX_PATH_VARIABLE
                            + " characters, without control characters"));
                }
            });
        }
        if (!parameters.any()) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                String name = parameter.getKey();
                if (!parameters.names().contains(name)) {
                    errors.add(error(name, parameters.names().isEmpty() ? "is not a known parameter; this endpoint takes none"
                            : "is not a known parameter; use " + String.join(", ", parameters.names())));
                } else if (parameter.getValue().length > 1 && !parameters.multiValued().contains(name)) {
                    errors.add(error(name, "is given more than once"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return true;
    }

    private Declared declare(HandlerMethod method) {
        boolean lenient = AnnotatedElementUtils.hasAnnotation(method.getMethod(), LenientParameters.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), LenientParameters.class);
        MaxBody max = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), MaxBody.class);
        if (max == null) {
            max = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), MaxBody.class);
        }
        long maxBody = max == null ? defaultMaxBody : DataSize.parse(placeholders.resolveStringValue(max.value())).toBytes();
        Set<String> names = new TreeSet<>();
        Set<String> multiValued = new TreeSet<>();
        boolean any = false;
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getNestedParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            String name;
            if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    any = true;
                    continue;
                }
                name = StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
            } else if (part != null) {
                name = StringUtils.hasText(part.name()) ? part.name() : parameter.getParameterName();
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                any = true;
                continue;
            } else if (parameter.getParameterAnnotations().length == 0 && BeanUtils.isSimpleProperty(type)
                    && !MultipartFile.class.isAssignableFrom(type)) {
                name = parameter.getParameterName(); // bound as a request parameter by default
            } else {
                continue;
            }
            if (name == null) {
                any = true; // no name to compare with: compiled without -parameters
                continue;
            }
            names.add(name);
            if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                multiValued.add(name);
            }
        }
        return new Declared(lenient, maxBody, Collections.unmodifiableSet(names), Collections.unmodifiableSet(multiValued), any);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** @param any the handler reads parameters it does not name (a map, a command object) */
    private record Declared(boolean lenient, long maxBody, Set<String> names, Set<String> multiValued, boolean any) {
    }
}
