package org.expodesk.unit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.domain.Translatable;
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

    /** Office staff edit the tree; reception reads it (guests are invited by units). */
    public static final String READERS = "hasAnyRole('ADMIN','ORGANISER','RECEPTION')";

    /** Every unit, depth first: each parent before its children, siblings in display order. The tree is small (hundreds at most). */
    @PreAuthorize(READERS)
    public List<UnitSummary> tree() {
        List<OrgUnit> all = depthFirst(units.findAllOrdered());
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

    @PreAuthorize(READERS)
    public Optional<UnitSummary> find(long unitId) {
        return units.findById(unitId).map(u -> toSummary(u, null));
    }

    /**
     * The units whose liaison is the signed-in user's own person (an account linked to that person): a liaison
     * sees what their units do, e.g. the guests they invited. Empty for an account without a person.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Long> myLiaisonUnitIds() {
        Long personId = org.expodesk.shared.security.CurrentUser.require().personId();
        return personId == null ? List.of() : units.findByLiaisonPersonId(personId).stream().map(OrgUnit::requireId).toList();
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
        draft.setVersion(unit.getVersion());
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
        checkPeopleHaveNames(draft);
        OrgUnit unit = units.saveAndFlush(new OrgUnit(draft.getParentId(), draft.getNameZh(), draft.getNameEn(),
                draft.getKind(), draft.getSortOrder(), clock.instant()));
        appoint(unit, draft);
        return toSummary(unit, null);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public UnitSummary update(long unitId, @Valid UnitDraft draft) {
        OrgUnit unit = load(unitId);
        if (draft.getVersion() != null && draft.getVersion() != unit.getVersion()) {
            throw new BusinessRuleException("error.changed-meanwhile");
        }
        checkPlacement(unitId, draft);
        checkPeopleHaveNames(draft);
        if (unit.kind() != draft.getKind()) {
            for (OrgUnit child : units.findByParentId(unitId)) {
                if (!child.kind().allowedParents().contains(draft.getKind())) {
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
    public UnitCounts counts() {
        Map<UnitKind, Long> byKind = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            byKind.put(kind, units.countByKind(kind));
        }
        return new UnitCounts(units.count(), units.countByLiaisonPersonIdIsNull(), byKind);
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

    /**
     * Each kind has its level (see {@link UnitKind#allowedParents()}), and a parent is always of a higher level,
     * so keeping every placement to the rule also rules out cycles, not only a unit under itself.
     */
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
        if (draft.getKind().allowedParents().isEmpty()) {
            throw new BusinessRuleException("unit.error.top-level", new Translatable(draft.getKind().messageKey()));
        }
        OrgUnit parent = units.findById(parentId).orElseThrow(() -> new NotFoundException("unit", parentId));
        if (!draft.getKind().allowedParents().contains(parent.kind())) {
            throw new BusinessRuleException("unit.error.wrong-parent",
                    new Translatable(draft.getKind().messageKey()), new Translatable(parent.kind().messageKey()));
        }
    }

    /** A phone without a name would be dropped silently (a post is kept only with a person), so it is refused instead. */
    private static void checkPeopleHaveNames(UnitDraft draft) {
        if (isBlank(draft.getLeaderName()) && anyFilled(draft.getLeaderTitle(), draft.getLeaderMobile(), draft.getLeaderOfficePhone())) {
            throw new BusinessRuleException("unit.error.person-needs-name", new Translatable("unit.role.leader"));
        }
        if (isBlank(draft.getLiaisonName()) && anyFilled(draft.getLiaisonTitle(), draft.getLiaisonMobile(),
                draft.getLiaisonOfficePhone(), draft.getLiaisonEmail())) {
            throw new BusinessRuleException("unit.error.person-needs-name", new Translatable("unit.role.liaison"));
        }
    }

    private static boolean anyFilled(@Nullable String... values) {
        for (String value : values) {
            if (!isBlank(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /**
     * Sorting by display order alone may put a township before its county; a tree needs each parent first.
     * A unit whose parent is missing is kept as a root rather than lost.
     */
    private static List<OrgUnit> depthFirst(List<OrgUnit> ordered) {
        Map<Long, OrgUnit> byId = new LinkedHashMap<>();
        ordered.forEach(u -> byId.put(u.requireId(), u));
        Map<Long, List<OrgUnit>> children = new LinkedHashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : ordered) {
            Long parentId = unit.parentId();
            if (parentId == null || !byId.containsKey(parentId)) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(parentId, id -> new ArrayList<>()).add(unit);
            }
        }
        List<OrgUnit> result = new ArrayList<>(ordered.size());
        ArrayList<OrgUnit> stack = new ArrayList<>(roots.reversed());
        while (!stack.isEmpty()) {
            OrgUnit unit = stack.removeLast();
            result.add(unit);
            stack.addAll(children.getOrDefault(unit.requireId(), List.of()).reversed());
        }
        return result;
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
