package org.expodesk.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.expodesk.badge.BadgeClaims;
import org.expodesk.badge.BadgeVerification;
import org.expodesk.badge.GateBadgeLookup;
import org.expodesk.badge.ScannedBadge;
import org.expodesk.checkin.domain.PresenceLedger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules of a gate, in order, each answering precisely why a badge is turned away: a code that fails
 * verification, another event's badge, a revoked one, a day it is not valid on (in the event's time zone),
 * a type this gate does not admit; then the presence rows decide between admitted and already admitted.
 * Runs inside the caller's READ COMMITTED transaction; judged at {@code at}, the server's time of the scan or
 * the device's time of an offline one.
 */
@Component
class GateRules {

    /** What the rules decided, with what the answer and the log need. */
    record Judgement(ScanResult result, @Nullable ScannedBadge badge, @Nullable String badgeUid,
            @Nullable Instant firstAdmittedAt, @Nullable Long firstGateId, boolean countChanged) {

        static Judgement refused(ScanResult result, @Nullable String badgeUid, @Nullable ScannedBadge badge) {
            return new Judgement(result, badge, badgeUid, null, null, false);
        }
    }

    private final GateBadgeLookup badges;
    private final PresenceLedger presence;

    GateRules(GateBadgeLookup badges, PresenceLedger presence) {
        this.badges = badges;
        this.presence = presence;
    }

    Judgement judge(GatePost gate, BadgeVerification verification, Direction direction, Instant at) {
        if (!(verification instanceof BadgeVerification.Verified verified)) {
            return Judgement.refused(ScanVerdict.of(((BadgeVerification.Refused) verification).reason()), null, null);
        }
        BadgeClaims claims = verified.claims();
        String uid = claims.badgeId().hex();
        if (claims.eventId() != gate.eventId()) {
            return Judgement.refused(ScanResult.WRONG_EVENT, uid, null);
        }
        Optional<ScannedBadge> found = badges.find(gate.eventId(), claims.badgeId());
        if (found.isEmpty() || found.get().revoked()) {
            // Genuine but not in the register (never stored, or a restored database) admits no more than a revoked one.
            return Judgement.refused(ScanResult.REVOKED, uid, null);
        }
        ScannedBadge badge = found.get();
        LocalDate day = LocalDate.ofInstant(at, gate.zone());
        if (!claims.validity().isValidOn(gate.eventStart(), day)) {
            return Judgement.refused(ScanResult.NOT_VALID_NOW, uid, badge);
        }
        if (!gate.admits(badge.typeId())) {
            return Judgement.refused(ScanResult.NOT_ALLOWED_HERE, uid, badge);
        }
        if (direction == Direction.OUT) {
            boolean changed = presence.exit(uid, day, at);
            return new Judgement(ScanResult.EXITED, badge, uid, null, null, changed);
        }
        PresenceLedger.Entry entry = badge.reEntry()
                ? presence.admitAgain(uid, day, gate.eventId(), gate.hallId(), gate.id(), at)
                : presence.admitOnce(uid, day, gate.eventId(), gate.hallId(), gate.id(), at);
        return switch (entry) {
            case PresenceLedger.Entry.Admitted admitted -> new Judgement(ScanResult.ADMITTED, badge, uid, null, null, true);
            case PresenceLedger.Entry.AlreadyIn already ->
                    new Judgement(ScanResult.ALREADY_ADMITTED, badge, uid, already.since(), already.gateId(), false);
        };
    }
}
