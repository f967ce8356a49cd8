package org.chancery.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page whose address is the same on every view (a pair's dashboard, a state's page) and whose
 * HTML depends only on the record, the day, the language and the reader: seen signed out, it is
 * rendered once per record version and then served as kept ({@link RenderedPages}). A write
 * shows at once, since its commit moves the version the page is kept under.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeptAsRendered {
}
