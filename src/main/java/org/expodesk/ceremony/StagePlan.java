package org.expodesk.ceremony;

import java.util.ArrayList;
import java.util.List;
import org.expodesk.deal.DealSummary;
import org.jspecify.annotations.Nullable;

/**
 * Who sits and stands where on the signing stage, as seen from the audience (the way the plan is drawn and
 * printed). The protocol rule (docs/ceremonies.md): at each signing table the guest, i.e. the investor, sits on the
 * RIGHT of the local party as the two signatories face the audience (客右主左, 以右为尊) — which is the audience's
 * LEFT. Deals sign in rounds, one deal per table; tables are numbered left to right as seen from the audience.
 * Witnesses stand in one row behind the tables: rank 1 in the centre, then alternately on rank 1's right and
 * left as they face the audience (the same 以右为尊), i.e. rank 2 to the audience's left of rank 1.
 */
public record StagePlan(List<Round> rounds, List<WitnessSpot> witnessRow) {

    /** Flip here if a protocol office seats the guest on the audience's right instead. */
    static final boolean GUEST_ON_AUDIENCE_LEFT = true;

    public enum Party { INVESTOR, LOCAL }

    public record Seat(Party party, String name, @Nullable String title, String organisationZh, @Nullable String organisationEn) {
    }

    public record Table(int number, int dealNumber, DealSummary deal, Seat audienceLeft, Seat audienceRight) {
    }

    public record Round(int number, List<Table> tables) {
    }

    /** A witness and their rank (1 = the most senior), listed left to right as seen from the audience. */
    public record WitnessSpot(int rank, Witness witness) {
    }

    public static StagePlan of(List<DealSummary> dealsInOrder, List<Witness> witnessesByRank, int tables) {
        List<Round> rounds = new ArrayList<>();
        int perRound = Math.max(1, tables);
        for (int start = 0; start < dealsInOrder.size(); start += perRound) {
            List<Table> row = new ArrayList<>();
            for (int i = start; i < Math.min(start + perRound, dealsInOrder.size()); i++) {
                DealSummary d = dealsInOrder.get(i);
                Seat investor = new Seat(Party.INVESTOR, d.investorSignatory(), d.investorSignatoryTitle(), d.investorZh(), d.investorEn());
                Seat local = new Seat(Party.LOCAL, d.localSignatory(), d.localSignatoryTitle(), d.unitNameZh(), d.unitNameEn());
                row.add(GUEST_ON_AUDIENCE_LEFT ? new Table(i - start + 1, i + 1, d, investor, local)
                        : new Table(i - start + 1, i + 1, d, local, investor));
            }
            rounds.add(new Round(rounds.size() + 1, row));
        }
        return new StagePlan(rounds, witnessRow(witnessesByRank));
    }

    /**
     * Centre-out: rank 1 in the middle, rank 2 on rank 1's right as they face the audience (the audience's left),
     * rank 3 on the other side, and so on outwards.
     */
    static List<WitnessSpot> witnessRow(List<Witness> byRank) {
        java.util.Deque<WitnessSpot> row = new java.util.ArrayDeque<>();
        for (int i = 0; i < byRank.size(); i++) {
            WitnessSpot spot = new WitnessSpot(i + 1, byRank.get(i));
            if (i == 0 || i % 2 == 1) {
                row.addFirst(spot); // towards the audience's left
            } else {
                row.addLast(spot);
            }
        }
        return List.copyOf(row);
    }
}
