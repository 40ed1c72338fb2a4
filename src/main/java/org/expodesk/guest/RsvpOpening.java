package org.expodesk.guest;

/** The result of opening an RSVP link: the invitation, an unknown (or replaced) link, or too many wrong links from one address. */
public sealed interface RsvpOpening {

    record Found(RsvpInvitation invitation) implements RsvpOpening {
    }

    record Unknown() implements RsvpOpening {
    }

    record Throttled() implements RsvpOpening {
    }
}
