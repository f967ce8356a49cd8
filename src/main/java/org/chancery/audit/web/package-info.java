/**
 * How a record's history and a refused edit read on the record pages: the change log as a
 * list of who changed which field when ({@link org.chancery.audit.web.RecordHistory}), with
 * the versions an admin can put back, and the two versions of a conflicting edit side by
 * side ({@link org.chancery.audit.web.VersionConflicts}).
 */
@NullMarked
package org.chancery.audit.web;

import org.jspecify.annotations.NullMarked;
