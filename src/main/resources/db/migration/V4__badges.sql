-- ExpoDesk schema, part 4: badge types per event and the badges issued to persons (docs/badge-code.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- badge_type.code is the event's own small number for the type: it travels in every badge code as one byte.
-- days_before / days_after widen a type's default validity beyond the fair days (build-up and tear-down crews).
--
-- A badge keeps the name, English name and organisation it was printed with: a reprint must show what the
-- badge in the wearer's hand shows, and the office searches and prints badges without reaching into persons.
-- active_person_id is person_id while the badge is ISSUED and NULL once REVOKED: its unique index with event_id
-- lets the database itself guarantee one active badge per person per event, even for two clicks at the same
-- moment (MySQL has no partial unique index; NULLs never collide in a unique index in MySQL, MariaDB or H2).

CREATE TABLE badge_type (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    event_id     BIGINT       NOT NULL,
    code         INT          NOT NULL,
    name_zh      VARCHAR(40)  NOT NULL,
    name_en      VARCHAR(60)  NOT NULL,
    colour       VARCHAR(7)   NOT NULL,
    re_entry     BOOLEAN      NOT NULL,
    days_before  INT          NOT NULL,
    days_after   INT          NOT NULL,
    sort_order   INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_badge_type_event_code UNIQUE (event_id, code),
    CONSTRAINT fk_badge_type_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_badge_type_code CHECK (code BETWEEN 0 AND 255),
    CONSTRAINT ck_badge_type_days CHECK (days_before BETWEEN 0 AND 20 AND days_after BETWEEN 0 AND 20)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE badge (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    badge_uid         VARCHAR(24)   NOT NULL,
    event_id          BIGINT       NOT NULL,
    person_id         BIGINT       NOT NULL,
    type_id           BIGINT       NOT NULL,
    name_zh           VARCHAR(60)  NOT NULL,
    name_en           VARCHAR(120),
    organisation      VARCHAR(200),
    first_day_offset  INT          NOT NULL,
    day_mask          INT          NOT NULL,
    code              VARCHAR(200) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    active_person_id  BIGINT       NULL,
    issued_at         DATETIME(6)  NOT NULL,
    revoked_at        DATETIME(6)  NULL,
    revoke_reason     VARCHAR(200) NULL,
    replaced_by_id    BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_badge_uid UNIQUE (badge_uid),
    CONSTRAINT uq_badge_one_active UNIQUE (event_id, active_person_id),
    CONSTRAINT fk_badge_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_badge_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_badge_type FOREIGN KEY (type_id) REFERENCES badge_type (id),
    CONSTRAINT fk_badge_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES badge (id),
    CONSTRAINT ck_badge_status CHECK ((status = 'ISSUED' AND active_person_id = person_id AND revoked_at IS NULL)
                                   OR (status = 'REVOKED' AND active_person_id IS NULL AND revoked_at IS NOT NULL))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_badge_event_name ON badge (event_id, name_zh);
CREATE INDEX ix_badge_event_type ON badge (event_id, type_id);
