/**
 * People and the offices they held, term by term.
 */
@NullMarked
package org.chancery.person;

import org.jspecify.annotations.NullMarked;
