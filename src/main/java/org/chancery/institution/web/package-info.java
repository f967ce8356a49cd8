/**
 * An institution's page, {@code /institutions/{id}}.
 */
@NullMarked
package org.chancery.institution.web;

import org.jspecify.annotations.NullMarked;
