-- Logs every valid row of a dataset that loses its natural key to a row of another file, before the MERGE changes
-- Silver: rows of this batch beaten by a later file in the batch, rows in Silver that this batch replaces, and rows
-- of this batch that a later file already in Silver beats. A later file (greater precedence) supersedes an earlier
-- one, so the outcome does not depend on the order files arrive in. Insert-only on its key: a retry adds nothing.
-- One statement for every dataset: manifest.yaml runs it once per Silver table ({{ table }}, staged in
-- {{ staging_table }}), and the natural_key and same_natural_key macros spell out that table's key as declared in
-- sql/tables/silver.yaml.
merge into {{ silver }}.superseded_rows as t
using (
    with winners as (
        select *
        from {{ silver }}.{{ staging_table }}
        where batch_id = {{ batch_id }} and reject_reason is null and batch_rank = 1
    ),

    batch_losers as (
        select
            {{ natural_key(s) }} as natural_key,
            s.file_id as superseded_file_id,
            s.line_number as superseded_line_number,
            w.file_id as by_file_id,
            w.line_number as by_line_number
        from {{ silver }}.{{ staging_table }} as s
        join winners as w on {{ same_natural_key(w, s) }}
        where s.batch_id = {{ batch_id }} and s.reject_reason is null and s.batch_rank > 1
    ),

    replaced_in_silver as (
        select
            {{ natural_key(t) }} as natural_key,
            t.file_id as superseded_file_id,
            t.line_number as superseded_line_number,
            s.file_id as by_file_id,
            s.line_number as by_line_number
        from {{ silver }}.{{ table }} as t
        join winners as s on {{ same_natural_key(t, s) }}
        where s.precedence > t.precedence
    ),

    beaten_by_silver as (
        select
            {{ natural_key(s) }} as natural_key,
            s.file_id as superseded_file_id,
            s.line_number as superseded_line_number,
            t.file_id as by_file_id,
            t.line_number as by_line_number
        from {{ silver }}.{{ table }} as t
        join winners as s on {{ same_natural_key(t, s) }}
        where s.precedence < t.precedence
    ),

    all_superseded as (
        select * from batch_losers
        union all
        select * from replaced_in_silver
        union all
        select * from beaten_by_silver
    )

    select
        {{ dataset_id }} as dataset,
        a.natural_key,
        a.superseded_file_id,
        a.superseded_line_number,
        a.by_file_id,
        a.by_line_number,
        {{ batch_id }} as batch_id
    from all_superseded as a
) as s
on t.dataset = s.dataset
    and t.natural_key = s.natural_key
    and t.superseded_file_id = s.superseded_file_id
    and t.superseded_line_number = s.superseded_line_number
when not matched then insert (
    dataset, natural_key, superseded_file_id, superseded_line_number, by_file_id, by_line_number, batch_id
) values (
    s.dataset, s.natural_key, s.superseded_file_id, s.superseded_line_number, s.by_file_id, s.by_line_number,
    s.batch_id
)
