package org.expodesk.person;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.person.domain.Person;
import org.expodesk.person.domain.PersonRepository;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.validation.PhoneValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Keeps the one record per human. Office staff create and edit persons; features reference them by id. */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonService {

    /** Office staff keep persons; reception records guests, who are persons too. */
    public static final String KEEPERS = "hasAnyRole('ADMIN','ORGANISER','RECEPTION')";

    private final PersonRepository persons;
    private final Clock clock;

    PersonService(PersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    @PreAuthorize(KEEPERS)
    public Optional<PersonSummary> find(long personId) {
        return persons.findById(personId).map(Person::toSummary);
    }

    @PreAuthorize(KEEPERS)
    public Map<Long, PersonSummary> findAll(Collection<Long> personIds) {
        return persons.findAllById(personIds).stream().map(Person::toSummary)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    @PreAuthorize(Roles.OFFICE)
    public List<PersonSummary> findByMobile(String mobile) {
        String normalised = PhoneValidator.normalise(mobile);
        return normalised == null ? List.of() : persons.findByMobile(normalised).stream().map(Person::toSummary).toList();
    }

    /** Persons whose Chinese or English name, organisation or mobile contains the text: for pickers, a page at a time. */
    @PreAuthorize(Roles.OFFICE)
    public List<PersonSummary> search(String text, org.springframework.data.domain.Pageable pageable) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return persons.search(like, pageable).stream().map(Person::toSummary).toList();
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public PersonSummary create(@Valid PersonDraft draft) {
        return persons.saveAndFlush(Person.create(draft, clock.instant())).toSummary();
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public PersonSummary update(long personId, @Valid PersonDraft draft) {
        Person person = persons.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        person.apply(draft, clock.instant());
        return persons.saveAndFlush(person).toSummary();
    }

    /**
     * Saves the details for a role someone holds (a unit's leader, an account's owner): updates the person
     * already linked, else the one person with the same mobile and Chinese name, else creates one. Keeps one record per human.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public PersonSummary save(@Nullable Long linkedPersonId, @Valid PersonDraft draft) {
        if (linkedPersonId != null) {
            return update(linkedPersonId, draft);
        }
        String mobile = PhoneValidator.normalise(draft.getMobile());
        if (mobile != null) {
            List<Person> samePerson = persons.findByMobile(mobile).stream()
                    .filter(p -> p.nameZh().equals(draft.getNameZh().strip())).toList();
            if (samePerson.size() == 1) {
                return update(samePerson.getFirst().requireId(), draft);
            }
        }
        return create(draft);
    }

    @PreAuthorize(Roles.OFFICE)
    public long count() {
        return persons.count();
    }
}
