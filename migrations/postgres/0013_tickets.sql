-- The KMK tariff as dated data: each tariff is in force from its date (Kraków time) until the
-- next one's. The server writes the tariffs of ../shared/domain/krakow-facts.md into an empty
-- table at start (tickets::rules::seeded); clerks add and edit future tariffs only, and each
-- change is in the audit log with who made it.
CREATE TABLE tk_tariffs (
    id             BIGSERIAL PRIMARY KEY,
    effective_from TEXT    NOT NULL UNIQUE, -- YYYY-MM-DD
    created_at     BIGINT  NOT NULL
);

-- A tariff's prices: the normal fare of a product in its zones, at the resident price (with a
-- Karta Krakowska) or not. The reduced fare is half of it. A product missing is not sold.
CREATE TABLE tk_prices (
    tariff_id BIGINT  NOT NULL REFERENCES tk_tariffs(id) ON DELETE CASCADE,
    product   BIGINT  NOT NULL, -- konto_ticket::Product's code
    zones     BIGINT  NOT NULL, -- 1: zone I; 3: zones I, II and III
    resident  BIGINT  NOT NULL, -- 1: the price with a Karta Krakowska
    amount    BIGINT  NOT NULL, -- grosze
    confirmed BIGINT  NOT NULL, -- 0: carried over from an earlier tariff, to be checked
    PRIMARY KEY (tariff_id, product, zones, resident)
);
