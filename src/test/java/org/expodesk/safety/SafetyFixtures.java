package org.expodesk.safety;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;

/** Builders for the safety tests: an event with an inspector, targets, and rounds that pass or fail chosen items. */
final class SafetyFixtures {

    private SafetyFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static AppUser user(TestData data, Role role, EventSummary event) {
        return data.account(unique(role.name().toLowerCase()), EnumSet.of(role), event.id());
    }

    static TargetDraft dining(String name) {
        TargetDraft draft = TargetDraft.of(TargetKind.DINING, name);
        draft.setDescription("云溪县城南路18号");
        return draft.responsible("王厨师长", "13800138001", "城南大酒店");
    }

    static TargetDraft extinguisher(long hallId, String name, String x, String y) {
        return TargetDraft.of(TargetKind.EXTINGUISHER, name).at(hallId, new BigDecimal(x), new BigDecimal(y));
    }

    /** Every item passed, except the positions given, which fail with a note (and a photo when one is given). */
    static InspectionDraft round(TargetSummary target, TemplateSummary template, List<Integer> failing, Long photoId) {
        List<AnswerDraft> answers = new ArrayList<>();
        for (int i = 1; i <= template.items().size(); i++) {
            boolean needsPhoto = template.item(i).photoRequired();
            answers.add(failing.contains(i) ? AnswerDraft.failed(i, "不合格 " + i, photoId, null)
                    : new AnswerDraft(i, ItemAnswer.PASSED, null, needsPhoto ? photoId : null, null, null));
        }
        return new InspectionDraft(target.id(), template.id(), answers);
    }

    static TemplateSummary template(ChecklistService checklists, String familyKey) {
        return checklists.current().stream().filter(t -> t.familyKey().equals(familyKey)).findFirst().orElseThrow();
    }

    /** The smallest valid JPEG header followed by filler: enough for type sniffing. */
    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xd8;
        bytes[2] = (byte) 0xff;
        bytes[3] = (byte) 0xe0;
        return bytes;
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    }
}
