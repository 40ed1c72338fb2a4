package org.expodesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.expodesk.account.AccountDraft;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit an account: who signs in, what they may do, which events they work on, and optionally the
 * person it belongs to. The username never changes once created (it is how people know the account); the
 * password is set here only on creation, afterwards through "reset password".
 */
class AccountFormDialog extends Dialog {

    private final BeanValidationBinder<AccountDraft> binder = new BeanValidationBinder<>(AccountDraft.class);
    private final AccountService accounts;
    private final @Nullable Long accountId;
    private final AccountDraft draft;
    private final @Nullable NewPasswordFields passwords;
    private final AccountPersonFields person = new AccountPersonFields();
    private final Consumer<AccountSummary> onSaved;

    AccountFormDialog(AccountService accounts, EventService events, PersonService persons, EventNames eventNames,
            @Nullable Long accountId, Consumer<AccountSummary> onSaved) {
        this.accounts = accounts;
        this.accountId = accountId;
        this.onSaved = onSaved;
        this.draft = accountId == null ? new AccountDraft() : accounts.draftOf(accountId);
        this.passwords = accountId == null
                ? NewPasswordFields.create("account.field.password", "account.field.password-repeat", "account-password")
                : null;
        setHeaderTitle(getTranslation(accountId == null ? "account.form.new" : "account.form.edit"));
        setWidth("min(48rem, 100vw)");

        TextField username = new TextField(getTranslation("account.field.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("account.field.username.hint"));
        username.setReadOnly(accountId != null);
        TextField displayName = new TextField(getTranslation("account.field.display-name"));
        displayName.setId("account-display-name");
        displayName.setHelperText(getTranslation("account.field.display-name.hint"));
        // @NotBlank is not shown as required by the binder; the user should see it before saving, not after.
        displayName.setRequiredIndicatorVisible(true);

        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.field.roles"));
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));

        MultiSelectComboBox<EventSummary> eventBox = new MultiSelectComboBox<>(getTranslation("account.field.events"));
        eventBox.setId("account-events");
        eventBox.setItemLabelGenerator(e -> e.name(getLocale()));
        // Lazy and filtered in the database: the list of past fairs only grows. Archived events are not offered,
        // but an account keeps those it already has.
        eventBox.setItems(query -> events.list(new EventFilter(query.getFilter().orElse(null), false),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        eventBox.setHelperText(getTranslation("account.field.events.hint"));
        roles.addValueChangeListener(e -> eventBox.setHelperText(getTranslation(e.getValue().contains(Role.ADMIN)
                ? "account.field.events.admin-hint" : "account.field.events.hint")));

        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(roles).bind("roles");
        binder.forField(eventBox)
                .withConverter(
                        (Set<EventSummary> chosen) -> chosen.stream().map(EventSummary::id).collect(Collectors.toSet()),
                        (Set<Long> ids) -> ids.stream().map(eventNames::find).flatMap(Optional::stream)
                                .collect(Collectors.toSet()))
                .bind("eventIds");

        FormLayout form = new FormLayout(username, displayName);
        if (passwords != null) {
            form.add(passwords.password(), passwords.repeat());
        }
        form.add(roles, eventBox);
        form.setColspan(roles, 2);
        form.setColspan(eventBox, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, personSection(persons));

        binder.readBean(draft);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private Details personSection(PersonService persons) {
        Long personId = draft.getPersonId();
        if (personId != null) {
            persons.find(personId).ifPresent(p -> {
                PersonDraft known = PersonDraft.of(p.nameZh(), p.nameEn(), p.title(), p.organisation(), p.mobile(), p.email());
                known.setOfficePhone(p.officePhone());
                person.read(known);
            });
        }
        Paragraph hint = new Paragraph(getTranslation("account.person.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        Details section = new Details(getTranslation("account.person.section"), hint, person);
        section.setId("account-person");
        section.setOpened(person.hasInput());
        return section;
    }

    private void save() {
        // Check every part, so each mistake is marked at once rather than one per click.
        boolean valid = binder.writeBeanIfValid(draft);
        Optional<String> password = passwords == null ? Optional.empty() : passwords.validValue();
        valid &= passwords == null || password.isPresent();
        AccountPersonFields.Entry entry = person.entry();
        valid &= !(entry instanceof AccountPersonFields.Entry.Invalid);
        if (!valid) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        password.ifPresent(draft::setPassword);
        PersonDraft personDraft = null;
        if (entry instanceof AccountPersonFields.Entry.Filled filled) {
            personDraft = filled.draft();
        } else {
            // Emptied on purpose: the account no longer belongs to that person (the person record stays).
            draft.setPersonId(null);
        }
        try {
            AccountSummary saved = accountId == null ? accounts.create(draft, personDraft)
                    : accounts.update(accountId, draft, personDraft);
            Toast.success(getTranslation("account.saved", saved.username()));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }
}
