package org.expodesk.ceremony.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.expodesk.ceremony.Witness;
import org.jspecify.annotations.Nullable;

/** One witness of a ceremony, with the name and title as printed on the name card. */
@Embeddable
public class WitnessEntry {

    @Column(name = "person_id", nullable = false)
    private long personId;
    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";
    @Column(name = "name_en", length = 120)
    private @Nullable String nameEn;
    @Column(length = 100)
    private @Nullable String title;

    protected WitnessEntry() {
    }

    public WitnessEntry(Witness w) {
        personId = w.personId();
        nameZh = w.nameZh();
        nameEn = w.nameEn();
        title = w.title();
    }

    public long personId() {
        return personId;
    }

    public Witness toWitness() {
        return new Witness(personId, nameZh, nameEn, title);
    }
}
