package org.expodesk.guest;

import java.util.List;

/** Guests of one event that are probably one person: the same mobile, or the same name and organisation. */
public record DuplicateGroup(Reason reason, String key, List<GuestSummary> guests) {

    public DuplicateGroup {
        guests = List.copyOf(guests);
    }

    public enum Reason {
        SAME_MOBILE, SAME_NAME_AND_ORGANISATION;

        public String messageKey() {
            return this == SAME_MOBILE ? "guest.duplicate.same-mobile" : "guest.duplicate.same-name";
        }
    }
}
