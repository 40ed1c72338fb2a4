package org.expodesk.shared.security;

/** Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ORGANISER = "ORGANISER";
    public static final String EXHIBITOR = "EXHIBITOR";
    public static final String RECEPTION = "RECEPTION";
    public static final String SAFETY = "SAFETY";
    public static final String VOLUNTEER = "VOLUNTEER";

    /** Office staff who may read and edit the shared master data (events, units). */
    public static final String OFFICE = "hasAnyRole('ADMIN','ORGANISER')";

    private Roles() {
    }
}
