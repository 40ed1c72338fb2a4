package org.expodesk.account;

import java.util.Map;
import org.expodesk.shared.security.Role;

/**
 * The demo accounts of the embedded database, one per role. They are printed in the log and the README,
 * so they are public: the {@code mysql} profile refuses to start while any account still uses one.
 */
public final class DemoPasswords {

    /** username → password; usernames are the role names in lower case. */
    public static final Map<Role, String> BY_ROLE = Map.of(
            Role.ADMIN, "Admin-Demo-2026",
            Role.ORGANISER, "Organiser-Demo-2026",
            Role.EXHIBITOR, "Exhibitor-Demo-2026",
            Role.RECEPTION, "Reception-Demo-2026",
            Role.SAFETY, "Safety-Demo-2026",
            Role.VOLUNTEER, "Volunteer-Demo-2026");

    private DemoPasswords() {
    }

    public static boolean isDemoPassword(String password) {
        return BY_ROLE.containsValue(password);
    }

    public static String username(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
