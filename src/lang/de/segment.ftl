# Segmente über Kunden, ihre Ansprechpartner und Interessenten (domain::segment_select, core::segment_people).
segment-kind-customer = Kunde
segment-kind-contact = Ansprechpartner
segment-kind-lead = Interessent
segment-selects-customers = Kunden
segment-selects-contacts = Ansprechpartner
segment-selects-leads = Interessenten
segment-selects-people = Personen
segment-selects-nobody = { $key } gilt für keine der { $selects }, die das Segment auswählt: es wählte niemanden aus
segment-member-contact-of = Ansprechpartner von Kunde { $customer }
segment-tui-by-kind = { $customers ->
    [one] 1 Kunde
   *[other] { $customers } Kunden
} · { $contacts ->
    [one] 1 Ansprechpartner
   *[other] { $contacts } Ansprechpartner
} · { $leads ->
    [one] 1 Interessent
   *[other] { $leads } Interessenten
}
cli-field-of = von
cli-field-selects = wählt aus
cli-field-customers = Kunden
cli-field-contacts = Ansprechpartner
cli-help-segment-add--selects = Was es auswählt: Kunden (customers, Vorgabe), Ansprechpartner (contacts), Interessenten (leads) oder Personen (people, alle drei)
cli-help-segment-edit--selects = Was es auswählt: Kunden (customers, Vorgabe), Ansprechpartner (contacts), Interessenten (leads) oder Personen (people, alle drei)
cli-help-segment-members--selects = Was es auswählt: Kunden (customers, Vorgabe), Ansprechpartner (contacts), Interessenten (leads) oder Personen (people, alle drei)
cli-help-segment-count--selects = Was es auswählt: Kunden (customers, Vorgabe), Ansprechpartner (contacts), Interessenten (leads) oder Personen (people, alle drei)
segment-tui-count-people = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
} (gefunden über { $plan })
segment-count-people = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
}: { $customers ->
    [one] 1 Kunde
   *[other] { $customers } Kunden
} · { $contacts ->
    [one] 1 Ansprechpartner
   *[other] { $contacts } Ansprechpartner
} · { $leads ->
    [one] 1 Interessent
   *[other] { $leads } Interessenten
} (gefunden über { $plan })
