-- The rest of a long SMS reply, sent one page at a time when the sender texts MORE.
create table sms_pending_page (
    address    text        primary key,
    language   text        not null,
    pages      text[]      not null,
    created_at timestamptz not null
);
