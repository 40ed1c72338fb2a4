package org.expodesk.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Issues a badge to someone already known (found by name, organisation or mobile) or to a new person. A new
 * person with the same mobile and Chinese name as a known one is that person: one record per human.
 */
class IssueBadgeDialog extends Dialog {

    private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    private final ComboBox<PersonSummary> person = new ComboBox<>();
    private final Select<BadgeTypeSummary> type = new Select<>();
    private final BeanValidationBinder<PersonDraft> binder = new BeanValidationBinder<>(PersonDraft.class);
    private final FormLayout newPerson = new FormLayout();
    private final BadgeService badges;
    private final PersonService persons;
    private final long eventId;
    private final Runnable onIssued;

    IssueBadgeDialog(BadgeService badges, PersonService persons, long eventId, List<BadgeTypeSummary> types, Runnable onIssued) {
        this.badges = badges;
        this.persons = persons;
        this.eventId = eventId;
        this.onIssued = onIssued;
        setHeaderTitle(getTranslation("badge.issue.title"));
        setWidth("min(40rem, 100vw)");

        mode.setItems(false, true);
        mode.setItemLabelGenerator(isNew -> getTranslation(isNew ? "badge.issue.new-person" : "badge.issue.known-person"));
        mode.setValue(false);
        mode.setId("badge-issue-mode");
        mode.addValueChangeListener(e -> showMode());

        person.setLabel(getTranslation("badge.issue.person"));
        person.setPlaceholder(getTranslation("badge.issue.person.search"));
        person.setItems(query -> persons.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        person.setItemLabelGenerator(IssueBadgeDialog::describe);
        person.setWidthFull();
        person.setId("badge-issue-person");

        type.setLabel(getTranslation("badge.field.type"));
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        type.setId("badge-issue-type");
        if (!types.isEmpty()) {
            type.setValue(types.getFirst());
        }

        TextField nameZh = new TextField(getTranslation("badge.person.name-zh"));
        nameZh.setId("badge-person-name-zh");
        TextField nameEn = new TextField(getTranslation("badge.person.name-en"));
        nameEn.setId("badge-person-name-en");
        TextField organisation = new TextField(getTranslation("badge.person.organisation"));
        organisation.setId("badge-person-organisation");
        TextField mobile = new TextField(getTranslation("badge.person.mobile"));
        mobile.setId("badge-person-mobile");
        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(organisation).bind("organisation");
        binder.forField(mobile).bind("mobile");
        binder.readBean(new PersonDraft());
        newPerson.add(nameZh, nameEn, organisation, mobile);
        newPerson.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));

        add(new FormLayout(type), mode, person, newPerson);
        showMode();

        Button issue = new Button(getTranslation("badge.action.issue"), e -> issue());
        issue.setId("badge-issue-save");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), issue);
    }

    private void showMode() {
        boolean isNew = Boolean.TRUE.equals(mode.getValue());
        person.setVisible(!isNew);
        newPerson.setVisible(isNew);
    }

    private void issue() {
        if (type.getValue() == null) {
            type.setInvalid(true);
            type.setErrorMessage(getTranslation("badge.issue.type-required"));
            return;
        }
        try {
            Long personId = chosenPerson();
            if (personId == null) {
                return;
            }
            BadgeSummary badge = badges.issue(eventId, personId, type.getValue().id());
            Toast.success(getTranslation("badge.issued", badge.nameZh()));
            onIssued.run();
            close();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    /** The person to badge, created first when new; null (with the fields marked) when the form is incomplete. */
    private @Nullable Long chosenPerson() {
        if (!Boolean.TRUE.equals(mode.getValue())) {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("badge.issue.person-required"));
                return null;
            }
            return person.getValue().id();
        }
        PersonDraft draft = new PersonDraft();
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return null;
        }
        return persons.save(null, draft).id();
    }

    static String describe(PersonSummary p) {
        return Stream.of(p.nameZh(), p.nameEn(), p.organisation(), p.mobile()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
