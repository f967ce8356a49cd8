/**
 * Accounts, roles, sign-in and who may read or write what.
 */
@NullMarked
package org.chancery.security;

import org.jspecify.annotations.NullMarked;
