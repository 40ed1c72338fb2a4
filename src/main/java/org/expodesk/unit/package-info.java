/**
 * The organisation tree of the fair: the city, its counties, districts and development zones, their
 * townships, and the departments. Every participating unit names one leader in charge (分管领导) and one
 * liaison (联络员); both are persons, with their phones. Later features count work per unit.
 */
@NullMarked
package org.expodesk.unit;

import org.jspecify.annotations.NullMarked;
