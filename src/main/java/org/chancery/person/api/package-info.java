/**
 * The persons and offices resources of the JSON API (terms are a part of their office).
 */
@NullMarked
package org.chancery.person.api;

import org.jspecify.annotations.NullMarked;
