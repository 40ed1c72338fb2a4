package org.expodesk.reception.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.expodesk.reception.TripDirection;
import org.expodesk.shared.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A pickup or drop-off at one place for one time window, with its vehicle once assigned. */
@Entity
@Table(name = "reception_trip")
public class Trip extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 10)
    private TripDirection direction = TripDirection.ARRIVAL;
    @Column(name = "place", nullable = false, length = 100)
    private String place = "";
    @Column(name = "window_start", nullable = false)
    private Instant windowStart = Instant.EPOCH;
    @Column(name = "window_minutes", nullable = false)
    private int windowMinutes;
    @Column(name = "vehicle_id")
    private @Nullable Long vehicleId;

    protected Trip() {
    }

    public Trip(long eventId, TripDirection direction, String place, Instant windowStart, int windowMinutes) {
        this.eventId = eventId;
        this.direction = direction;
        this.place = place;
        this.windowStart = windowStart;
        this.windowMinutes = windowMinutes;
    }

    /** True when a guest travelling via {@code place} at {@code at} belongs in this trip. */
    public boolean fits(@Nullable String place, @Nullable Instant at) {
        return place != null && at != null && this.place.equalsIgnoreCase(place.strip())
                && !at.isBefore(windowStart) && !at.isAfter(windowEnd());
    }

    public Instant windowEnd() {
        return windowStart.plus(Duration.ofMinutes(windowMinutes));
    }

    public void useVehicle(@Nullable Long vehicleId) {
        this.vehicleId = vehicleId;
    }

    public long eventId() { return eventId; }
    public TripDirection direction() { return direction; }
    public String place() { return place; }
    public Instant windowStart() { return windowStart; }
    public int windowMinutes() { return windowMinutes; }
    public @Nullable Long vehicleId() { return vehicleId; }
}
