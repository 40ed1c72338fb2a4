/**
 * Reception's screens: the arrivals and departures board of a day with its pickup trips, cars and notices, and the
 * guest desk with its room and trip dialogs and itinerary downloads. Views call only the reception module's root
 * services.
 */
@NullMarked
package org.expodesk.reception.ui;

import org.jspecify.annotations.NullMarked;
