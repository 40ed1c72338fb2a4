-- ExpoDesk schema, part 47: reception — banquets and group meals, their tables and who sits where (docs/reception.md).
--
-- reception_meal: a banquet or group meal at a time (UTC instant) and place.
-- reception_meal_table: numbered tables with their seats.
-- reception_meal_seat: a guest's party at a table; one table per guest and meal (primary key). The seats of a table
--   are checked with the table row locked (SELECT ... FOR UPDATE), so two people seating guests at once cannot
--   overfill it.

CREATE TABLE reception_meal (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_id        BIGINT        NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(200),
    starts_at       DATETIME(6)   NOT NULL,
    place           VARCHAR(200)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reception_meal_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_meal_table (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    meal_id         BIGINT        NOT NULL,
    table_no        INT           NOT NULL,
    seats           INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reception_meal_table UNIQUE (meal_id, table_no),
    CONSTRAINT fk_reception_meal_table_meal FOREIGN KEY (meal_id) REFERENCES reception_meal (id) ON DELETE CASCADE,
    CONSTRAINT ck_reception_meal_table_seats CHECK (seats >= 1 AND seats <= 40)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_meal_seat (
    meal_id         BIGINT        NOT NULL,
    guest_id        BIGINT        NOT NULL,
    table_id        BIGINT        NOT NULL,
    persons         INT           NOT NULL,
    PRIMARY KEY (meal_id, guest_id),
    CONSTRAINT fk_reception_meal_seat_table FOREIGN KEY (table_id) REFERENCES reception_meal_table (id) ON DELETE CASCADE,
    CONSTRAINT fk_reception_meal_seat_guest FOREIGN KEY (guest_id) REFERENCES guest (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
