-- ExpoDesk schema, part 3: the halls of an event and the booths on their floor plans.
-- Lengths are metres with centimetre precision (DECIMAL(7,2)); prices are yuan (DECIMAL(12,2)).
-- booth.event_id repeats the hall's event so that a booth code is unique per event in the database itself.
-- holder_id is the company (exhibitor registration) a booth is held by or assigned to; the exhibitor feature
-- adds its foreign key when its table exists.

CREATE TABLE hall (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    code            VARCHAR(20)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(200),
    width_m         DECIMAL(7,2)  NOT NULL,
    depth_m         DECIMAL(7,2)  NOT NULL,
    capacity        INT,
    sort_order      INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_hall_event_code UNIQUE (event_id, code),
    CONSTRAINT fk_hall_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_hall_size CHECK (width_m > 0 AND depth_m > 0)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A few named doors on the hall's outline: the wall they are in and the distance along it from the
-- wall's start (north and south walls from the west corner, east and west walls from the north corner).
CREATE TABLE hall_entrance (
    hall_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    label       VARCHAR(60)   NOT NULL,
    wall        VARCHAR(10)   NOT NULL,
    offset_m    DECIMAL(7,2)  NOT NULL,
    PRIMARY KEY (hall_id, position),
    CONSTRAINT fk_entrance_hall FOREIGN KEY (hall_id) REFERENCES hall (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE booth (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    version             BIGINT         NOT NULL,
    event_id            BIGINT         NOT NULL,
    hall_id             BIGINT         NOT NULL,
    code                VARCHAR(30)    NOT NULL,
    x_m                 DECIMAL(7,2)   NOT NULL,
    y_m                 DECIMAL(7,2)   NOT NULL,
    width_m             DECIMAL(7,2)   NOT NULL,
    depth_m             DECIMAL(7,2)   NOT NULL,
    area_m2             DECIMAL(11,4)  NOT NULL,
    kind                VARCHAR(20)    NOT NULL,
    price               DECIMAL(12,2)  NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    hold_expires_at     DATETIME(6)    NULL,
    holder_id           BIGINT,
    reserved_unit_id    BIGINT,
    reserved_category   VARCHAR(100),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_booth_event_code UNIQUE (event_id, code),
    CONSTRAINT fk_booth_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_booth_hall FOREIGN KEY (hall_id) REFERENCES hall (id),
    CONSTRAINT fk_booth_reserved_unit FOREIGN KEY (reserved_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_booth_size CHECK (width_m > 0 AND depth_m > 0 AND x_m >= 0 AND y_m >= 0),
    CONSTRAINT ck_booth_price CHECK (price >= 0)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_booth_hall_status ON booth (hall_id, status);
CREATE INDEX ix_booth_event_status ON booth (event_id, status);
