package org.expodesk.person.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.AbstractEntity;
import org.expodesk.shared.domain.Texts;
import org.expodesk.shared.validation.PhoneValidator;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";

    @Column(name = "name_en", length = 120)
    private @Nullable String nameEn;

    @Column(length = 100)
    private @Nullable String title;

    @Column(length = 200)
    private @Nullable String organisation;

    @Column(length = 30)
    private @Nullable String mobile;

    @Column(name = "office_phone", length = 30)
    private @Nullable String officePhone;

    @Column(length = 150)
    private @Nullable String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Person() {
    }

    public static Person create(PersonDraft draft, Instant now) {
        Person person = new Person();
        person.apply(draft, now);
        person.createdAt = now;
        return person;
    }

    public void apply(PersonDraft draft, Instant now) {
        this.nameZh = draft.getNameZh().strip();
        this.nameEn = Texts.blankToNull(draft.getNameEn());
        this.title = Texts.blankToNull(draft.getTitle());
        this.organisation = Texts.blankToNull(draft.getOrganisation());
        this.mobile = PhoneValidator.normalise(draft.getMobile());
        this.officePhone = PhoneValidator.normalise(draft.getOfficePhone());
        this.email = Texts.blankToNull(draft.getEmail());
        this.updatedAt = now;
    }

    public String nameZh() {
        return nameZh;
    }

    public PersonSummary toSummary() {
        return new PersonSummary(requireId(), nameZh, nameEn, title, organisation, mobile, officePhone, email);
    }

    public PersonDraft toDraft() {
        PersonDraft draft = PersonDraft.of(nameZh, nameEn, title, organisation, mobile, email);
        draft.setOfficePhone(officePhone);
        return draft;
    }

}
