package org.expodesk.ceremony;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The minute-by-minute run-sheet (流程单) of a ceremony, from the session's start: the host opens, then each round of
 * signings takes the organiser's fixed minutes (every deal of a round signs at once, one per table), then the host
 * closes. {@code overrun} says the last item ends after the session does.
 */
public record RunSheet(List<Item> items, LocalDateTime end, boolean overrun) {

    public enum Step { OPENING, SIGNING, CLOSING }

    /** One line of the sheet: its times, what happens, and for a signing the round with its tables. */
    public record Item(LocalDateTime from, LocalDateTime to, Step step, StagePlan.@org.jspecify.annotations.Nullable Round round) {
    }

    public static RunSheet of(Ceremony ceremony) {
        CeremonySettings s = ceremony.settings();
        StagePlan plan = StagePlan.of(ceremony.deals(), ceremony.witnesses(), s.tables());
        List<Item> items = new ArrayList<>();
        LocalDateTime at = ceremony.session().localStart();
        if (s.openingMinutes() > 0) {
            items.add(new Item(at, at.plusMinutes(s.openingMinutes()), Step.OPENING, null));
            at = at.plusMinutes(s.openingMinutes());
        }
        for (StagePlan.Round round : plan.rounds()) {
            items.add(new Item(at, at.plusMinutes(s.minutesPerDeal()), Step.SIGNING, round));
            at = at.plusMinutes(s.minutesPerDeal());
        }
        if (s.closingMinutes() > 0) {
            items.add(new Item(at, at.plusMinutes(s.closingMinutes()), Step.CLOSING, null));
            at = at.plusMinutes(s.closingMinutes());
        }
        return new RunSheet(items, at, at.isAfter(ceremony.session().localEnd()));
    }
}
