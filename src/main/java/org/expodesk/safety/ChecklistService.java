package org.expodesk.safety;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.expodesk.safety.domain.ChecklistTemplate;
import org.expodesk.safety.domain.ChecklistTemplateRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Checklist templates, shared by all events (the county's standard checks do not change per fair). Editing a
 * template saves a new revision and retires the old one from new rounds; inspections keep the revision they
 * used, so an edit never rewrites what was checked last week.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ChecklistService {

    private final ChecklistTemplateRepository templates;
    private final Clock clock;

    ChecklistService(ChecklistTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** The current revision of every template, by domain. */
    @PreAuthorize(SafetyRoles.READERS)
    public List<TemplateSummary> current() {
        return templates.findByCurrentTrueOrderByDomainAscFamilyKeyAsc().stream().map(ChecklistTemplate::toSummary)
                .sorted(java.util.Comparator.comparing(TemplateSummary::domain)).toList();
    }

    /** Any revision, current or past. */
    @PreAuthorize(SafetyRoles.READERS)
    public TemplateSummary template(long templateId) {
        return load(templateId).toSummary();
    }

    /** All revisions of a template, newest first. */
    @PreAuthorize(SafetyRoles.READERS)
    public List<TemplateSummary> revisions(String familyKey) {
        return templates.findByFamilyKeyOrderByRevisionDesc(familyKey).stream().map(ChecklistTemplate::toSummary).toList();
    }

    /**
     * Saves the edited template as its next revision. Only the current revision can be edited: an editor who
     * started from an older one would silently drop the changes saved since.
     */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public TemplateSummary revise(long templateId, @Valid TemplateDraft draft) {
        ChecklistTemplate old = templates.findWithLockById(templateId).orElseThrow(() -> new NotFoundException("safety-template", templateId));
        if (!old.isCurrent()) {
            throw new BusinessRuleException("safety.error.template-outdated");
        }
        ChecklistTemplate next = old.revise(draft.nameZh(), draft.nameEn(), draft.items(), clock.instant(),
                CurrentUser.require().getUsername());
        templates.saveAndFlush(old);
        return templates.saveAndFlush(next).toSummary();
    }

    private ChecklistTemplate load(long templateId) {
        return templates.findById(templateId).orElseThrow(() -> new NotFoundException("safety-template", templateId));
    }
}
