# Segments over customers, their contacts and leads (domain::segment_select, core::segment_people).
segment-kind-customer = customer
segment-kind-contact = contact
segment-kind-lead = lead
segment-selects-customers = customers
segment-selects-contacts = contacts
segment-selects-leads = leads
segment-selects-people = people
segment-selects-nobody = { $key } applies to none of the { $selects } the segment selects: it would select nobody
segment-member-contact-of = contact of customer { $customer }
segment-tui-by-kind = { $customers ->
    [one] 1 customer
   *[other] { $customers } customers
} · { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
} · { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
}
cli-field-of = of
cli-field-selects = selects
cli-field-customers = customers
cli-field-contacts = contacts
cli-help-segment-add--selects = What it selects: customers (the default), contacts, leads or people (all three)
cli-help-segment-edit--selects = What it selects: customers (the default), contacts, leads or people (all three)
cli-help-segment-members--selects = What it selects: customers (the default), contacts, leads or people (all three)
cli-help-segment-count--selects = What it selects: customers (the default), contacts, leads or people (all three)
segment-tui-count-people = { $count ->
    [one] 1 member
   *[other] { $count } members
} (found by { $plan })
segment-count-people = { $count ->
    [one] 1 member
   *[other] { $count } members
}: { $customers ->
    [one] 1 customer
   *[other] { $customers } customers
} · { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
} · { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
} (found by { $plan })
