package io.opensdr.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body the handler accepts, when it is not {@code opensdr.web.max-body} (1MB):
 * a size ({@code "5MB"}) or a placeholder ({@code "${opensdr.outreach.tracking.sendgrid-webhook.max-body:5MB}"}).
 * Multipart uploads are bounded by {@code spring.servlet.multipart.*} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MaxBody {

    String value();
}
