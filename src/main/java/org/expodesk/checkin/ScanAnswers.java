package org.expodesk.checkin;

import java.util.EnumSet;
import java.util.Set;
import org.expodesk.badge.BadgeId;
import org.expodesk.badge.GateBadgeLookup;
import org.expodesk.badge.ScannedBadge;
import org.expodesk.checkin.domain.LoggedScan;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a logged scan into the answer a gate shows. A replayed scan (same nonce) is answered from its log row,
 * so it says exactly what the first attempt said; the holder is read again from the badge, which keeps the names
 * it was printed with.
 */
@Component
class ScanAnswers {

    /** Results for which the badge is genuine and not revoked, so the wearer's names may be shown. */
    private static final Set<ScanResult> WITH_HOLDER = EnumSet.of(ScanResult.ADMITTED, ScanResult.EXITED,
            ScanResult.ALREADY_ADMITTED, ScanResult.NOT_VALID_NOW, ScanResult.NOT_ALLOWED_HERE);

    private final GateBadgeLookup badges;
    private final GatePosts gates;

    ScanAnswers(GateBadgeLookup badges, GatePosts gates) {
        this.badges = badges;
        this.gates = gates;
    }

    ScanAnswer of(LoggedScan scan, GateRules.@Nullable Judgement judgement) {
        ScannedBadge badge = judgement != null ? judgement.badge() : replayedBadge(scan);
        ScanHolder holder = badge == null || !WITH_HOLDER.contains(scan.result()) ? null
                : new ScanHolder(badge.nameZh(), badge.nameEn(), badge.organisation(), badge.typeNameZh(), badge.typeNameEn(),
                        badge.typeColour());
        Long firstGateId = scan.firstGateId();
        String firstGateCode = firstGateId == null ? null : gates.of(firstGateId).code();
        return new ScanAnswer(scan.result(), holder, scan.firstAdmittedAt(), firstGateCode, scan.scannedAt());
    }

    private @Nullable ScannedBadge replayedBadge(LoggedScan scan) {
        String uid = scan.badgeUid();
        if (uid == null || !WITH_HOLDER.contains(scan.result())) {
            return null;
        }
        return badges.find(scan.eventId(), new BadgeId(uid)).orElse(null);
    }
}
