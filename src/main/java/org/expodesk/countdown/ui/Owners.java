package org.expodesk.countdown.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** Owners of tasks as screens show them: the units read once per screen, persons looked up as rows need them. */
final class Owners {

    private final PersonService persons;
    private final Map<Long, UnitSummary> units = new LinkedHashMap<>();
    private final Map<Long, @Nullable PersonSummary> personCache = new HashMap<>();

    Owners(PersonService persons, UnitService units) {
        this.persons = persons;
        units.tree().forEach(u -> this.units.put(u.id(), u));
    }

    String describe(TaskSummary task, Locale locale, String none) {
        List<String> parts = new ArrayList<>();
        UnitSummary unit = unit(task.ownerUnitId());
        if (unit != null) {
            parts.add(unit.name(locale));
        }
        PersonSummary person = person(task.ownerPersonId());
        if (person != null) {
            parts.add(person.displayName(locale));
        }
        return parts.isEmpty() ? none : String.join(" · ", parts);
    }

    @Nullable UnitSummary unit(@Nullable Long id) {
        return id == null ? null : units.get(id);
    }

    @Nullable PersonSummary person(@Nullable Long id) {
        return id == null ? null : personCache.computeIfAbsent(id, k -> persons.find(k).orElse(null));
    }

    ComboBox<UnitSummary> unitBox(String label, Locale locale) {
        ComboBox<UnitSummary> box = new ComboBox<>(label);
        box.setItems(List.copyOf(units.values()));
        box.setItemLabelGenerator(u -> u.name(locale));
        box.setClearButtonVisible(true);
        return box;
    }

    /** Persons searched in the database as the user types: the register grows with every fair. */
    ComboBox<PersonSummary> personBox(String label, Locale locale) {
        ComboBox<PersonSummary> box = new ComboBox<>(label);
        box.setItems(query -> persons.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        box.setItemLabelGenerator(p -> p.displayName(locale) + (p.organisation() == null ? "" : " · " + p.organisation()));
        box.setClearButtonVisible(true);
        return box;
    }
}
