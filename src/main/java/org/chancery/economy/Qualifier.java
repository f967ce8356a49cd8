package org.chancery.economy;

/** How a source qualifies a number: exactly, about, more than, less than. */
public enum Qualifier {
    EXACT, ABOUT, MORE_THAN, LESS_THAN
}
