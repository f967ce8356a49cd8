/**
 * The topics resource of the JSON API: the vocabulary, written by admins.
 */
@NullMarked
package org.chancery.topic.api;

import org.jspecify.annotations.NullMarked;
