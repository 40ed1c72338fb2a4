package org.expodesk.unit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.Roles;
import org.expodesk.unit.domain.OrgUnit;
import org.expodesk.unit.domain.OrgUnitRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation tree. Office staff edit it; every signed-in user may read it (later features pick units
 * from it). The levels follow the kinds: a township sits under a county, district or zone, never under a city.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UnitService {

    private final OrgUnitRepository units;
    private final PersonService persons;
    private final Clock clock;

    UnitService(OrgUnitRepository units, PersonService persons, Clock clock) {
        this.units = units;
        this.persons = persons;
        this.clock = clock;
    }

    /** Every unit, parents before children, in display order; the tree is small (hundreds at most). */
    @PreAuthorize(Roles.OFFICE)
    public List<UnitSummary> tree() {
        List<OrgUnit> all = units.findAllOrdered();
        Set<Long> personIds = new HashSet<>();
        for (OrgUnit u : all) {
            if (u.leaderPersonId() != null) {
                personIds.add(u.leaderPersonId());
            }
            if (u.liaisonPersonId() != null) {
                personIds.add(u.liaisonPersonId());
            }
        }
        Map<Long, PersonSummary> people = personIds.isEmpty() ? Map.of() : persons.findAll(personIds);
        return all.stream().map(u -> toSummary(u, people)).toList();
    }

    @PreAuthorize(Roles.OFFICE)
    public Optional<UnitSummary> find(long unitId) {
        return units.findById(unitId).map(u -> toSummary(u, null));
    }

    @PreAuthorize(Roles.OFFICE)
    public UnitDraft draftOf(long unitId) {
        OrgUnit unit = load(unitId);
        UnitDraft draft = new UnitDraft();
        draft.setParentId(unit.parentId());
        draft.setNameZh(unit.nameZh());
        draft.setNameEn(unit.nameEn());
        draft.setKind(unit.kind());
        draft.setSortOrder(unit.sortOrder());
        if (unit.leaderPersonId() != null) {
            persons.find(unit.leaderPersonId()).ifPresent(p -> {
                draft.setLeaderName(p.nameZh());
                draft.setLeaderTitle(p.title());
                draft.setLeaderMobile(p.mobile());
                draft.setLeaderOfficePhone(p.officePhone());
            });
        }
        if (unit.liaisonPersonId() != null) {
            persons.find(unit.liaisonPersonId()).ifPresent(p -> {
                draft.setLiaisonName(p.nameZh());
                draft.setLiaisonTitle(p.title());
                draft.setLiaisonMobile(p.mobile());
                draft.setLiaisonOfficePhone(p.officePhone());
                draft.setLiaisonEmail(p.email());
            });
        }
        return draft;
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public UnitSummary create(@Valid UnitDraft draft) {
        checkPlacement(null, draft);
        OrgUnit unit = units.saveAndFlush(new OrgUnit(draft.getParentId(), draft.getNameZh(), draft.getNameEn(),
                draft.getKind(), draft.getSortOrder(), clock.instant()));
        appoint(unit, draft);
        return toSummary(unit, null);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public UnitSummary update(long unitId, @Valid UnitDraft draft) {
        OrgUnit unit = load(unitId);
        checkPlacement(unitId, draft);
        if (unit.kind() != draft.getKind()) {
            for (OrgUnit child : units.findAll()) {
                if (Objects.equals(child.parentId(), unitId) && !child.kind().allowedParents().contains(draft.getKind())) {
                    throw new BusinessRuleException("unit.error.children-do-not-fit", child.nameZh());
                }
            }
        }
        unit.rename(draft.getParentId(), draft.getNameZh(), draft.getNameEn(), draft.getKind(), draft.getSortOrder(), clock.instant());
        appoint(unit, draft);
        return toSummary(units.saveAndFlush(unit), null);
    }

    /** Only a unit without sub-units can be removed; its leader and liaison stay as persons. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void delete(long unitId) {
        OrgUnit unit = load(unitId);
        if (units.existsByParentId(unitId)) {
            throw new BusinessRuleException("unit.error.has-children", unit.nameZh());
        }
        units.delete(unit);
    }

    @PreAuthorize(Roles.OFFICE)
    public Map<UnitKind, Long> countByKind() {
        Map<UnitKind, Long> counts = new java.util.EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            counts.put(kind, units.countByKind(kind));
        }
        return counts;
    }

    private void appoint(OrgUnit unit, UnitDraft draft) {
        Long leader = savePerson(unit.leaderPersonId(), draft.getLeaderName(), draft.getLeaderTitle(),
                draft.getLeaderMobile(), draft.getLeaderOfficePhone(), null, unit);
        Long liaison = savePerson(unit.liaisonPersonId(), draft.getLiaisonName(), draft.getLiaisonTitle(),
                draft.getLiaisonMobile(), draft.getLiaisonOfficePhone(), draft.getLiaisonEmail(), unit);
        unit.appoint(leader, liaison, clock.instant());
    }

    /**
     * Keeps the person of a post. The same name: the linked person is updated (a new phone). Another name:
     * somebody else has taken the post, so another person record is used and the old one is kept untouched.
     */
    private @Nullable Long savePerson(@Nullable Long current, @Nullable String name, @Nullable String title,
            @Nullable String mobile, @Nullable String officePhone, @Nullable String email, OrgUnit unit) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long linked = current;
        if (linked != null) {
            Optional<PersonSummary> existing = persons.find(linked);
            if (existing.isEmpty() || !existing.get().nameZh().equals(name.strip())) {
                linked = null;
            }
        }
        PersonDraft person = PersonDraft.of(name, null, title, unit.nameZh(), mobile, email);
        person.setOfficePhone(officePhone);
        if (linked != null) {
            PersonSummary existing = persons.find(linked).orElseThrow();
            person.setNameEn(existing.nameEn());
            if (email == null) {
                person.setEmail(existing.email());
            }
        }
        return persons.save(linked, person).id();
    }

    private void checkPlacement(@Nullable Long unitId, UnitDraft draft) {
        Long parentId = draft.getParentId();
        if (parentId == null) {
            if (!draft.getKind().allowedParents().isEmpty()) {
                throw new BusinessRuleException("unit.error.needs-parent");
            }
            return;
        }
        if (parentId.equals(unitId)) {
            throw new BusinessRuleException("unit.error.own-parent");
        }
        OrgUnit parent = units.findById(parentId).orElseThrow(() -> new NotFoundException("unit", parentId));
        if (!draft.getKind().allowedParents().contains(parent.kind())) {
            throw new BusinessRuleException("unit.error.wrong-parent",
                    new org.expodesk.shared.domain.Translatable(draft.getKind().messageKey()),
                    new org.expodesk.shared.domain.Translatable(parent.kind().messageKey()));
        }
    }

    private OrgUnit load(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private UnitSummary toSummary(OrgUnit u, @Nullable Map<Long, PersonSummary> people) {
        PersonSummary leader = lookup(u.leaderPersonId(), people);
        PersonSummary liaison = lookup(u.liaisonPersonId(), people);
        return new UnitSummary(u.requireId(), u.parentId(), u.nameZh(), u.nameEn(), u.kind(), u.sortOrder(), leader, liaison);
    }

    private @Nullable PersonSummary lookup(@Nullable Long personId, @Nullable Map<Long, PersonSummary> people) {
        if (personId == null) {
            return null;
        }
        return people != null ? people.get(personId) : persons.find(personId).orElse(null);
    }
}
