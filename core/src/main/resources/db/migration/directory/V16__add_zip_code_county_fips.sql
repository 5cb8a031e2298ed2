-- The 5-digit county FIPS code of each ZIP (state FIPS + GeoNames' county code), loaded by V17; null where unknown.
alter table zip_code add column county_fips char(5) check (county_fips ~ '^[0-9]{5}$');
create index zip_code_county_fips on zip_code (county_fips);
