package org.chancery.security.web;

/** Where a new account's or a reset password comes from: made up by Chancery and shown once, or typed by the admin. */
enum PasswordChoice {
    GENERATE, TYPE
}
