package org.expodesk.shared.security;

/** Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ORGANISER = "ORGANISER";
    public static final String EXHIBITOR = "EXHIBITOR";
    public static final String RECEPTION = "RECEPTION";
    public static final String SAFETY = "SAFETY";
    public static final String VOLUNTEER = "VOLUNTEER";

    /**
     * Not an account role: a scanning device enrolled for one gate (checkin API). Its principal is an
     * {@link EventScopedPrincipal} bound to the gate's event, and it may only scan and read what scanning needs.
     */
    public static final String DEVICE = "DEVICE";

    /** Those who scan badges at gates: volunteers, the office, and enrolled scanning devices. */
    public static final String SCANNERS = "hasAnyRole('VOLUNTEER','ORGANISER','ADMIN','DEVICE')";

    /** Office staff who may read and edit the shared master data (events, units). */
    public static final String OFFICE = "hasAnyRole('ADMIN','ORGANISER')";

    private Roles() {
    }
}
