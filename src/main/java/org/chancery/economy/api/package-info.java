/**
 * The economic figures of the JSON API.
 */
@NullMarked
package org.chancery.economy.api;

import org.jspecify.annotations.NullMarked;
