package org.expodesk.countdown;

import java.time.LocalDate;

/** Fixtures the screen tests (another package) need. */
public final class CountdownFixturesAccess {

    private CountdownFixturesAccess() {
    }

    /** A task whose deadline was two days before {@code today}, not done. */
    public static TaskDraft lateTask(LocalDate today) {
        return CountdownFixtures.task("拟定邀请名单", "Invitation list", Workstream.INVITATIONS, today.minusDays(6), today.minusDays(2));
    }
}
