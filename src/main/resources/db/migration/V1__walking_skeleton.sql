-- ExpoDesk schema, part 1: events, organisation units, persons and user accounts.
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
-- Tables use utf8mb4_unicode_520_ci: the older utf8mb4_unicode_ci and MariaDB's default general_ci treat
-- every emoji and other supplementary character as equal, so a search for one would find them all.

CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL,
    name_zh       VARCHAR(60)  NOT NULL,
    name_en       VARCHAR(120),
    title         VARCHAR(100),
    organisation  VARCHAR(200),
    mobile        VARCHAR(30),
    office_phone  VARCHAR(30),
    email         VARCHAR(150),
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_person_mobile ON person (mobile);
CREATE INDEX ix_person_name_zh ON person (name_zh);

CREATE TABLE expo_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL,
    name_zh        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    edition        INT,
    start_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    time_zone      VARCHAR(60)  NOT NULL,
    venue_name_zh  VARCHAR(200),
    venue_name_en  VARCHAR(200),
    venue_address  VARCHAR(300),
    status         VARCHAR(30)  NOT NULL,
    archived_at    DATETIME(6) NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_event_dates CHECK (end_date >= start_date)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_event_start ON expo_event (start_date);

CREATE TABLE org_unit (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL,
    parent_id          BIGINT,
    name_zh            VARCHAR(100) NOT NULL,
    name_en            VARCHAR(200),
    kind               VARCHAR(30)  NOT NULL,
    sort_order         INT          NOT NULL,
    leader_person_id   BIGINT,
    liaison_person_id  BIGINT,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT fk_unit_leader FOREIGN KEY (leader_person_id) REFERENCES person (id),
    CONSTRAINT fk_unit_liaison FOREIGN KEY (liaison_person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE user_account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    username          VARCHAR(80)  NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    person_id         BIGINT,
    enabled           BOOLEAN      NOT NULL,
    locale            VARCHAR(20),
    current_event_id  BIGINT,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    last_login_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_account_current_event FOREIGN KEY (current_event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE user_account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE user_account_event (
    account_id  BIGINT NOT NULL,
    event_id    BIGINT NOT NULL,
    PRIMARY KEY (account_id, event_id),
    CONSTRAINT fk_account_event_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_event_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
