package org.expodesk.booth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.Wall;

/** A row of {@code hall_entrance}: one door on the hall's outline. */
@Embeddable
public class HallEntrance {

    @Column(nullable = false, length = 60)
    private String label = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Wall wall = Wall.NORTH;

    @Column(name = "offset_m", nullable = false, precision = 7, scale = 2)
    private BigDecimal offset = BigDecimal.ZERO;

    protected HallEntrance() {
    }

    HallEntrance(Entrance entrance) {
        this.label = entrance.label().strip();
        this.wall = entrance.wall();
        this.offset = entrance.offset();
    }

    Entrance toEntrance() {
        return new Entrance(label, wall, offset);
    }
}
