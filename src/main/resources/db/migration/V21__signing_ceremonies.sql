-- ExpoDesk schema, part 21: signing ceremonies (docs/ceremonies.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- signing_ceremony: one per programme session of kind SIGNING_CEREMONY; its version guards the order of deals
-- and witnesses as a whole (every change bumps it). table_count signing tables on stage: deals sign in rounds.
-- signing_ceremony_deal: the deals in signing order (position 0, 1, …). A deal is signed at one ceremony only
-- (unique deal_id). Deleting a deal removes it from its ceremony (cascade); the gap it leaves is skipped.
-- signing_ceremony_witness: leaders on stage in order of rank, with the name and title printed on name cards.

CREATE TABLE signing_ceremony (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    event_id          BIGINT       NOT NULL,
    session_id        BIGINT       NOT NULL,
    table_count       INT          NOT NULL,
    minutes_per_deal  INT          NOT NULL,
    opening_minutes   INT          NOT NULL,
    closing_minutes   INT          NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_signing_ceremony_session UNIQUE (session_id),
    CONSTRAINT fk_signing_ceremony_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_signing_ceremony_session FOREIGN KEY (session_id) REFERENCES programme_session (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE signing_ceremony_deal (
    ceremony_id  BIGINT  NOT NULL,
    position     INT     NOT NULL,
    deal_id      BIGINT  NOT NULL,
    PRIMARY KEY (ceremony_id, position),
    CONSTRAINT uq_signing_ceremony_deal UNIQUE (deal_id),
    CONSTRAINT fk_signing_ceremony_deal_ceremony FOREIGN KEY (ceremony_id) REFERENCES signing_ceremony (id) ON DELETE CASCADE,
    CONSTRAINT fk_signing_ceremony_deal_deal FOREIGN KEY (deal_id) REFERENCES deal (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE signing_ceremony_witness (
    ceremony_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    person_id    BIGINT        NOT NULL,
    name_zh      VARCHAR(60)   NOT NULL,
    name_en      VARCHAR(120),
    title        VARCHAR(100),
    PRIMARY KEY (ceremony_id, position),
    CONSTRAINT fk_signing_ceremony_witness_ceremony FOREIGN KEY (ceremony_id) REFERENCES signing_ceremony (id) ON DELETE CASCADE,
    CONSTRAINT fk_signing_ceremony_witness_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
