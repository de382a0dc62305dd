package io.suretyhub.openapi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an open API controller: {@link OpenApiDescription} adds to each of its operations the signature
 * headers, the Idempotency-Key on a POST and the problems every signed request can get, next to the
 * operation's own answer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OpenApiOperations {

}
