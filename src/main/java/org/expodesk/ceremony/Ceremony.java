package org.expodesk.ceremony;

import java.util.List;
import org.expodesk.deal.DealSummary;
import org.expodesk.programme.SessionSummary;

/**
 * A signing ceremony as the screen and the papers see it: its session, settings, the deals in signing order and
 * the witnesses in order of rank. {@code version} is what the next change must carry.
 */
public record Ceremony(long id, long version, SessionSummary session, CeremonySettings settings, List<DealSummary> deals,
        List<Witness> witnesses) {

    public Ceremony {
        deals = List.copyOf(deals);
        witnesses = List.copyOf(witnesses);
    }

    public List<Long> dealIds() {
        return deals.stream().map(DealSummary::id).toList();
    }
}
