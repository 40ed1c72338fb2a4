package org.expodesk.countdown;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;

/** Builders for the countdown tests. */
final class CountdownFixtures {

    private CountdownFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static EventSummary signInAsOrganiserOfNewEvent(TestData data, int daysAhead) {
        EventSummary event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", daysAhead);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(organiser);
        return event;
    }

    static TaskDraft task(String titleZh, String titleEn, Workstream workstream, LocalDate start, LocalDate deadline, Long... dependsOn) {
        TaskDraft draft = new TaskDraft();
        draft.setTitleZh(titleZh);
        draft.setTitleEn(titleEn);
        draft.setWorkstream(workstream);
        draft.setStartDate(start);
        draft.setDeadline(deadline);
        draft.setDependsOn(java.util.Set.of(dependsOn));
        return draft;
    }

    static TaskDraft withStatus(TaskDraft draft, TaskStatus status, int progress) {
        draft.setStatus(status);
        draft.setProgress(progress);
        return draft;
    }

    static List<Long> ids(List<TaskSummary> tasks) {
        return tasks.stream().map(TaskSummary::id).toList();
    }
}
