-- Every US ZIP code with its centroid, place and IANA time zone (data: core/src/main/resources/geodata, see NOTICE).
create table zip_code (
    zip        char(5)          primary key check (zip ~ '^[0-9]{5}$'),
    city       text             not null,
    state      char(2)          not null,
    county     text             not null,
    latitude   double precision not null check (latitude between -90 and 90),
    longitude  double precision not null check (longitude between -180 and 180),
    time_zone  text             not null
);
