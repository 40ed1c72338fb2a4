-- ExpoDesk schema: the preparation countdown (倒排工期). Tasks of an event with an owner (person and unit),
-- dates in the event's time zone, finish-to-start dependencies, and templates relative to opening day.

CREATE TABLE countdown_task (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL,
    event_id         BIGINT        NOT NULL,
    title_zh         VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(300),
    workstream       VARCHAR(30)   NOT NULL,
    owner_person_id  BIGINT,
    owner_unit_id    BIGINT,
    start_date       DATE          NOT NULL,
    deadline         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    progress         INT           NOT NULL,
    -- the day (event's time zone) the task was marked done: the daily summary lists what was done that day
    done_on          DATE,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_task_person FOREIGN KEY (owner_person_id) REFERENCES person (id),
    CONSTRAINT fk_task_unit FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_task_dates CHECK (deadline >= start_date),
    CONSTRAINT ck_task_progress CHECK (progress BETWEEN 0 AND 100)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_task_event_deadline ON countdown_task (event_id, deadline);

-- task_id starts only after depends_on_id has finished (finish-to-start); both of one event.
CREATE TABLE countdown_task_dependency (
    task_id        BIGINT  NOT NULL,
    depends_on_id  BIGINT  NOT NULL,
    PRIMARY KEY (task_id, depends_on_id),
    CONSTRAINT fk_dependency_task FOREIGN KEY (task_id) REFERENCES countdown_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_dependency_on FOREIGN KEY (depends_on_id) REFERENCES countdown_task (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE countdown_template (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL,
    name_zh          VARCHAR(200)  NOT NULL,
    name_en          VARCHAR(300),
    source_event_id  BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_template_event FOREIGN KEY (source_event_id) REFERENCES expo_event (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One task of a template: starts start_offset days from opening day (negative before), lasts duration_days.
-- depends_on lists the positions (in this template) of the items it follows, e.g. "0,3": a template is
-- copied as a whole, so positions are its only identity.
CREATE TABLE countdown_template_item (
    template_id    BIGINT        NOT NULL,
    position       INT           NOT NULL,
    title_zh       VARCHAR(200)  NOT NULL,
    title_en       VARCHAR(300),
    workstream     VARCHAR(30)   NOT NULL,
    start_offset   INT           NOT NULL,
    duration_days  INT           NOT NULL,
    depends_on     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT fk_item_template FOREIGN KEY (template_id) REFERENCES countdown_template (id) ON DELETE CASCADE,
    CONSTRAINT ck_item_duration CHECK (duration_days >= 1)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The hour (event's time zone) of each event's daily summary; events without a row use 20:00.
CREATE TABLE daily_summary_setting (
    event_id      BIGINT  NOT NULL,
    version       BIGINT  NOT NULL,
    summary_hour  INT     NOT NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_summary_setting_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_summary_hour CHECK (summary_hour BETWEEN 0 AND 23)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The composed summary of one event's day, as JSON sections (message keys, figures and bilingual lines),
-- so it reads in either language later. Unique per event and day: with two application instances the
-- second insert fails and that instance leaves the first one's summary alone.
CREATE TABLE daily_summary (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    event_id     BIGINT       NOT NULL,
    summary_day  DATE         NOT NULL,
    composed_at  DATETIME(6)  NOT NULL,
    sections     LONGTEXT     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_daily_summary_day UNIQUE (event_id, summary_day),
    CONSTRAINT fk_daily_summary_event FOREIGN KEY (event_id) REFERENCES expo_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
