package org.chancery.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request body that also takes a JSON number, which it keeps as written (a
 * figure's amount, read exactly as a decimal, never as a float). Every other text field takes
 * only a JSON string ({@code ReadableTextModule}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface NumberAsText {
}
