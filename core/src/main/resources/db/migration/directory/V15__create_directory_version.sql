-- A number that moves with every committed change to the congregation table, so that answers built
-- from the listings alone (the map's GeoJSON, ZIP answers) can be cached per version by every
-- instance. The one row is updated in the changing transaction (statement-level trigger): readers see
-- a new version only once the change it stands for is visible. Its values come from a sequence, so a
-- version is never given twice, even if the row is lost (a test truncating tables): readers that find
-- no row build their answer afresh and cache nothing.
create sequence directory_version_seq;

create table directory_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into directory_version (id, version) values (1, nextval('directory_version_seq'));

create function directory_version_bump() returns trigger language plpgsql as $$
begin
    insert into directory_version (id, version) values (1, nextval('directory_version_seq'))
        on conflict (id) do update set version = excluded.version;
    return null;
end
$$;

create trigger congregation_changed after insert or update or delete or truncate on congregation
    for each statement execute function directory_version_bump();
