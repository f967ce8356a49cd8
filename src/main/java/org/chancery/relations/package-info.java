/**
 * The relations between two states read together: agreements and each side's stage, trade
 * and investment, latest and planned events, who met whom; and one state read the same way
 * (StateProfiles: its counterparts, agreements, institutions and latest events).
 */
@NullMarked
package org.chancery.relations;

import org.jspecify.annotations.NullMarked;
