/**
 * What every page shares: the reader's language and how uncertain dates read on a page.
 */
@NullMarked
package org.chancery.common.web;

import org.jspecify.annotations.NullMarked;
