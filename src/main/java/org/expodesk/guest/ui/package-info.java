/** The guest screens: guests with duplicates and merge, campaigns with invitees, letters and links, the import, and the public RSVP page. */
@NullMarked
package org.expodesk.guest.ui;

import org.jspecify.annotations.NullMarked;
