/**
 * The pages of accounts: admins manage accounts under {@code /admin/accounts}; everyone
 * signed in changes their own password and manages their tokens under {@code /account}.
 */
@NullMarked
package org.chancery.security.web;

import org.jspecify.annotations.NullMarked;
