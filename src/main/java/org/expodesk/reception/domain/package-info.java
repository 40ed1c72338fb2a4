/**
 * Hotels, room blocks and stays as JPA entities, and {@link org.expodesk.reception.domain.RoomNights}, the plain
 * SQL that creates a block's room slots and takes one room night at a time under the database's unique key.
 * Only the reception module's root package uses them.
 */
@NullMarked
package org.expodesk.reception.domain;

import org.jspecify.annotations.NullMarked;
