/**
 * The agreements' pages: {@code /agreements} and {@code /agreements/{id}}.
 */
@NullMarked
package org.chancery.agreement.web;

import org.jspecify.annotations.NullMarked;
