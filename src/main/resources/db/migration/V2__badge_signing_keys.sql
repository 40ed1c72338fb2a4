-- ExpoDesk schema, part 2: the per-event Ed25519 keys that sign badge codes (docs/badge-code.md).
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- key_id is small and counted per event (1, 2, ... 255 after rotations): it travels in every badge code as
-- one byte, and since the code also carries the event, (event_id, key_id) names the key. A global id would
-- need more bytes per code and would let a key of one event be looked up for the claims of another.
-- The private key is stored only sealed with AES-256-GCM under the master key expodesk.badge.key-encryption-key
-- (scheme byte | 12-byte nonce | 32-byte encrypted seed | 16-byte tag); the public key is the raw 32 bytes.
-- active_event_id is event_id while the key is ACTIVE and NULL once RETIRED: its unique index lets the database
-- itself guarantee one active key per event, even when two requests create or rotate keys at the same moment
-- (MySQL has no partial unique index; NULLs never collide in a unique index in MySQL, MariaDB or H2).

CREATE TABLE badge_signing_key (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    version                BIGINT         NOT NULL,
    event_id               BIGINT         NOT NULL,
    key_id                 INT            NOT NULL,
    public_key             VARBINARY(32)  NOT NULL,
    encrypted_private_key  VARBINARY(128) NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    active_event_id        BIGINT         NULL,
    created_at             DATETIME(6)    NOT NULL,
    retired_at             DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_badge_key_event_key UNIQUE (event_id, key_id),
    CONSTRAINT uq_badge_key_one_active UNIQUE (active_event_id),
    CONSTRAINT fk_badge_key_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_badge_key_id CHECK (key_id BETWEEN 1 AND 255),
    CONSTRAINT ck_badge_key_status CHECK ((status = 'ACTIVE' AND active_event_id = event_id AND retired_at IS NULL)
                                       OR (status = 'RETIRED' AND active_event_id IS NULL AND retired_at IS NOT NULL))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
