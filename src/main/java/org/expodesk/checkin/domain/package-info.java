/**
 * Gates and scanning devices as JPA entities, and the two tables on the scan path written with plain SQL: the
 * scan log ({@link org.expodesk.checkin.domain.ScanLog}) and the presence rows that admit a badge once
 * ({@link org.expodesk.checkin.domain.PresenceLedger}), where the database's unique keys, not Java locks, decide
 * races.
 */
@NullMarked
package org.expodesk.checkin.domain;

import org.jspecify.annotations.NullMarked;
