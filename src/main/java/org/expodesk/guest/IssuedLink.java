package org.expodesk.guest;

/**
 * A freshly made RSVP link for one invitation. The office copies it into a message, a letter prints it, an e-mail
 * carries it; it is shown once and never stored, and making another replaces it.
 */
public record IssuedLink(long invitationId, long guestId, String guestNameZh, String link) {
}
