package org.expodesk.programme;

import java.util.Locale;

/** A person's part in a session: on stage (speaker, host, leader giving an address) or attending. */
public enum SessionRole {
    SPEAKER,
    PARTICIPANT;

    public String messageKey() {
        return "programme.role." + name().toLowerCase(Locale.ROOT);
    }
}
