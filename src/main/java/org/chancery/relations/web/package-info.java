/**
 * The pages read across features: the pair dashboard {@code /relations/{a}/{b}} and the states'
 * pages {@code /states} and {@code /states/{code}}.
 */
@NullMarked
package org.chancery.relations.web;

import org.jspecify.annotations.NullMarked;
