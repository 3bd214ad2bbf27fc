-- Karta Krakowska, the city card, as a clerk confirmed it: the card's number and the last day
-- it is valid. Its holder pays the resident price of period tickets (issue 13). A card number
-- belongs to one account; a clerk who sees the card and its holder confirms it again to move it.
CREATE TABLE cards (
    account_id        INTEGER NOT NULL PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    number            TEXT    NOT NULL UNIQUE, -- digits only
    valid_until       TEXT    NOT NULL,        -- YYYY-MM-DD, the last day (Kraków time)
    confirmed_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    confirmed_by_name TEXT    NOT NULL,
    office            TEXT    NOT NULL,
    confirmed_at      INTEGER NOT NULL
);
