package org.chancery.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record of query parameters ({@code TimelineParameters} …) whose components are all
 * {@code String} or {@code List<String>}, each named as its parameter: a handler method's
 * argument of that type is built straight from the query string ({@link QueryStringArgumentResolver}),
 * as Spring's data binding would build it, and its own methods read the values strictly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryString {
}
