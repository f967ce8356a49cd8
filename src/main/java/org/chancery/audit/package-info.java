/**
 * The history of every record: who changed what and when, each field before and after.
 */
@NullMarked
package org.chancery.audit;

import org.jspecify.annotations.NullMarked;
