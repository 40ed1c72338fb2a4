package org.expodesk.guest;

import java.util.List;

/** Guests added to a campaign, and the names of those left out because they are already invited to the event. */
public record InviteResult(int added, List<String> alreadyInvited) {

    public InviteResult {
        alreadyInvited = List.copyOf(alreadyInvited);
    }
}
