/**
 * Getting the database ready: creating it where it is missing, and the shipped record's migrations.
 */
@NullMarked
package org.chancery.database;

import org.jspecify.annotations.NullMarked;
