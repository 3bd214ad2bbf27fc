-- Open meetings and workshops of a consultation, with registration: the first `seats`
-- registrations standing (in the order made) have a seat, the others wait in that order, so
-- the waiting list moves up by itself when someone cancels. Expert duty hours in time slots,
-- one person per slot.
CREATE TABLE con_meetings (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,             -- meeting | workshop
    title           TEXT    NOT NULL,
    starts_at       BIGINT  NOT NULL,             -- Unix seconds
    ends_at         BIGINT  NOT NULL,
    place           TEXT    NOT NULL DEFAULT '',  -- the address; '' when only online
    online_url      TEXT    NOT NULL DEFAULT '',  -- https:// link; '' when only in a room
    step_free       BIGINT  NOT NULL DEFAULT 0,   -- the building's accessibility
    lift            BIGINT  NOT NULL DEFAULT 0,
    induction_loop  BIGINT  NOT NULL DEFAULT 0,
    sign_language   BIGINT  NOT NULL DEFAULT 0,   -- a PJM interpreter on request
    seats           BIGINT  NOT NULL,
    attended        BIGINT ,                      -- counted at the door, entered afterwards
    created_by      BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX con_meetings_consultation ON con_meetings(consultation_id, starts_at);

CREATE TABLE con_registrations (
    id              BIGSERIAL PRIMARY KEY, -- the order of registration
    meeting_id      BIGINT  NOT NULL REFERENCES con_meetings(id) ON DELETE CASCADE,
    account_id      BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    interpreter     BIGINT  NOT NULL DEFAULT 0,   -- asks for a PJM interpreter
    waited          BIGINT  NOT NULL DEFAULT 0,   -- was on the waiting list and not yet told of a seat
    created_at      BIGINT  NOT NULL,
    UNIQUE (meeting_id, account_id)
);
CREATE INDEX con_registrations_account ON con_registrations(account_id);

CREATE TABLE con_duty_slots (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    expert          TEXT    NOT NULL,             -- who is on duty (name and role)
    mode            TEXT    NOT NULL,             -- phone | in-person
    place           TEXT    NOT NULL DEFAULT '',
    starts_at       BIGINT  NOT NULL,
    ends_at         BIGINT  NOT NULL
);
CREATE INDEX con_duty_slots_consultation ON con_duty_slots(consultation_id, starts_at);

-- One person per slot (the primary key), and one slot per resident and consultation, so
-- that nobody takes every hour. Gone with the account, telephone number and all.
CREATE TABLE con_bookings (
    slot_id         BIGINT  PRIMARY KEY REFERENCES con_duty_slots(id) ON DELETE CASCADE,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    account_id      BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    phone           TEXT,                         -- the number the expert calls
    question        TEXT    NOT NULL DEFAULT '',  -- what the resident wants to talk about
    booked_at       BIGINT  NOT NULL,
    UNIQUE (consultation_id, account_id)
);

-- Notices about meetings name the meeting.
ALTER TABLE con_notices ADD COLUMN meeting_id BIGINT  REFERENCES con_meetings(id) ON DELETE CASCADE;
