-- ExpoDesk schema, part 25: the exhibitor goals of an event that the dashboard measures against.
-- The county asks for at least 30 % famous-brand exhibitors; an event without a row uses that default.

CREATE TABLE exhibitor_target (
    event_id                    BIGINT        NOT NULL,
    famous_brand_share_percent  INT           NOT NULL,
    updated_at                  DATETIME(6)   NOT NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_exhibitor_target_event FOREIGN KEY (event_id) REFERENCES expo_event (id) ON DELETE CASCADE,
    CONSTRAINT ck_exhibitor_target_share CHECK (famous_brand_share_percent BETWEEN 0 AND 100)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
