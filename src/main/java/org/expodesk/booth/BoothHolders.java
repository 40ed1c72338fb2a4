package org.expodesk.booth;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the booth feature needs to know about the companies that hold booths, provided by the exhibitor feature
 * (which depends on booth, not the other way round): the names the office's plan writes on held and assigned
 * booths, the approved companies the booth card offers, and the assignment itself. Implementations check
 * roles and event access themselves.
 */
public interface BoothHolders {

    /** Booth id → name of the company holding or having it, for the booths of the hall that have one. */
    Map<Long, String> names(long hallId, Locale locale);

    /** Approved companies of the event whose name or code contains the text, at most {@code limit}. */
    List<Holder> candidates(long eventId, String text, int limit, Locale locale);

    /**
     * Gives the booth to the company. Refusals, "already taken" included, are {@code BusinessRuleException}s
     * with a translated message.
     */
    void assign(long boothId, long holderId);

    /** Takes the booth back from whoever holds or has it. */
    void release(long boothId);

    /** A company a booth can be given to. */
    record Holder(long id, String name) {
    }
}
