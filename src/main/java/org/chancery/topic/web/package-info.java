/**
 * The admins' pages of the topic vocabulary, {@code /admin/topics}.
 */
@NullMarked
package org.chancery.topic.web;

import org.jspecify.annotations.NullMarked;
