-- ExpoDesk schema, part 5: exhibitor companies registered for an event, and every change of their registration.
-- One company registers once per event: the unified social credit code is unique per event in the database itself.
-- account_id is the EXHIBITOR account created with the registration (null for a company the office imported
-- before it has an account).

CREATE TABLE exhibitor (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    version                 BIGINT         NOT NULL,
    event_id                BIGINT         NOT NULL,
    account_id              BIGINT,
    name_zh                 VARCHAR(200)   NOT NULL,
    name_en                 VARCHAR(300),
    credit_code             CHAR(18)       NOT NULL,
    address                 VARCHAR(300)   NOT NULL,
    contact_name            VARCHAR(60)    NOT NULL,
    mobile                  VARCHAR(30)    NOT NULL,
    email                   VARCHAR(150),
    products                VARCHAR(1000)  NOT NULL,
    category                VARCHAR(30)    NOT NULL,
    famous_brand            BOOLEAN        NOT NULL,
    famous_brand_evidence   VARCHAR(1000),
    local_enterprise        BOOLEAN        NOT NULL,
    wish_kind               VARCHAR(20),
    wish_area_m2            DECIMAL(9,2),
    wish_booth_1            VARCHAR(30),
    wish_booth_2            VARCHAR(30),
    wish_booth_3            VARCHAR(30),
    staff_count             INT            NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    status_reason           VARCHAR(500),
    submitted_at            DATETIME(6)    NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    updated_at              DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_exhibitor_event_credit_code UNIQUE (event_id, credit_code),
    CONSTRAINT uq_exhibitor_account_event UNIQUE (account_id, event_id),
    CONSTRAINT fk_exhibitor_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT fk_exhibitor_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_exhibitor_staff CHECK (staff_count >= 0)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_exhibitor_event_status ON exhibitor (event_id, status);

-- Who moved a registration from which status to which, when and why. from_status is null for the submission.
CREATE TABLE exhibitor_status_change (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    exhibitor_id        BIGINT        NOT NULL,
    from_status         VARCHAR(20),
    to_status           VARCHAR(20)   NOT NULL,
    reason              VARCHAR(500),
    changed_by_account  BIGINT,
    changed_by_name     VARCHAR(120)  NOT NULL,
    changed_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id) ON DELETE CASCADE,
    CONSTRAINT fk_status_change_account FOREIGN KEY (changed_by_account) REFERENCES user_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_status_change_exhibitor ON exhibitor_status_change (exhibitor_id, changed_at);
