/**
 * Exhibitors: companies register for an event on a public bilingual page (which also makes their EXHIBITOR
 * account), the office reviews them (approve, reject with a reason, waiting list, every change recorded with
 * who and when) and allocates booths, and approved companies pick free booths themselves, hold them for a
 * limited time and confirm them. Exactly one company per booth is enforced by the database (a conditional
 * update of the booth checked by its row count, and an allocation table keyed by the booth), so two
 * application instances sharing one MySQL never hand out a booth twice. Exhibitors see and change only their
 * own company: every self-service method derives the company from the signed-in account.
 */
@NullMarked
package org.expodesk.exhibitor;

import org.jspecify.annotations.NullMarked;
