-- Every SMS Beloved sends: recorded before the Twilio call (so an unknown outcome is never retried
-- blindly), then reconciled by the returned sid and the status callbacks.
create table sms_outbound (
    id           bigserial   primary key,
    to_number    text        not null,
    body         text,
    status       text        not null,
    sid          text        unique,
    error_code   int,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index sms_outbound_to_number on sms_outbound (to_number);
