package org.expodesk.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.stream.Stream;
import org.expodesk.person.PersonDraft;

/**
 * Who the account belongs to, optional: a name, a mobile and an e-mail so the office can reach the user.
 * Left empty, the account belongs to nobody in particular (a shared gate phone, say).
 */
class AccountPersonFields extends Composite<FormLayout> {

    /** What the user entered: nothing, something to fix, or a person to save. */
    sealed interface Entry {
        record None() implements Entry {
        }

        record Invalid() implements Entry {
        }

        record Filled(PersonDraft draft) implements Entry {
        }
    }

    private final BeanValidationBinder<PersonDraft> binder = new BeanValidationBinder<>(PersonDraft.class);
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();
    /** Kept whole so that fields not shown here (title, organisation, office phone) survive an update of the person. */
    private PersonDraft draft = new PersonDraft();

    AccountPersonFields() {
        nameZh.setLabel(getTranslation("account.person.name-zh"));
        nameZh.setId("account-person-name-zh");
        nameEn.setLabel(getTranslation("account.person.name-en"));
        nameEn.setId("account-person-name-en");
        mobile.setLabel(getTranslation("account.person.mobile"));
        mobile.setId("account-person-mobile");
        email.setLabel(getTranslation("account.person.email"));
        email.setId("account-person-email");

        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(mobile).bind("mobile");
        binder.forField(email).bind("email");

        getContent().add(nameZh, nameEn, mobile, email);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
    }

    void read(PersonDraft person) {
        this.draft = person;
        binder.readBean(person);
    }

    Entry entry() {
        if (!hasInput()) {
            return new Entry.None();
        }
        return binder.writeBeanIfValid(draft) ? new Entry.Filled(draft) : new Entry.Invalid();
    }

    boolean hasInput() {
        return Stream.of(nameZh, nameEn, mobile, email).anyMatch(f -> !f.getValue().isBlank());
    }
}
