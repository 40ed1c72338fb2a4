/**
 * Persons: the one record of a human across ExpoDesk. Exhibitor staff, guests, officials, speakers and
 * volunteers are all persons; features attach their own profiles to a person instead of keeping their
 * own copies of names and phones. Chinese names are kept whole, never split into first and last.
 */
@NullMarked
package org.expodesk.person;

import org.jspecify.annotations.NullMarked;
