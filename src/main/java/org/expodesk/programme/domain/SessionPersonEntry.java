package org.expodesk.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.expodesk.programme.SessionPerson;
import org.expodesk.programme.SessionRole;
import org.jspecify.annotations.Nullable;

/** One speaker or participant of a session, with the name and title printed in the programme. */
@Embeddable
public class SessionPersonEntry {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionRole role = SessionRole.PARTICIPANT;

    @Column(nullable = false)
    private boolean vip;

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";

    @Column(name = "name_en", length = 120)
    private @Nullable String nameEn;

    @Column(length = 100)
    private @Nullable String title;

    protected SessionPersonEntry() {
    }

    public SessionPersonEntry(SessionPerson person) {
        this.personId = person.personId();
        this.role = person.role();
        this.vip = person.vip();
        this.nameZh = person.nameZh();
        this.nameEn = person.nameEn();
        this.title = person.title();
    }

    public SessionPerson toPerson() {
        return new SessionPerson(personId, role, vip, nameZh, nameEn, title);
    }
}
