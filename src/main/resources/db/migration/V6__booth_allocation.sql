-- ExpoDesk schema, part 6: which company holds or has which booth, and the staff a company brings.
-- Exactly one company per booth is kept by the database twice: a booth row is taken only by a conditional
-- UPDATE (holder_id IS NULL AND status = 'FREE', checked by its row count), and booth_allocation has one row
-- per booth at most (its primary key is the booth). Either alone refuses a second company.

ALTER TABLE booth ADD CONSTRAINT fk_booth_holder FOREIGN KEY (holder_id) REFERENCES exhibitor (id);
CREATE INDEX ix_booth_holder ON booth (holder_id);

CREATE TABLE booth_allocation (
    booth_id            BIGINT        NOT NULL,
    exhibitor_id        BIGINT        NOT NULL,
    event_id            BIGINT        NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    hold_expires_at     DATETIME(6)   NULL,
    allocated_by_account BIGINT,
    allocated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (booth_id),
    CONSTRAINT fk_allocation_booth FOREIGN KEY (booth_id) REFERENCES booth (id),
    CONSTRAINT fk_allocation_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id),
    CONSTRAINT fk_allocation_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_allocation_state CHECK (state IN ('HELD', 'ASSIGNED'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_allocation_exhibitor ON booth_allocation (exhibitor_id);
CREATE INDEX ix_allocation_hold ON booth_allocation (state, hold_expires_at);

CREATE TABLE exhibitor_staff (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    exhibitor_id    BIGINT        NOT NULL,
    name            VARCHAR(60)   NOT NULL,
    mobile          VARCHAR(30)   NOT NULL,
    role            VARCHAR(60)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_staff_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_staff_exhibitor ON exhibitor_staff (exhibitor_id);
