-- ExpoDesk schema, part 46: reception — pickup trips, vehicles and notices for the reception team (docs/reception.md).
--
-- reception_vehicle: a car or bus with its driver for the event; seats are passenger seats.
-- reception_trip: one pickup (ARRIVAL: station/airport to hotel) or drop-off (DEPARTURE) at a place, for guests
--   whose train or flight falls into [window_start, window_start + window_minutes] (UTC instants); vehicle optional.
-- reception_trip_guest: a guest's party in a trip; a guest is in at most one trip per direction (unique key).
-- reception_notice: what the reception team must be told, e.g. a guest moved out of a trip because their arrival
--   changed; reason is a message key, details the old and new travel as text.

CREATE TABLE reception_vehicle (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    plate           VARCHAR(20)   NOT NULL,
    seats           INT           NOT NULL,
    driver_name     VARCHAR(60)   NOT NULL,
    driver_phone    VARCHAR(30)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reception_vehicle_plate UNIQUE (event_id, plate),
    CONSTRAINT fk_reception_vehicle_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_reception_vehicle_seats CHECK (seats >= 1 AND seats <= 80)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_trip (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    direction       VARCHAR(10)   NOT NULL,
    place           VARCHAR(100)  NOT NULL,
    window_start    DATETIME(6)   NOT NULL,
    window_minutes  INT           NOT NULL,
    vehicle_id      BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_reception_trip_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_reception_trip_vehicle FOREIGN KEY (vehicle_id) REFERENCES reception_vehicle (id),
    CONSTRAINT ck_reception_trip_window CHECK (window_minutes >= 0 AND window_minutes <= 720)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_trip_guest (
    trip_id         BIGINT        NOT NULL,
    guest_id        BIGINT        NOT NULL,
    direction       VARCHAR(10)   NOT NULL,
    persons         INT           NOT NULL,
    PRIMARY KEY (trip_id, guest_id),
    CONSTRAINT uq_reception_trip_guest UNIQUE (guest_id, direction),
    CONSTRAINT fk_reception_trip_guest_trip FOREIGN KEY (trip_id) REFERENCES reception_trip (id) ON DELETE CASCADE,
    CONSTRAINT fk_reception_trip_guest_guest FOREIGN KEY (guest_id) REFERENCES guest (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_notice (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_id        BIGINT        NOT NULL,
    guest_id        BIGINT        NOT NULL,
    trip_id         BIGINT,
    reason          VARCHAR(60)   NOT NULL,
    details         VARCHAR(300),
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reception_notice_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
