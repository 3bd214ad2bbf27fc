-- Tickets as issued: one per paid order (the order's UNIQUE makes a second impossible however
-- often the notification arrives). The token is what the QR code and the typed code carry.
CREATE TABLE tk_tickets (
    id           BIGSERIAL PRIMARY KEY,
    order_id     BIGINT NOT NULL UNIQUE REFERENCES pay_orders(id),
    account_id   BIGINT REFERENCES users(id) ON DELETE SET NULL,
    product      BIGINT NOT NULL,
    zones        BIGINT NOT NULL,
    resident     BIGINT NOT NULL,
    entitlement  BIGINT NOT NULL, -- 0: normal fare
    vehicle      TEXT,
    line         BIGINT,
    holder       TEXT,           -- the holder's name as printed (period tickets)
    amount       BIGINT NOT NULL, -- grosze, as bought
    valid_from   BIGINT NOT NULL,
    valid_until  BIGINT NOT NULL,
    key_id       BIGINT NOT NULL,
    token        BYTEA   NOT NULL,
    issued_at    BIGINT NOT NULL,
    refunded_at  BIGINT
);
CREATE INDEX tk_tickets_account ON tk_tickets(account_id, valid_until);

-- The revocation list: refunded tickets, numbered in the order they were revoked, so an
-- inspector's app downloads only what is newer than what it holds.
CREATE TABLE tk_revocations (
    version    BIGSERIAL PRIMARY KEY,
    ticket_id  BIGINT NOT NULL UNIQUE REFERENCES tk_tickets(id),
    key_id     BIGINT NOT NULL,
    revoked_at BIGINT NOT NULL
);
