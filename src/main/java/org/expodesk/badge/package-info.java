/**
 * Badge codes that cannot be forged. A badge's QR code carries a short binary payload (format version,
 * key id, random badge id, event, badge type, valid days) signed with the event's own Ed25519 key; a gate
 * checks the signature with the event's public keys held in memory, so a scan needs no database look-up
 * and a forged or altered code is refused. This module keeps the per-event keys (private halves encrypted
 * at rest under a master key from the configuration, rotated without invalidating printed badges), signs
 * claims into codes and verifies codes into claims. The format is described in {@code docs/badge-code.md}.
 * Badges themselves, printing and the scanning screens build on this API.
 */
@NullMarked
package org.expodesk.badge;

import org.jspecify.annotations.NullMarked;
