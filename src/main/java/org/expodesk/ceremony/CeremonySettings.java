package org.expodesk.ceremony;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How the ceremony runs: how many signing tables stand on stage (deals sign in rounds, one per table), the fixed
 * minutes each round takes (sign, exchange the texts, shake hands, photo), and the host's opening and closing.
 */
public record CeremonySettings(@Min(1) @Max(6) int tables, @Min(1) @Max(30) int minutesPerDeal, @Min(0) @Max(60) int openingMinutes,
        @Min(0) @Max(60) int closingMinutes) {

    public static final CeremonySettings DEFAULT = new CeremonySettings(1, 3, 5, 5);
}
