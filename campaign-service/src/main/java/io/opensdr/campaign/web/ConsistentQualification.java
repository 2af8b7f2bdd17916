package io.opensdr.campaign.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * BANT settings hold together: the hot score is not below the threshold (reported on {@code hotScore})
 * and at least one weight is positive (reported on {@code weights}). Fields left out take their
 * defaults, which always hold together, so only values given side by side are compared here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentQualification.Validator.class)
public @interface ConsistentQualification {

    String message() default "BANT settings do not hold together";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentQualification, CampaignRequests.Qualification> {

        @Override
        public boolean isValid(CampaignRequests.Qualification qualification, ConstraintValidatorContext context) {
            if (qualification == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (qualification.threshold() != null && qualification.hotScore() != null
                    && qualification.hotScore() < qualification.threshold()) {
                context.buildConstraintViolationWithTemplate("must be at least the threshold")
                        .addPropertyNode("hotScore")
                        .addConstraintViolation();
                valid = false;
            }
            CampaignRequests.Weights weights = qualification.weights();
            if (weights != null && weights.budget() != null && weights.authority() != null && weights.need() != null
                    && weights.timeline() != null
                    && weights.budget() + weights.authority() + weights.need() + weights.timeline() <= 0) {
                context.buildConstraintViolationWithTemplate("at least one weight must be positive")
                        .addPropertyNode("weights")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
