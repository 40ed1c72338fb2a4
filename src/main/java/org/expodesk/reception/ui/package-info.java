/**
 * Reception's screens: the arrivals and departures board of a day with its pickup trips, cars and notices; the
 * guest desk with its trip dialog and itinerary downloads; the hotels and rooms screen (hotels, room blocks, the
 * night-by-night occupancy, stays) and the one dialog that lodges a guest, used by both; the meals with their
 * seating, dietary needs and the kitchen's count. Views call only the root services of reception and guest.
 */
@NullMarked
package org.expodesk.reception.ui;

import org.jspecify.annotations.NullMarked;
