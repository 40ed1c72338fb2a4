-- ExpoDesk schema, part 15: the programme of an event (docs/programme.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- programme_place: the event's own named places besides its halls: meeting rooms and outside addresses.
-- programme_session: start_at / end_at are UTC instants; forms and prints show them in the event's time zone.
-- A session's place is a hall of the booth module (place_hall_id) or a named place (place_id), never both.
-- The place's and the host unit's names are kept with the session as printed: the public page, the .ics
-- calendars and the PDFs read only this module. hall_id and host_unit_id carry no foreign key on purpose:
-- removing a hall or a unit belongs to its own module, and the programme keeps its printed names.
-- conflicts_kept_by / _at: the organiser who knowingly saved the session with conflicts (NULL when none).
-- programme_session_person: speakers and participants in order, with a VIP flag and the name as printed.
-- programme_calendar_token: the unguessable token of one person's .ics calendar in one event.

CREATE TABLE programme_place (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200),
    address     VARCHAR(300),
    capacity    INT,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_programme_place_name UNIQUE (event_id, name_zh),
    CONSTRAINT fk_programme_place_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_programme_place_kind CHECK (kind IN ('ROOM', 'OUTSIDE'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE programme_session (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    event_id            BIGINT        NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    title_zh            VARCHAR(200)  NOT NULL,
    title_en            VARCHAR(300),
    description_zh      VARCHAR(2000),
    description_en      VARCHAR(3000),
    start_at            DATETIME(6)   NOT NULL,
    end_at              DATETIME(6)   NOT NULL,
    place_kind          VARCHAR(20)   NOT NULL,
    place_hall_id       BIGINT,
    place_id            BIGINT,
    place_name_zh       VARCHAR(100)  NOT NULL,
    place_name_en       VARCHAR(200),
    place_address       VARCHAR(300),
    host_unit_id        BIGINT,
    host_unit_name_zh   VARCHAR(100),
    host_unit_name_en   VARCHAR(200),
    public_session      BOOLEAN       NOT NULL,
    dress_code          VARCHAR(100),
    notes               VARCHAR(2000),
    conflicts_kept_by   VARCHAR(100),
    conflicts_kept_at   DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_programme_session_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_programme_session_place FOREIGN KEY (place_id) REFERENCES programme_place (id),
    CONSTRAINT ck_programme_session_times CHECK (end_at > start_at),
    CONSTRAINT ck_programme_session_place CHECK ((place_kind = 'HALL' AND place_hall_id IS NOT NULL AND place_id IS NULL)
                                              OR (place_kind IN ('ROOM', 'OUTSIDE') AND place_hall_id IS NULL AND place_id IS NOT NULL))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_programme_session_event_start ON programme_session (event_id, start_at);

CREATE TABLE programme_session_person (
    session_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    person_id   BIGINT       NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    vip         BOOLEAN      NOT NULL,
    name_zh     VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(120),
    title       VARCHAR(100),
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_programme_session_person_session FOREIGN KEY (session_id) REFERENCES programme_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_programme_session_person_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_programme_session_person_role CHECK (role IN ('SPEAKER', 'PARTICIPANT'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_programme_session_person ON programme_session_person (person_id);

CREATE TABLE programme_calendar_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_programme_calendar_token UNIQUE (token),
    CONSTRAINT uq_programme_calendar_person UNIQUE (event_id, person_id),
    CONSTRAINT fk_programme_calendar_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_programme_calendar_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
