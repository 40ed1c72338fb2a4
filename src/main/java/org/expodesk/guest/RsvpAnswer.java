package org.expodesk.guest;

/** The guest's own answer on the RSVP page. */
public enum RsvpAnswer {
    NONE, ACCEPTED, DECLINED;

    public String messageKey() {
        return "guest.answer." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
