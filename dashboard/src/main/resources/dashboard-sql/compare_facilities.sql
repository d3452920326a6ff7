-- Compare: who the chosen facilities are (up to five CCNs; unused places are sent as '').
select
    d.ccn,
    d.provider_name,
    d.city,
    d.state
from {{ gold }}.dim_facility as d
where d.ccn in (:ccn1, :ccn2, :ccn3, :ccn4, :ccn5)
order by d.ccn
