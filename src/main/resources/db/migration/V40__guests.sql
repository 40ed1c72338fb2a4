-- ExpoDesk schema, part 40: guests, invitation campaigns and RSVP answers (docs/guests.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- guest: the profile of a person (person_id) as a guest of one event. Names, organisation and contacts are kept
-- as written for this event (letters and the RSVP page read them without the person module); the person record
-- stays the one record of the human. merged_into_id: set when the office merged this duplicate into another guest;
-- the row is kept so nothing of its history is lost. The RSVP answer and travel live here: one answer per guest and
-- event. arrival_at / departure_at are UTC instants, shown in the event's time zone.
-- guest_campaign: invitations sent together ("about 50 merchants from Fujian") with a target and a deadline (UTC).
-- guest_invitation: one guest in one campaign; a guest is invited once per event. token_hash is the SHA-256 of the
-- guest's secret RSVP link (the link itself is never stored); a new link replaces the old one.
-- guest_history: who did what when (status changes, answers, merges, edits); merges move rows to the kept guest.

CREATE TABLE guest_campaign (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL,
    event_id          BIGINT        NOT NULL,
    name_zh           VARCHAR(100)  NOT NULL,
    name_en           VARCHAR(200),
    target_count      INT           NOT NULL,
    inviting_unit_id  BIGINT,
    rsvp_deadline     DATETIME(6),
    programme_zh      VARCHAR(2000),
    programme_en      VARCHAR(3000),
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_guest_campaign_name UNIQUE (event_id, name_zh),
    CONSTRAINT fk_guest_campaign_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_guest_campaign_target CHECK (target_count >= 0)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE guest (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL,
    event_id              BIGINT        NOT NULL,
    person_id             BIGINT        NOT NULL,
    name_zh               VARCHAR(60)   NOT NULL,
    name_en               VARCHAR(120),
    title                 VARCHAR(100),
    organisation          VARCHAR(200),
    category              VARCHAR(20)   NOT NULL,
    origin                VARCHAR(100),
    mobile                VARCHAR(30),
    email                 VARCHAR(150),
    inviting_unit_id      BIGINT,
    inviting_unit_name    VARCHAR(100),
    companions            INT           NOT NULL,
    companion_names       VARCHAR(500),
    dietary               VARCHAR(300),
    accessibility         VARCHAR(300),
    notes                 VARCHAR(2000),
    hotel_wish            VARCHAR(300),
    rsvp_answer           VARCHAR(20)   NOT NULL,
    rsvp_at               DATETIME(6),
    arrival_mode          VARCHAR(10),
    arrival_number        VARCHAR(20),
    arrival_place         VARCHAR(100),
    arrival_at            DATETIME(6),
    departure_mode        VARCHAR(10),
    departure_number      VARCHAR(20),
    departure_place       VARCHAR(100),
    departure_at          DATETIME(6),
    merged_into_id        BIGINT,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_guest_person UNIQUE (event_id, person_id),
    CONSTRAINT fk_guest_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_guest_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_guest_merged_into FOREIGN KEY (merged_into_id) REFERENCES guest (id),
    CONSTRAINT ck_guest_category CHECK (category IN ('BUYER', 'MERCHANT', 'VIP', 'MEDIA', 'DELEGATION', 'OTHER')),
    CONSTRAINT ck_guest_answer CHECK (rsvp_answer IN ('NONE', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT ck_guest_companions CHECK (companions >= 0 AND companions <= 20),
    CONSTRAINT ck_guest_arrival_mode CHECK (arrival_mode IS NULL OR arrival_mode IN ('FLIGHT', 'TRAIN', 'CAR')),
    CONSTRAINT ck_guest_departure_mode CHECK (departure_mode IS NULL OR departure_mode IN ('FLIGHT', 'TRAIN', 'CAR'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_guest_event_mobile ON guest (event_id, mobile);
CREATE INDEX ix_guest_event_name ON guest (event_id, name_zh);
CREATE INDEX ix_guest_event_unit ON guest (event_id, inviting_unit_id);
CREATE INDEX ix_guest_event_arrival ON guest (event_id, arrival_at);

CREATE TABLE guest_invitation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    campaign_id     BIGINT        NOT NULL,
    guest_id        BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    token_hash      VARCHAR(64),
    token_issued_at DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_guest_invitation_guest UNIQUE (event_id, guest_id),
    CONSTRAINT uq_guest_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_guest_invitation_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_guest_invitation_campaign FOREIGN KEY (campaign_id) REFERENCES guest_campaign (id),
    CONSTRAINT fk_guest_invitation_guest FOREIGN KEY (guest_id) REFERENCES guest (id),
    CONSTRAINT ck_guest_invitation_status CHECK (status IN ('DRAFTED', 'SENT', 'OPENED', 'ACCEPTED', 'DECLINED', 'NO_ANSWER'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_guest_invitation_campaign ON guest_invitation (campaign_id, status);

CREATE TABLE guest_history (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    guest_id        BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    detail          VARCHAR(500),
    actor           VARCHAR(100)  NOT NULL,
    happened_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_guest_history_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_guest_history_guest FOREIGN KEY (guest_id) REFERENCES guest (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_guest_history_guest ON guest_history (guest_id, happened_at);
