/**
 * Ministries, agencies, parliaments and companies: who signs memoranda.
 */
@NullMarked
package org.chancery.institution;

import org.jspecify.annotations.NullMarked;
