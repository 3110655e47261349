-- A supplement (增刊) of a series is numbered apart: 增刊第 1 期 besides 第 13 期 in the same year. The serial
-- number (苏简字 N 号) stays one counter for the series, supplements included.
alter table issue add column supplement boolean not null default false;
alter table issue drop constraint issue_series_id_year_number_in_year_key;
alter table issue add constraint issue_number_in_year_key unique (series_id, year, supplement, number_in_year);

alter table issue_number_counter add column supplement boolean not null default false;
alter table issue_number_counter drop constraint issue_number_counter_pkey;
alter table issue_number_counter add primary key (series_id, year, supplement);
