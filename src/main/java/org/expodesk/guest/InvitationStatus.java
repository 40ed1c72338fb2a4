package org.expodesk.guest;

/** Where an invitation stands: drafted → sent → opened → accepted / declined / no answer. */
public enum InvitationStatus {
    DRAFTED, SENT, OPENED, ACCEPTED, DECLINED, NO_ANSWER;

    public String messageKey() {
        return "guest.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Answered or closed: opening the link again does not make it "opened". */
    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == NO_ANSWER;
    }
}
