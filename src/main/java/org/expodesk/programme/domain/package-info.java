/** Entities and repositories of the programme: sessions with their people, the event's named places, calendar tokens. */
@NullMarked
package org.expodesk.programme.domain;

import org.jspecify.annotations.NullMarked;
