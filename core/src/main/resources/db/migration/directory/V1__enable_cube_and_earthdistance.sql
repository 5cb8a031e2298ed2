-- Nearest-partner search measures great-circle distances with earthdistance (on cube) in SQL.
create extension if not exists cube;
create extension if not exists earthdistance;
