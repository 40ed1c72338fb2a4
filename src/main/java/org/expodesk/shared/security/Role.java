package org.expodesk.shared.security;

/** What a user may do. A user holds one or more roles; all but ADMIN are limited to the events assigned to them. */
public enum Role {
    /** Runs the system: accounts, every event. */
    ADMIN,
    /** The organising committee's office, for the events assigned to them. */
    ORGANISER,
    /** A company that exhibits; sees only its own company. */
    EXHIBITOR,
    /** Reception team: arrivals, hotels, meals. */
    RECEPTION,
    /** Safety inspectors: checklists and rectifications. */
    SAFETY,
    /** Gate volunteers: scanning only. */
    VOLUNTEER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
