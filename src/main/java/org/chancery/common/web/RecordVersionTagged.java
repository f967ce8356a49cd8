package org.chancery.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API read whose answer depends only on the public record, the request and its reader: it
 * carries the record's version as its ETag and answers a matching If-None-Match with 304
 * before it runs ({@link RecordEtags}). Pages read signed out get the same without it; on a
 * page it only says that the handler reads the version itself ({@link #readByHandler}), and
 * a page seen signed in is still not tagged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RecordVersionTagged {

    /**
     * Whether the handler reads the version itself, in the statement of its answer, and hands it
     * to {@link RecordVersionTags#tag} when no If-None-Match asks for a 304: one statement and
     * one transaction less per request, and a tag from the same snapshot as the answer.
     */
    boolean readByHandler() default false;
}
