-- ExpoDesk schema, part 10: gates, scanning devices, the scan log and who is inside (docs/check-in.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- gate_badge_type lists the badge types a gate admits; a gate without rows admits every type.
-- scan_device keeps only SHA-256 hashes of the one-time enrolment code and of the device token.
-- scan is the log of every scan, refused ones too. Its unique nonce makes a retried request a replay: the
-- first answer is returned and nothing is written again.
-- presence is one row per badge and day (scan_day), the admission row: its primary key (badge_uid, scan_day) lets the
-- database itself admit a single-entry badge once a day, however many gates scan it at the same moment;
-- inside says whether the badge is in the hall hall_id now, so the live count of a hall is the number of
-- rows inside and can neither count a retry twice nor go below zero.

CREATE TABLE gate (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL,
    event_id     BIGINT        NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name_zh      VARCHAR(100)  NOT NULL,
    name_en      VARCHAR(200),
    hall_id      BIGINT,
    active       BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_gate_event_code UNIQUE (event_id, code),
    CONSTRAINT fk_gate_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_gate_hall FOREIGN KEY (hall_id) REFERENCES hall (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE gate_badge_type (
    gate_id        BIGINT  NOT NULL,
    badge_type_id  BIGINT  NOT NULL,
    PRIMARY KEY (gate_id, badge_type_id),
    CONSTRAINT fk_gate_badge_type_gate FOREIGN KEY (gate_id) REFERENCES gate (id) ON DELETE CASCADE,
    CONSTRAINT fk_gate_badge_type_type FOREIGN KEY (badge_type_id) REFERENCES badge_type (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE scan_device (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL,
    event_id               BIGINT        NOT NULL,
    gate_id                BIGINT        NOT NULL,
    name                   VARCHAR(100)  NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    enrolment_code_hash    VARCHAR(64),
    enrolment_expires_at   DATETIME(6),
    token_hash             VARCHAR(64),
    created_at             DATETIME(6)   NOT NULL,
    enrolled_at            DATETIME(6),
    revoked_at             DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_scan_device_enrolment UNIQUE (enrolment_code_hash),
    CONSTRAINT uq_scan_device_token UNIQUE (token_hash),
    CONSTRAINT fk_scan_device_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_scan_device_gate FOREIGN KEY (gate_id) REFERENCES gate (id),
    CONSTRAINT ck_scan_device_status CHECK (status IN ('PENDING', 'ENROLLED', 'REVOKED'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE scan (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    nonce              CHAR(36)      NOT NULL,
    event_id           BIGINT        NOT NULL,
    gate_id            BIGINT        NOT NULL,
    device_id          BIGINT,
    account_id         BIGINT,
    scanned_at         DATETIME(6)   NOT NULL,
    device_time        DATETIME(6),
    badge_uid          VARCHAR(24),
    direction          VARCHAR(3)    NOT NULL,
    result             VARCHAR(20)   NOT NULL,
    offline            BOOLEAN       NOT NULL,
    conflict           BOOLEAN       NOT NULL,
    first_admitted_at  DATETIME(6),
    first_gate_id      BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT uq_scan_nonce UNIQUE (nonce),
    CONSTRAINT fk_scan_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_scan_gate FOREIGN KEY (gate_id) REFERENCES gate (id),
    CONSTRAINT fk_scan_device FOREIGN KEY (device_id) REFERENCES scan_device (id),
    CONSTRAINT ck_scan_source CHECK (device_id IS NOT NULL OR account_id IS NOT NULL)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_scan_event_time ON scan (event_id, scanned_at);
CREATE INDEX ix_scan_badge ON scan (badge_uid);

CREATE TABLE presence (
    badge_uid        VARCHAR(24)   NOT NULL,
    scan_day         DATE          NOT NULL,
    event_id         BIGINT        NOT NULL,
    inside           BOOLEAN       NOT NULL,
    hall_id          BIGINT,
    last_in_at       DATETIME(6)   NOT NULL,
    last_in_gate_id  BIGINT        NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (badge_uid, scan_day),
    CONSTRAINT fk_presence_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_presence_event_day ON presence (event_id, scan_day, inside, hall_id);
