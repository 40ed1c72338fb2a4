/**
 * Safety on site, "nothing overlooked": bilingual checklist templates by domain (fire, food, crowd, electrical,
 * structures, medical, traffic) that keep every revision, inspection targets (halls, booths, entrances,
 * extinguishers, hydrants, hotels, dining places, vehicles) each with a responsible person and a QR label,
 * inspection rounds walked on a phone with photos, rectifications with a deadline and a re-check, the day's
 * figures for the dashboard and the daily summary, an immediate push of critical failures to organisers, and
 * contingency plans (预案) printable for offline use.
 */
@NullMarked
package org.expodesk.safety;

import org.jspecify.annotations.NullMarked;
