-- The loaded quarters, oldest first (every quarter with PBJ data has a national row).
select quarter, facilities
from {{ gold }}.agg_national_quarter
where quarter is not null
order by quarter
