-- ExpoDesk schema, part 20: investment deals (docs/ceremonies.md), the first records of the investment pipeline.
-- Written once for both databases: H2 in MySQL mode (embedded default) and MySQL 8 / MariaDB (utf8mb4).
--
-- amount_wan is in 万 (ten thousand) of the deal's currency, exactly, two decimals: 万元 for CNY, 万美元 for USD,
-- and so on. Foreign amounts are never converted; totals are kept per currency.
-- unit_name_zh / _en: the local party's names as printed; unit_id carries no foreign key, like the programme's host
-- unit (removing a unit belongs to the unit module, the deal keeps its printed name).
-- status is the deal's state on the day of signing; planned and signed deals count in the totals.

CREATE TABLE deal (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    version                   BIGINT         NOT NULL,
    event_id                  BIGINT         NOT NULL,
    project_zh                VARCHAR(200)   NOT NULL,
    project_en                VARCHAR(300),
    investor_zh               VARCHAR(200)   NOT NULL,
    investor_en               VARCHAR(300),
    investor_signatory        VARCHAR(60)    NOT NULL,
    investor_signatory_title  VARCHAR(100),
    unit_id                   BIGINT         NOT NULL,
    unit_name_zh              VARCHAR(100)   NOT NULL,
    unit_name_en              VARCHAR(200),
    local_signatory           VARCHAR(60)    NOT NULL,
    local_signatory_title     VARCHAR(100),
    industry                  VARCHAR(40)    NOT NULL,
    industry_other            VARCHAR(100),
    amount_wan                DECIMAL(14, 2) NOT NULL,
    currency                  VARCHAR(3)     NOT NULL,
    kind                      VARCHAR(20)    NOT NULL,
    status                    VARCHAR(20)    NOT NULL,
    created_at                DATETIME(6)    NOT NULL,
    updated_at                DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_event FOREIGN KEY (event_id) REFERENCES expo_event (id),
    CONSTRAINT ck_deal_amount CHECK (amount_wan > 0),
    CONSTRAINT ck_deal_kind CHECK (kind IN ('CONTRACT', 'AGREEMENT', 'LETTER_OF_INTENT')),
    CONSTRAINT ck_deal_status CHECK (status IN ('PLANNED', 'SIGNED', 'POSTPONED', 'WITHDRAWN'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_deal_event_unit ON deal (event_id, unit_id);
