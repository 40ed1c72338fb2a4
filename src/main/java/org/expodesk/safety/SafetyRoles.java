package org.expodesk.safety;

/** Who may do what in the safety module, as expressions for {@code @PreAuthorize}. */
public final class SafetyRoles {

    /** Office staff and safety inspectors read targets, templates, rectifications and plans. */
    public static final String READERS = "hasAnyRole('ADMIN','ORGANISER','SAFETY')";
    /** Inspection rounds, photos and re-checks are the safety inspectors' (and the administrator's). */
    public static final String INSPECTORS = "hasAnyRole('ADMIN','SAFETY')";

    private SafetyRoles() {
    }
}
