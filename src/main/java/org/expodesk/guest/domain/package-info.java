/** Entities and repositories of guests, campaigns, invitations and their history; only the guest module's root uses them. */
@NullMarked
package org.expodesk.guest.domain;

import org.jspecify.annotations.NullMarked;
