-- Staging holds one batch at a time: clear whatever an earlier or interrupted batch left behind.
delete from {{ silver }}.stg_pbj_daily
