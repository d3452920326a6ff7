-- What a run did to the files of its batch, and what the warehouse now holds.
with batch_files as (
    select *
    from {{ gold }}.data_health
    where file_id in ({{ batch_file_ids }})
)

select
    (select count(*) from batch_files) as files,
    (select coalesce(sum(rows_in), 0) from batch_files) as rows_in,
    (select coalesce(sum(rows_kept), 0) from batch_files) as rows_kept,
    (select coalesce(sum(rows_rejected), 0) from batch_files) as rows_rejected,
    (select coalesce(sum(rows_superseded), 0) from batch_files) as rows_superseded,
    (select count(distinct ccn) from {{ gold }}.fct_facility_quarter) as facilities,
    (select count(distinct quarter) from {{ gold }}.fct_facility_quarter) as quarters
