/**
 * The pair dashboard page, {@code /relations/{a}/{b}}.
 */
@NullMarked
package org.chancery.relations.web;

import org.jspecify.annotations.NullMarked;
