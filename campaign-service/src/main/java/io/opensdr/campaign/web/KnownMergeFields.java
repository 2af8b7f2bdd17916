package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.MergeFields;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/** The text uses only the merge fields outreach knows how to fill (see {@link MergeFields}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownMergeFields.Validator.class)
public @interface KnownMergeFields {

    String message() default "uses an unknown merge field";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownMergeFields, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            Set<String> unknown = MergeFields.unknownIn(text);
            if (unknown.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(MergeFields.describeUnknown(unknown)))
                    .addConstraintViolation();
            return false;
        }

        /** Merge fields are written in braces, which message templates would read as parameters. */
        private static String literal(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
