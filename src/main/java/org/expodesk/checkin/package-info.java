/**
 * Check-in at the gates. Each event has gates (a code, bilingual names, the hall whose count they keep, the
 * badge types they admit); volunteers and enrolled scanning devices scan badge codes there. A scan verifies the
 * signed code in memory, then applies the gate's rules: right event, not revoked, valid today in the event's
 * time zone, allowed at this gate, and once a day for single-entry types or again after an exit for re-entry
 * types. The database decides admissions (one presence row per badge and day), so a rush of simultaneous scans
 * admits once; every scan, refused ones too, goes to the scan log, and a retried scan (same nonce) gets the
 * first answer back without a second row. The live count of people inside each hall is read from the same
 * presence rows. The JSON API for scanning devices lives in {@code api}, the office's gates screen in
 * {@code ui}; see {@code docs/check-in.md} and {@code docs/api.md}.
 */
@NullMarked
package org.expodesk.checkin;

import org.jspecify.annotations.NullMarked;
