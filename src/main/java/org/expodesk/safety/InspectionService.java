package org.expodesk.safety;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.expodesk.safety.domain.ChecklistTemplate;
import org.expodesk.safety.domain.ChecklistTemplateRepository;
import org.expodesk.safety.domain.Inspection;
import org.expodesk.safety.domain.InspectionRepository;
import org.expodesk.safety.domain.Rectification;
import org.expodesk.safety.domain.RectificationRepository;
import org.expodesk.safety.domain.SafetyTarget;
import org.expodesk.safety.domain.SafetyTargetRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Inspection rounds: one target, one template revision, an answer for every item. The round is saved whole with
 * a rectification for every failed item; a failed critical item is announced to organisers once it is committed.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InspectionService {

    /** How long a failed item may wait when the inspector sets no deadline. */
    static final Map<Severity, Duration> DEFAULT_DEADLINES = Map.of(
            Severity.CRITICAL, Duration.ofHours(2), Severity.MAJOR, Duration.ofHours(24), Severity.MINOR, Duration.ofHours(72));

    private final InspectionRepository inspections;
    private final RectificationRepository rectifications;
    private final SafetyTargetRepository targets;
    private final ChecklistTemplateRepository templates;
    private final PhotoService photos;
    private final SafetyEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, RectificationRepository rectifications, SafetyTargetRepository targets,
            ChecklistTemplateRepository templates, PhotoService photos, SafetyEvents events, ApplicationEventPublisher publisher,
            Clock clock) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.targets = targets;
        this.templates = templates;
        this.photos = photos;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The default deadline for a failed item of this severity found now, as a wall-clock time in the event's zone. */
    @PreAuthorize(SafetyRoles.INSPECTORS)
    public java.time.LocalDateTime defaultDeadline(long eventId, Severity severity) {
        ZoneId zone = events.zone(eventId);
        return clock.instant().plus(DEFAULT_DEADLINES.get(severity)).atZone(zone).toLocalDateTime().withSecond(0).withNano(0);
    }

    @Transactional
    @PreAuthorize(SafetyRoles.INSPECTORS)
    public InspectionResult submit(@Valid InspectionDraft draft) {
        return record(draft, clock.instant(), true);
    }

    /**
     * Records a round done on paper at a past time (the demo's week, or forms typed in after a network outage):
     * the inspection, its day and its rectifications are dated {@code at}, deadlines are checked against it, and
     * no critical-failure notice goes out for what is long known. Only the administrator; never a future time.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public InspectionResult recordAsOf(@Valid InspectionDraft draft, Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new BusinessRuleException("safety.error.record-in-future");
        }
        return record(draft, at, false);
    }

    private InspectionResult record(InspectionDraft draft, Instant now, boolean live) {
        SafetyTarget target = targets.findById(draft.targetId()).orElseThrow(() -> new NotFoundException("safety-target", draft.targetId()));
        long eventId = target.eventId();
        ZoneId zone = events.zone(eventId);
        ChecklistTemplate template = templates.findById(draft.templateId())
                .orElseThrow(() -> new NotFoundException("safety-template", draft.templateId()));
        TemplateSummary checklist = template.toSummary();
        checkAnswers(eventId, checklist, draft.answers());
        AppUser inspector = CurrentUser.require();
        Inspection inspection = new Inspection(eventId, target.requireId(), checklist.id(), inspector.accountId(),
                inspector.displayName(), now, LocalDate.ofInstant(now, zone));
        draft.answers().forEach(a -> inspection.answer(a.answer(), a.note(), a.photoId()));
        long inspectionId = inspections.saveAndFlush(inspection).requireId();
        List<Long> opened = new ArrayList<>();
        for (AnswerDraft answer : draft.answers()) {
            if (answer.answer() != ItemAnswer.FAILED) {
                continue;
            }
            TemplateItem item = checklist.item(answer.position());
            Responsible owner = answer.owner() != null ? answer.owner() : target.responsible();
            if (owner == null) {
                throw new BusinessRuleException("safety.error.owner-needed", answer.position());
            }
            Instant deadline = answer.deadline() == null ? now.plus(DEFAULT_DEADLINES.get(item.severity()))
                    : answer.deadline().atZone(zone).toInstant();
            if (!deadline.isAfter(now)) {
                throw new BusinessRuleException("safety.error.deadline-past", answer.position());
            }
            Rectification r = rectifications.save(new Rectification(eventId, target.requireId(), inspectionId, answer.position(),
                    item.textZh(), item.textEn(), item.severity(), answer.note(), owner, deadline, now));
            opened.add(r.requireId());
            if (live && item.severity() == Severity.CRITICAL) {
                publisher.publishEvent(new CriticalFailureFound(eventId, r.requireId(), target.name(), item.textZh(), item.textEn()));
            }
        }
        rectifications.flush();
        return new InspectionResult(inspectionId, !opened.isEmpty(), opened);
    }

    /** The target's recent inspections, newest first, each with the items of the revision it used. */
    @PreAuthorize(SafetyRoles.READERS)
    public List<InspectionSummary> history(long targetId) {
        SafetyTarget target = targets.findById(targetId).orElseThrow(() -> new NotFoundException("safety-target", targetId));
        events.requireAccess(target.eventId());
        return inspections.findTop20ByTargetIdOrderByInspectedAtDesc(targetId).stream().map(i -> summary(i, target)).toList();
    }

    @PreAuthorize(SafetyRoles.READERS)
    public InspectionSummary find(long inspectionId) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow(() -> new NotFoundException("safety-inspection", inspectionId));
        events.requireAccess(inspection.eventId());
        return summary(inspection, targets.findById(inspection.targetId()).orElseThrow());
    }

    private InspectionSummary summary(Inspection inspection, SafetyTarget target) {
        TemplateSummary template = templates.findById(inspection.templateId()).orElseThrow().toSummary();
        List<InspectionSummary.Answer> answers = new ArrayList<>();
        List<Inspection.Answer> rows = inspection.answers();
        for (int i = 0; i < rows.size(); i++) {
            TemplateItem item = template.items().get(i);
            Inspection.Answer a = rows.get(i);
            answers.add(new InspectionSummary.Answer(i + 1, item.textZh(), item.textEn(), a.answer(), a.note(), a.photoId()));
        }
        return new InspectionSummary(inspection.requireId(), inspection.eventId(), target.requireId(), target.name(), template.id(),
                template.revision(), inspection.inspectorName(), inspection.inspectedAt(), inspection.day(), inspection.failed(), answers);
    }

    /** One answer per item, in the items' order; photos where the item asks for one, and only the event's own. */
    private void checkAnswers(long eventId, TemplateSummary checklist, List<AnswerDraft> answers) {
        if (answers.size() != checklist.items().size()) {
            throw new BusinessRuleException("safety.error.answers-incomplete", checklist.items().size());
        }
        for (int i = 0; i < answers.size(); i++) {
            AnswerDraft answer = answers.get(i);
            if (answer.position() != i + 1) {
                throw new BusinessRuleException("safety.error.answers-incomplete", checklist.items().size());
            }
            TemplateItem item = checklist.items().get(i);
            if (item.photoRequired() && answer.answer() != ItemAnswer.NOT_APPLICABLE && answer.photoId() == null) {
                throw new BusinessRuleException("safety.error.photo-required", i + 1);
            }
            if (answer.photoId() != null && !Objects.equals(photos.eventOf(answer.photoId()).orElse(null), eventId)) {
                throw new BusinessRuleException("safety.error.photo-unknown", i + 1);
            }
        }
    }
}
