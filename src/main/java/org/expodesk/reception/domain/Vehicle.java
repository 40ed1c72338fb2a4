package org.expodesk.reception.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.expodesk.reception.VehicleDraft;
import org.expodesk.reception.VehicleSummary;
import org.expodesk.shared.domain.AbstractEntity;

/** A car or bus with its driver for one event. */
@Entity
@Table(name = "reception_vehicle")
public class Vehicle extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "plate", nullable = false, length = 20)
    private String plate = "";
    @Column(name = "seats", nullable = false)
    private int seats;
    @Column(name = "driver_name", nullable = false, length = 60)
    private String driverName = "";
    @Column(name = "driver_phone", nullable = false, length = 30)
    private String driverPhone = "";

    protected Vehicle() {
    }

    public Vehicle(long eventId, VehicleDraft d) {
        this.eventId = eventId;
        this.plate = d.plate().strip().toUpperCase(java.util.Locale.ROOT);
        this.seats = d.seats();
        this.driverName = d.driverName().strip();
        this.driverPhone = d.driverPhone().strip();
    }

    public long eventId() { return eventId; }
    public int seats() { return seats; }
    public String plate() { return plate; }

    public VehicleSummary toSummary() {
        return new VehicleSummary(requireId(), eventId, plate, seats, driverName, driverPhone);
    }
}
