package org.expodesk.exhibitor;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where a company's registration stands. The office moves it; every move is recorded with who, when and why. */
public enum RegistrationStatus {
    /** 已提交: waiting for the office's review. */
    SUBMITTED,
    /** 已通过: may exhibit, gets or picks booths. */
    APPROVED,
    /** 未通过: refused, with a reason the company sees. */
    REJECTED,
    /** 候补: would be approved if booths become available. */
    WAITLISTED;

    public String messageKey() {
        return "exhibitor.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The statuses the office may move a registration to from this one; never to the same or back to submitted. */
    public Set<RegistrationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, WAITLISTED);
            case WAITLISTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(REJECTED, WAITLISTED);
            case REJECTED -> EnumSet.of(APPROVED, WAITLISTED);
        };
    }
}
