package org.expodesk.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.expodesk.event.EventSummary;
import org.expodesk.safety.AnswerDraft;
import org.expodesk.safety.ChecklistService;
import org.expodesk.safety.InspectionDraft;
import org.expodesk.safety.InspectionResult;
import org.expodesk.safety.InspectionService;
import org.expodesk.safety.ItemAnswer;
import org.expodesk.safety.PhotoService;
import org.expodesk.safety.RectificationService;
import org.expodesk.safety.SafetyService;
import org.expodesk.safety.TargetKind;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.safety.TemplateSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo expo's last seven days of safety rounds, recorded as of their past times through the administrator's
 * "record as of" path: every morning the halls, six extinguishers, six booths, the hotel kitchen and the shuttle bus
 * (about 110 rounds), with five failures — two put right after a re-check (one of them after a failed re-check),
 * two still open and one overdue. Skipped when yesterday already has rounds.
 */
@Component
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoSafetyWeek {

    private final TargetService targets;
    private final ChecklistService checklists;
    private final InspectionService inspections;
    private final RectificationService rectifications;
    private final PhotoService photos;
    private final SafetyService safety;
    private final Clock clock;

    DemoSafetyWeek(TargetService targets, ChecklistService checklists, InspectionService inspections, RectificationService rectifications,
            PhotoService photos, SafetyService safety, Clock clock) {
        this.targets = targets;
        this.checklists = checklists;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.photos = photos;
        this.safety = safety;
        this.clock = clock;
    }

    /** Records the week unless it is there; returns the number of rounds recorded. */
    int record(EventSummary expo) {
        ZoneId zone = expo.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (safety.dayFigures(expo.id(), today.minusDays(1)).inspectionsDone() > 0) {
            return 0;
        }
        Map<String, TemplateSummary> templates = checklists.current().stream()
                .collect(Collectors.toMap(TemplateSummary::familyKey, Function.identity()));
        List<TargetSummary> all = targets.all(expo.id()).stream().sorted(Comparator.comparing(TargetSummary::id)).toList();
        List<TargetSummary> hallTargets = of(all, TargetKind.HALL);
        List<TargetSummary> extinguishers = of(all, TargetKind.EXTINGUISHER);
        List<TargetSummary> booths = of(all, TargetKind.BOOTH);
        TargetSummary hotel = of(all, TargetKind.HOTEL).getFirst();
        TargetSummary bus = of(all, TargetKind.VEHICLE).getFirst();
        long photo = photos.store(expo.id(), "demo-round.png", new ByteArrayInputStream(photoBytes())).id();
        int rounds = 0;
        long gauge = 0;
        long kitchen = 0;
        for (int daysAgo = 7; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            List<TargetSummary> round = new ArrayList<>(hallTargets);
            round.addAll(slice(extinguishers, daysAgo, 6));
            round.addAll(slice(booths, daysAgo, 6));
            round.add(hotel);
            round.add(bus);
            LocalDateTime start = day.atTime(8, 30);
            for (int i = 0; i < round.size(); i++) {
                TargetSummary target = round.get(i);
                Failure failure = failure(daysAgo, target, i, round, hallTargets, hotel, bus, today);
                Instant at = start.plusMinutes(7L * i).atZone(zone).toInstant();
                InspectionResult result = inspections.recordAsOf(draft(target, templates.get(family(target.kind())), photo, failure), at);
                rounds++;
                if (daysAgo == 6 && i == hallTargets.size()) {
                    gauge = result.rectificationIds().getFirst();
                } else if (daysAgo == 5 && target.equals(hotel)) {
                    kitchen = result.rectificationIds().getFirst();
                }
            }
            Instant afternoon = day.atTime(16, 0).atZone(zone).toInstant();
            if (daysAgo == 5) {
                recheck(gauge, true, "已更换压力不足的灭火器", null, afternoon);
            } else if (daysAgo == 4) {
                recheck(kitchen, false, "排烟罩仍有积油，已约清洗公司", day.plusDays(1).atTime(18, 0), afternoon);
            } else if (daysAgo == 3) {
                recheck(kitchen, true, "排烟罩已清洗，地面已清洁", null, afternoon);
            }
        }
        return rounds;
    }

    /** A failed item: its position in the checklist, the finding, and the deadline (null: the default by severity). */
    private record Failure(int position, String note, @Nullable LocalDateTime deadline) {
    }

    /** The week's five failures, chosen by day and target so every demo start tells the same story. */
    private static @Nullable Failure failure(int daysAgo, TargetSummary target, int index, List<TargetSummary> round,
            List<TargetSummary> hallTargets, TargetSummary hotel, TargetSummary bus, LocalDate today) {
        if (daysAgo == 6 && index == hallTargets.size()) {
            return new Failure(2, "压力表指针在红区", null); // the day's first extinguisher: closed after a passed re-check
        }
        if (daysAgo == 5 && target.equals(hotel)) {
            return new Failure(3, "后厨地面油污，排烟罩积油", null); // closed after a failed and then a passed re-check
        }
        if (daysAgo == 4 && target.equals(hallTargets.getFirst())) {
            return new Failure(2, "东侧安全出口指示灯不亮", today.minusDays(3).atTime(18, 0)); // still open: overdue
        }
        if (daysAgo == 3 && index == round.size() - 3) {
            return new Failure(2, "展位背板未做防火处理", today.plusDays(2).atTime(18, 0)); // the day's last booth: open
        }
        if (daysAgo == 1 && target.equals(bus)) {
            return new Failure(3, "接驳车年检标志过期", today.plusDays(1).atTime(12, 0)); // open
        }
        return null;
    }

    private static InspectionDraft draft(TargetSummary target, TemplateSummary template, long photo, @Nullable Failure failure) {
        List<AnswerDraft> answers = new ArrayList<>();
        for (int p = 1; p <= template.items().size(); p++) {
            Long photoId = template.item(p).photoRequired() ? photo : null;
            if (failure != null && failure.position() == p) {
                answers.add(new AnswerDraft(p, ItemAnswer.FAILED, failure.note(), photo, failure.deadline(), null));
            } else {
                answers.add(new AnswerDraft(p, ItemAnswer.PASSED, null, photoId, null, null));
            }
        }
        return new InspectionDraft(target.id(), template.id(), answers);
    }

    private void recheck(long rectificationId, boolean passed, String note, @Nullable LocalDateTime newDeadline, Instant at) {
        long version = rectifications.find(rectificationId).version();
        rectifications.recordRecheckAsOf(rectificationId, version, passed, note, newDeadline, at);
    }

    private static String family(TargetKind kind) {
        return switch (kind) {
            case EXTINGUISHER, HYDRANT -> "fire-extinguisher";
            case HALL -> "fire-hall";
            case BOOTH -> "structure";
            case ENTRANCE -> "crowd";
            case HOTEL -> "food-hotel";
            case DINING -> "food-dining";
            case VEHICLE -> "traffic";
        };
    }

    private static List<TargetSummary> of(List<TargetSummary> all, TargetKind kind) {
        return all.stream().filter(t -> t.kind() == kind).toList();
    }

    /** A different few each day, so the week covers more of the hall. */
    private static List<TargetSummary> slice(List<TargetSummary> list, int day, int size) {
        List<TargetSummary> slice = new ArrayList<>();
        for (int i = 0; i < Math.min(size, list.size()); i++) {
            slice.add(list.get((day * size + i) % list.size()));
        }
        return slice;
    }

    /** A small grey picture standing for the inspectors' photos; real ones come from their phones. */
    private static byte[] photoBytes() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x8a, 0x94, 0x9e));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
