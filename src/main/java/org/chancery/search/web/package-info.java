/**
 * The search results page, {@code /search?q=}.
 */
@NullMarked
package org.chancery.search.web;

import org.jspecify.annotations.NullMarked;
