package org.expodesk.programme.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.springframework.data.domain.PageRequest;

/** Person fields that search the persons as one types, a page at a time, and show name, title and organisation. */
final class PersonPicker {

    private PersonPicker() {
    }

    static MultiSelectComboBox<PersonSummary> many(String label, PersonService persons, Locale locale) {
        MultiSelectComboBox<PersonSummary> box = new MultiSelectComboBox<>(label);
        box.setItems(query -> persons.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        box.setItemLabelGenerator(p -> label(p, locale));
        box.setWidthFull();
        return box;
    }

    static ComboBox<PersonSummary> one(String label, PersonService persons, Locale locale) {
        ComboBox<PersonSummary> box = new ComboBox<>(label);
        box.setItems(query -> persons.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        box.setItemLabelGenerator(p -> label(p, locale));
        return box;
    }

    static String label(PersonSummary p, Locale locale) {
        StringBuilder text = new StringBuilder(p.displayName(locale));
        if (p.title() != null) {
            text.append(" · ").append(p.title());
        }
        if (p.organisation() != null) {
            text.append(" · ").append(p.organisation());
        }
        return text.toString();
    }

    /** The persons of the ids, in the order of the ids. */
    static Set<PersonSummary> of(PersonService persons, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var found = persons.findAll(ids);
        Set<PersonSummary> ordered = new LinkedHashSet<>();
        ids.stream().map(found::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    static List<Long> ids(Collection<PersonSummary> persons) {
        return persons.stream().map(PersonSummary::id).toList();
    }
}
