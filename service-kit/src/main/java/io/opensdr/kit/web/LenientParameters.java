package io.opensdr.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler's path and query come from links or providers this service does not control (an
 * unsubscribe or tracking link a mail client may decorate, a provider's webhook): {@link StrictParameters}
 * leaves them alone, and the handler checks what it reads itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LenientParameters {
}
