-- The national (resident-day weighted) value of one metric in a quarter: the States page's national line.
select n.{{ metric }} as value
from {{ gold }}.agg_national_quarter as n
where n.quarter = :quarter
