-- States: the facilities most reliant on contract (agency) staff in a quarter, by contract share of all nurse hours.
select
    rank() over (order by r.total_contract_share desc) as rank,
    r.ccn,
    r.provider_name,
    r.state,
    r.total_contract_share,
    r.rn_contract_share,
    r.aide_contract_share,
    r.total_hprd
from {{ gold }}.rpt_facility_quarters as r
where r.quarter = :quarter and r.total_contract_share is not null
order by rank, r.ccn
limit {{ limit }}
