-- Tickets as issued: one per paid order (the order's UNIQUE makes a second impossible however
-- often the notification arrives). The token is what the QR code and the typed code carry.
CREATE TABLE tk_tickets (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id     INTEGER NOT NULL UNIQUE REFERENCES pay_orders(id),
    account_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    product      INTEGER NOT NULL,
    zones        INTEGER NOT NULL,
    resident     INTEGER NOT NULL,
    entitlement  INTEGER NOT NULL, -- 0: normal fare
    vehicle      TEXT,
    line         INTEGER,
    holder       TEXT,           -- the holder's name as printed (period tickets)
    amount       INTEGER NOT NULL, -- grosze, as bought
    valid_from   INTEGER NOT NULL,
    valid_until  INTEGER NOT NULL,
    key_id       INTEGER NOT NULL,
    token        BLOB   NOT NULL,
    issued_at    INTEGER NOT NULL,
    refunded_at  INTEGER
);
CREATE INDEX tk_tickets_account ON tk_tickets(account_id, valid_until);

-- The revocation list: refunded tickets, numbered in the order they were revoked, so an
-- inspector's app downloads only what is newer than what it holds.
CREATE TABLE tk_revocations (
    version    INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id  INTEGER NOT NULL UNIQUE REFERENCES tk_tickets(id),
    key_id     INTEGER NOT NULL,
    revoked_at INTEGER NOT NULL
);
