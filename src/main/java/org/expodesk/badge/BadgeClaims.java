package org.expodesk.badge;

/**
 * What a badge code states, and all it states: no name, phone or e-mail, so a lost badge or a photo of one
 * reveals nothing about its wearer. The badge id links to the person on the server; the type code is the
 * event's own small number for a badge type (exhibitor, buyer, VIP, …).
 */
public record BadgeClaims(BadgeId badgeId, long eventId, int typeCode, BadgeValidity validity) {

    /** Event ids travel as 4 unsigned bytes. */
    public static final long MAX_EVENT_ID = 0xFFFF_FFFFL;
    /** Type codes travel as 1 unsigned byte. */
    public static final int MAX_TYPE_CODE = 0xFF;

    public BadgeClaims {
        if (eventId < 1 || eventId > MAX_EVENT_ID) {
            throw new IllegalArgumentException("Event id does not fit a badge code: " + eventId);
        }
        if (typeCode < 0 || typeCode > MAX_TYPE_CODE) {
            throw new IllegalArgumentException("Badge type code does not fit a badge code: " + typeCode);
        }
    }
}
