/**
 * The first page: the latest events of the record.
 */
@NullMarked
package org.chancery.home;

import org.jspecify.annotations.NullMarked;
