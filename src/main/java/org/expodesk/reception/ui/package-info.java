/**
 * Reception's screens: the arrivals and departures board of a day with its pickup trips, cars and notices, and the
 * meals with their seating, dietary needs and the kitchen's count. Views call only the reception module's root
 * services.
 */
@NullMarked
package org.expodesk.reception.ui;

import org.jspecify.annotations.NullMarked;
