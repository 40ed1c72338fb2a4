-- ExpoDesk schema, part 45: reception — hotels, contracted room blocks and room assignment (docs/reception.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- reception_hotel: a contracted hotel of one event.
-- reception_room_block: N rooms of one type for the nights first_night .. first_night + nights - 1.
-- reception_room_slot: one row per (block, night, room number) the contract holds, made with the block. It is the
--   database's list of rooms that exist: a room night can only be taken if its slot exists (foreign key), so no
--   night can ever hold more guests' rooms than the block. room_name is the hotel's number when rooms are named.
-- reception_stay: one party (a guest and their companions) lodged in one block from check_in to check_out.
-- reception_room_night: the room a stay takes in one night. The unique key (block, night, room) means one party
--   per room and night whatever the application does; all nights of a stay are inserted in one transaction.

CREATE TABLE reception_hotel (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(200),
    address         VARCHAR(300),
    contact_name    VARCHAR(60),
    phone           VARCHAR(30),
    distance_km     DECIMAL(6,1),
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reception_hotel_name UNIQUE (event_id, name_zh),
    CONSTRAINT fk_reception_hotel_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_room_block (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    hotel_id        BIGINT        NOT NULL,
    room_type       VARCHAR(20)   NOT NULL,
    first_night     DATE          NOT NULL,
    nights          INT           NOT NULL,
    rooms           INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reception_block UNIQUE (hotel_id, room_type, first_night),
    CONSTRAINT fk_reception_block_hotel FOREIGN KEY (hotel_id) REFERENCES reception_hotel (id),
    CONSTRAINT ck_reception_block_size CHECK (nights >= 1 AND nights <= 31 AND rooms >= 1 AND rooms <= 2000)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_room_slot (
    block_id        BIGINT        NOT NULL,
    night           DATE          NOT NULL,
    room_no         INT           NOT NULL,
    room_name       VARCHAR(20),
    PRIMARY KEY (block_id, night, room_no),
    CONSTRAINT fk_reception_slot_block FOREIGN KEY (block_id) REFERENCES reception_room_block (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_stay (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    guest_id        BIGINT        NOT NULL,
    block_id        BIGINT        NOT NULL,
    check_in        DATE          NOT NULL,
    check_out       DATE          NOT NULL,
    persons         INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reception_stay_guest UNIQUE (guest_id),
    CONSTRAINT fk_reception_stay_guest FOREIGN KEY (guest_id) REFERENCES guest (id),
    CONSTRAINT fk_reception_stay_block FOREIGN KEY (block_id) REFERENCES reception_room_block (id),
    CONSTRAINT ck_reception_stay_nights CHECK (check_out > check_in AND persons >= 1)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE reception_room_night (
    stay_id         BIGINT        NOT NULL,
    block_id        BIGINT        NOT NULL,
    night           DATE          NOT NULL,
    room_no         INT           NOT NULL,
    PRIMARY KEY (stay_id, night),
    CONSTRAINT uq_reception_room_night UNIQUE (block_id, night, room_no),
    CONSTRAINT fk_reception_night_stay FOREIGN KEY (stay_id) REFERENCES reception_stay (id) ON DELETE CASCADE,
    CONSTRAINT fk_reception_night_slot FOREIGN KEY (block_id, night, room_no)
        REFERENCES reception_room_slot (block_id, night, room_no)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
