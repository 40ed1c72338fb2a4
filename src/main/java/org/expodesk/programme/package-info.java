/**
 * The programme of an event: sessions (opening ceremony, press conference, promotion meetings, matchmaking,
 * signing ceremonies, site visits, banquets, festivals) with their bilingual titles, times in the event's time
 * zone, place (a hall or one of the event's named rooms and outside addresses), host unit, speakers and
 * participants. Saving reports conflicts (a place or a speaker or VIP taken twice at once, a session outside the
 * event's days) and keeps them only when the organiser says so. The module also serves the public programme page,
 * the .ics calendars and the printed PDF schedules. Other features reuse {@link org.expodesk.programme.SessionSummary}
 * through {@link org.expodesk.programme.ProgrammeService} (a signing ceremony is a session of its own kind).
 */
@NullMarked
package org.expodesk.programme;

import org.jspecify.annotations.NullMarked;
