/**
 * Economic figures between two states: trade, investment, deals, each with its source.
 */
@NullMarked
package org.chancery.economy;

import org.jspecify.annotations.NullMarked;
