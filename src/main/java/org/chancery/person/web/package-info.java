/**
 * A person's page, {@code /persons/{id}}.
 */
@NullMarked
package org.chancery.person.web;

import org.jspecify.annotations.NullMarked;
