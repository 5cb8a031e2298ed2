-- A bilingual webinar's Spanish title and description; empty when the webinar has one text for all.
alter table webinar add column title_es text not null default '' check (length(title_es) <= 200),
    add column description_es text not null default '';
