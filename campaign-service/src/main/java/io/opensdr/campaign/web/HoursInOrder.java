package io.opensdr.campaign.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Meeting or sending hours start before they end; reported on {@code endHour}, where the form shows it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HoursInOrder.Validator.class)
public @interface HoursInOrder {

    String message() default "must be later than the start hour";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HoursInOrder, CampaignRequests.HourRange> {

        @Override
        public boolean isValid(CampaignRequests.HourRange meeting, ConstraintValidatorContext context) {
            if (meeting == null || meeting.startHour() == null || meeting.endHour() == null
                    || meeting.startHour() < meeting.endHour()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endHour")
                    .addConstraintViolation();
            return false;
        }
    }
}
