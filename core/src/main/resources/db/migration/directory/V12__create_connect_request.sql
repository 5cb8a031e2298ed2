-- CONNECT n: a volunteer asks a listed congregation, privately, to share its contact. Neither
-- address is ever shown to the other side; the congregation's contact reaches the volunteer only
-- after its YES. Rows are erased by DELETE MY DATA of either side; an ask older than 7 days has expired.
create table connect_request (
    id                bigserial   primary key,
    congregation_id   bigint      not null references congregation (id) on delete cascade,
    volunteer_channel text        not null check (volunteer_channel in ('SMS', 'DISCORD', 'WEB')),
    volunteer_address text        not null,
    contact_channel   text        not null check (contact_channel in ('SMS', 'DISCORD')),
    contact_address   text        not null,
    zip               char(5)     not null,
    status            text        not null check (status in ('asked', 'accepted', 'declined')),
    created_at        timestamptz not null,
    answered_at       timestamptz
);
create index connect_request_volunteer on connect_request (volunteer_channel, volunteer_address, created_at);
create index connect_request_contact on connect_request (contact_channel, contact_address, created_at);
create index connect_request_congregation on connect_request (congregation_id, created_at);
