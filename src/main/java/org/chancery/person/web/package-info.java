/**
 * The pages of persons and offices: a person's page ({@code /persons/{id}}) and an office's
 * ({@code /offices/{id}}), and the staff forms that add, edit, delete and restore persons,
 * give them office terms and add and edit offices.
 */
@NullMarked
package org.chancery.person.web;

import org.jspecify.annotations.NullMarked;
