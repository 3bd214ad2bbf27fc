-- Payments (app/src/payments), shared by every service that takes money. An order is what
-- the portal asked the provider to collect; the provider's notification, checked and then
-- confirmed with the provider, is the only thing that makes it paid (the buyer's return to
-- the portal proves nothing).
CREATE TABLE pay_orders (
    id                BIGSERIAL PRIMARY KEY,
    session_id        TEXT    NOT NULL UNIQUE, -- the provider's sessionId: ours, random
    account_id        BIGINT REFERENCES users(id) ON DELETE SET NULL,
    purpose           TEXT    NOT NULL, -- 'ticket' (local taxes next)
    item              TEXT    NOT NULL, -- what is bought, as the service wrote it (JSON)
    description       TEXT    NOT NULL,
    amount            BIGINT NOT NULL, -- grosze
    currency          TEXT    NOT NULL,
    email             TEXT    NOT NULL,
    -- new: not sent yet; pending: registered with the provider; paid: confirmed (verify);
    -- expired: not paid in time; refunded
    state             TEXT    NOT NULL,
    token             TEXT,
    provider_order_id BIGINT,           -- the provider's order id (64-bit)
    created_at        BIGINT NOT NULL,
    expires_at        BIGINT NOT NULL,
    paid_at           BIGINT,
    refunded_at       BIGINT
);
CREATE INDEX pay_orders_account ON pay_orders(account_id, created_at);
CREATE INDEX pay_orders_expiry ON pay_orders(state, expires_at);

-- What happened to orders that a clerk may need to see: notifications refused (and why),
-- confirmations that failed, refunds. Never a card number or a sign.
CREATE TABLE pay_events (
    id         BIGSERIAL PRIMARY KEY,
    order_id   BIGINT REFERENCES pay_orders(id) ON DELETE CASCADE,
    at         BIGINT NOT NULL,
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL
);

-- The sandbox provider (server/src/sandbox_p24.rs): a stand-in for Przelewy24 that speaks its
-- REST API v1 under /sandbox/p24, with its own merchant keys (data/keys/p24-sandbox.keys). Its
-- state is its own: the portal never reads these tables.
CREATE TABLE sandbox_p24 (
    token          TEXT    NOT NULL PRIMARY KEY,
    merchant_id    BIGINT NOT NULL,
    pos_id         BIGINT NOT NULL,
    session_id     TEXT    NOT NULL,
    amount         BIGINT NOT NULL,
    currency       TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    email          TEXT    NOT NULL,
    url_return     TEXT    NOT NULL,
    url_status     TEXT    NOT NULL,
    pay_by         BIGINT NOT NULL, -- the register call's timeLimit
    -- registered, paid, declined, verified
    state          TEXT    NOT NULL,
    order_id       BIGINT UNIQUE,
    refunded       BIGINT NOT NULL DEFAULT 0,
    attempts       BIGINT NOT NULL DEFAULT 0,
    next_notify_at BIGINT,
    created_at     BIGINT NOT NULL,
    UNIQUE (merchant_id, session_id)
);
CREATE INDEX sandbox_p24_due ON sandbox_p24(next_notify_at);
