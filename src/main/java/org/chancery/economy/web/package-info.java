/**
 * The economic figures' pages: {@code /figures/{id}} and, for editors, the figure form.
 */
@NullMarked
package org.chancery.economy.web;

import org.jspecify.annotations.NullMarked;
