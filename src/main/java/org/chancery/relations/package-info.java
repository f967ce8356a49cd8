/**
 * The relations between two states read together: agreements and each side's stage, trade
 * and investment, latest and planned events, who met whom; and one state read the same way
 * (its counterparts, agreements, institutions and latest events); all through RelationsQueries.
 */
@NullMarked
package org.chancery.relations;

import org.jspecify.annotations.NullMarked;
