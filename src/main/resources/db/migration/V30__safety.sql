-- ExpoDesk schema, part 30: safety checklists, inspection targets, inspections with photos, rectifications and
-- contingency plans (预案).
-- Checklist templates are the product's, shared by every event, and never change once used: editing one saves
-- a new revision of the same family (family_key), so a past inspection keeps the exact items it was made with.
-- Items and answers are addressed by their position in the template revision.

CREATE TABLE safety_template (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    family_key      VARCHAR(40)   NOT NULL,
    revision        INT           NOT NULL,
    domain          VARCHAR(20)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    current_revision BOOLEAN      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_safety_template_revision UNIQUE (family_key, revision)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE safety_template_item (
    template_id     BIGINT        NOT NULL,
    position        INT           NOT NULL,
    text_zh         VARCHAR(300)  NOT NULL,
    text_en         VARCHAR(500)  NOT NULL,
    expected        VARCHAR(5)    NOT NULL,
    photo_required  BOOLEAN       NOT NULL,
    severity        VARCHAR(10)   NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT fk_safety_item_template FOREIGN KEY (template_id) REFERENCES safety_template (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What is inspected. Halls and booths point at the booth module's rows (kept when those go: the target stays
-- with its name); hotels, dining places and vehicles are named and described until their features exist.
-- Extinguishers and hydrants carry a position in their hall (metres from the west and north walls).
CREATE TABLE safety_target (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    event_id            BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    name                VARCHAR(120)  NOT NULL,
    description         VARCHAR(300),
    hall_id             BIGINT,
    booth_id            BIGINT,
    x_m                 DECIMAL(7,2),
    y_m                 DECIMAL(7,2),
    responsible_name    VARCHAR(60),
    responsible_mobile  VARCHAR(30),
    responsible_unit    VARCHAR(120),
    qr_token            VARCHAR(32)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_safety_target_token UNIQUE (qr_token),
    CONSTRAINT fk_safety_target_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_safety_target_hall FOREIGN KEY (hall_id) REFERENCES hall (id) ON DELETE SET NULL,
    CONSTRAINT fk_safety_target_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_safety_target_event_kind ON safety_target (event_id, kind);

-- A photo's bytes live on disk under the upload directory; the row names the file and what it holds.
CREATE TABLE safety_photo (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    stored_name     VARCHAR(80)   NOT NULL,
    content_type    VARCHAR(40)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    original_name   VARCHAR(200)  NOT NULL,
    uploaded_by     BIGINT        NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_safety_photo_stored_name UNIQUE (stored_name),
    CONSTRAINT fk_safety_photo_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- inspection_day is the date in the event's time zone, so "inspected today" needs no time arithmetic in SQL.
CREATE TABLE safety_inspection (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    version                 BIGINT        NOT NULL,
    event_id                BIGINT        NOT NULL,
    target_id               BIGINT        NOT NULL,
    template_id             BIGINT        NOT NULL,
    inspector_account_id    BIGINT        NOT NULL,
    inspector_name          VARCHAR(100)  NOT NULL,
    inspected_at            DATETIME(6)   NOT NULL,
    inspection_day          DATE          NOT NULL,
    outcome                 VARCHAR(10)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_safety_inspection_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_safety_inspection_target FOREIGN KEY (target_id) REFERENCES safety_target (id),
    CONSTRAINT fk_safety_inspection_template FOREIGN KEY (template_id) REFERENCES safety_template (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_safety_inspection_event_day ON safety_inspection (event_id, inspection_day);

CREATE TABLE safety_answer (
    inspection_id   BIGINT        NOT NULL,
    position        INT           NOT NULL,
    answer          VARCHAR(15)   NOT NULL,
    note            VARCHAR(500),
    photo_id        BIGINT,
    PRIMARY KEY (inspection_id, position),
    CONSTRAINT fk_safety_answer_inspection FOREIGN KEY (inspection_id) REFERENCES safety_inspection (id) ON DELETE CASCADE,
    CONSTRAINT fk_safety_answer_photo FOREIGN KEY (photo_id) REFERENCES safety_photo (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A failed item to put right by a deadline (stored in UTC, entered and shown in the event's time zone).
-- The item's text is copied so the list reads without the template; re-checks are its history.
CREATE TABLE safety_rectification (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL,
    event_id        BIGINT        NOT NULL,
    target_id       BIGINT        NOT NULL,
    inspection_id   BIGINT        NOT NULL,
    item_position   INT           NOT NULL,
    item_text_zh    VARCHAR(300)  NOT NULL,
    item_text_en    VARCHAR(500)  NOT NULL,
    severity        VARCHAR(10)   NOT NULL,
    finding         VARCHAR(500),
    owner_name      VARCHAR(60)   NOT NULL,
    owner_mobile    VARCHAR(30),
    owner_unit      VARCHAR(120),
    deadline_at     DATETIME(6)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    opened_at       DATETIME(6)   NOT NULL,
    closed_at       DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_safety_rect_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_safety_rect_target FOREIGN KEY (target_id) REFERENCES safety_target (id),
    CONSTRAINT fk_safety_rect_inspection FOREIGN KEY (inspection_id) REFERENCES safety_inspection (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_safety_rect_event_status ON safety_rectification (event_id, status, deadline_at);

CREATE TABLE safety_recheck (
    rectification_id    BIGINT        NOT NULL,
    position            INT           NOT NULL,
    checked_at          DATETIME(6)   NOT NULL,
    passed              BOOLEAN       NOT NULL,
    note                VARCHAR(500),
    photo_id            BIGINT,
    checked_by          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (rectification_id, position),
    CONSTRAINT fk_safety_recheck_rect FOREIGN KEY (rectification_id) REFERENCES safety_rectification (id) ON DELETE CASCADE,
    CONSTRAINT fk_safety_recheck_photo FOREIGN KEY (photo_id) REFERENCES safety_photo (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Contingency plans: one per incident kind and event, with the people to call and the ordered steps.
CREATE TABLE safety_plan (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL,
    event_id    BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    title_zh    VARCHAR(100)  NOT NULL,
    title_en    VARCHAR(200)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_safety_plan_event_kind UNIQUE (event_id, kind),
    CONSTRAINT fk_safety_plan_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE safety_plan_step (
    plan_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    text_zh     VARCHAR(400)  NOT NULL,
    text_en     VARCHAR(600)  NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_safety_step_plan FOREIGN KEY (plan_id) REFERENCES safety_plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE safety_plan_contact (
    plan_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    role        VARCHAR(100)  NOT NULL,
    mobile      VARCHAR(30)   NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_safety_contact_plan FOREIGN KEY (plan_id) REFERENCES safety_plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
