/**
 * Badge codes that cannot be forged. A badge's QR code carries a short binary payload (format version,
 * key id, random badge id, event, badge type, valid days) signed with the event's own Ed25519 key; a gate
 * checks the signature with the event's public keys held in memory, so a scan needs no database look-up
 * and a forged or altered code is refused. This module keeps the per-event keys (private halves encrypted
 * at rest under a master key from the configuration, rotated without invalidating printed badges), signs
 * claims into codes and verifies codes into claims. The format is described in {@code docs/badge-code.md}.
 * On top of the codes: each event's badge types (a starter set of seven for every new event), the badges
 * issued to persons (one active badge per person per event, reissued with a new code on a change of type or
 * a loss, revoked with a reason), bilingual badge PDFs, one A6 page each or four to an A4 sheet, streamed
 * as they are drawn (whole lists in the background into a temporary file), and the {@code .xlsx} export for an
 * outside print shop. The office screen is {@code ui.BadgesView}; the gates scan in the {@code checkin} module.
 */
@NullMarked
package org.expodesk.badge;

import org.jspecify.annotations.NullMarked;
