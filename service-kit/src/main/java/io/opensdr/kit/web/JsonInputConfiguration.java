package io.opensdr.kit.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * JSON input gets the type each field declares, never one Jackson would quietly convert, in every
 * Spring MVC service: a value of the wrong JSON type is a 400 problem naming the field
 * ({@link ProblemDetailsAdvice}: "has the wrong type"), like an operator object {@code {"$gt": ""}}
 * already is. Each rule and why:
 * <ul>
 * <li><b>Text given a number or a boolean</b> ({@code "name": 42}, {@code "email": true}): refused.
 *     Jackson would store {@code "42"}; a client sending a number for a name has a bug it must see.</li>
 * <li><b>A whole number given a fraction</b> ({@code "dailyProspectQuota": 1.5}, also {@code 1.0}), for
 *     {@code int}/{@code Integer}, {@code long}/{@code Long}, {@code short}, {@code byte} and
 *     {@code BigInteger}: refused. Jackson would truncate to 1 (the client meant something else);
 *     every JSON writer writes a whole number as {@code 1}, so {@code 1.0} is refused with it.
 *     A fraction field given a whole number ({@code "score": 1} for a {@code double}) is accepted:
 *     1 is that number, nothing is lost.</li>
 * <li><b>A number given as text</b> ({@code "threshold": "70"}, {@code "amount": "1.5"} for a
 *     {@code BigDecimal}): refused. Numbers are JSON numbers; accepting text would hide a client
 *     that builds bodies from form fields without converting them.</li>
 * <li><b>A boolean given a number or text</b> ({@code "approved": 1}, {@code 0}, {@code "true"}):
 *     refused; only {@code true} and {@code false}. 1/0 and "true" are what a client sends when it
 *     serialises the wrong variable, and "false" would not even be false in every language.</li>
 * <li><b>An enum given a number</b> ({@code "seniority": 2}, or {@code "2"}): refused. Jackson maps an
 *     integer to the constant's ordinal, so the meaning of a stored value would change whenever the
 *     enum's order does; an enum is given by its name (exactly, as before).</li>
 * <li><b>An empty or blank string for a number, boolean or enum</b> ({@code "threshold": ""}): refused.
 *     Jackson would read it as null, turning a value the client sent into "none" (and a default or a
 *     misleading "must not be null"). {@code null}, or leaving the field out, is how to say none.
 *     An empty string for a text field stays an empty string (its constraints, {@code @NotBlank},
 *     decide).</li>
 * </ul>
 * Left as Jackson does it, on purpose: an explicit {@code null} for a primitive is 0 (Jackson's
 * FAIL_ON_NULL_FOR_PRIMITIVES would also refuse an omitted primitive component of a record, so
 * request records use wrapper types with {@code @NotNull} instead), and JSON trees
 * ({@code readTree}, {@code JsonNode}) are read as they are: the coercion rules apply only when
 * Jackson converts a value to a declared Java type. The providers' webhooks (SendGrid's events with
 * their integer {@code timestamp}, Calendly's and Cal.com's bookings) are read as trees and check
 * each field's JSON type themselves, accepting the types the providers document.
 *
 * <p>It applies to the application's {@link ObjectMapper} (Spring Boot's, built with this
 * customizer), so to every {@code @RequestBody} and every read through the injected mapper (such as
 * prospector's JSON column mapping); a mapper a class makes itself ({@code new ObjectMapper()}) keeps
 * Jackson's defaults. JsonInputTest shows each rule.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(ObjectMapper.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class JsonInputConfiguration {

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer jsonInputPolicy() {
        return builder -> builder.postConfigurer(JsonInputConfiguration::refuseSilentCoercion);
    }

    /** The policy, on any mapper (the application's gets it through {@link #jsonInputPolicy}). */
    public static ObjectMapper refuseSilentCoercion(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        return mapper;
    }
}
