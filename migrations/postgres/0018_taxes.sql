-- Local taxes as the city's tax system sends them (it stays the source of truth): taxpayers,
-- liabilities (property and vehicle tax: the year's amount from the decision), waste-fee
-- declarations, payments; every row keyed by the tax system's own id, so a file imported
-- again changes nothing. A taxpayer is found for an account through the keyed hash of the
-- PESEL (the identity key, outside the database), never the PESEL itself.
CREATE TABLE tax_payers (
    id           BIGSERIAL PRIMARY KEY,
    ext_id       TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    person       TEXT NOT NULL,
    pesel_masked TEXT NOT NULL,
    account      TEXT NOT NULL, -- NRB, 26 digits, checked
    updated_at   BIGINT NOT NULL
);
CREATE INDEX tax_payers_person ON tax_payers(person);

CREATE TABLE tax_liabilities (
    id       BIGSERIAL PRIMARY KEY,
    ext_id   TEXT NOT NULL UNIQUE,
    payer_id BIGINT NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('property', 'vehicle')),
    year     BIGINT NOT NULL,
    amount   BIGINT NOT NULL -- grosze
);
CREATE INDEX tax_liabilities_payer ON tax_liabilities(payer_id, year);

CREATE TABLE tax_waste (
    id           BIGSERIAL PRIMARY KEY,
    ext_id       TEXT NOT NULL UNIQUE,
    payer_id     BIGINT NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    from_year    BIGINT NOT NULL,
    from_month   BIGINT NOT NULL,
    residents    BIGINT NOT NULL,
    sorted       BIGINT NOT NULL,
    large_family BIGINT NOT NULL
);
CREATE INDEX tax_waste_payer ON tax_waste(payer_id);

CREATE TABLE tax_payments (
    id        BIGSERIAL PRIMARY KEY,
    ext_id    TEXT NOT NULL UNIQUE,
    payer_id  BIGINT NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    paid_on   TEXT NOT NULL, -- YYYY-MM-DD
    amount    BIGINT NOT NULL,
    channel   TEXT NOT NULL CHECK (channel IN ('bank', 'cash', 'portal')),
    liability TEXT -- the ext_id of the liability it names, if any
);
CREATE INDEX tax_payments_payer ON tax_payments(payer_id, paid_on);

-- Every import: what, how many lines, how many rows it changed, by whom or by the feed.
CREATE TABLE tax_imports (
    id         BIGSERIAL PRIMARY KEY,
    kind       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    lines      BIGINT NOT NULL,
    changed    BIGINT NOT NULL,
    by_user    BIGINT REFERENCES users(id) ON DELETE SET NULL,
    via        TEXT NOT NULL CHECK (via IN ('upload', 'api')),
    at         BIGINT NOT NULL
);
