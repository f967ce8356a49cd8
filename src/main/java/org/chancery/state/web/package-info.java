/**
 * The states' pages: {@code /states} and {@code /states/{code}}.
 */
@NullMarked
package org.chancery.state.web;

import org.jspecify.annotations.NullMarked;
