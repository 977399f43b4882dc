# domain
# Datensatzarten, wie Meldungen sie nennen.
domain-kind-customer = Kunde
domain-kind-interaction = Kontakt
domain-kind-opportunity = Verkaufschance
domain-kind-item = Artikel
domain-kind-location = Lagerplatz
domain-kind-move = Lagerbewegung
domain-kind-stock-move = Lagerbewegung
domain-kind-bom = Stückliste
domain-kind-bom-capital = Stückliste
domain-kind-supplier = Lieferant
domain-kind-employee = Mitarbeiter
domain-kind-payslip = Lohnzettel
domain-kind-user = Benutzer
domain-kind-audit-entry = Protokolleintrag
domain-record = { $kind } { $id }

# Eingaben, die die Fachlogik ablehnt.
domain-unknown-choice = unbekannter Wert „{ $text }“ für { $field } (möglich: { $choices })
domain-date-invalid = „{ $text }“ ist kein Datum (TT.MM.JJJJ)
domain-date-outside-years = „{ $text }“ liegt außerhalb der Jahre { $first }–{ $last }
domain-instant-invalid = „{ $text }“ ist keine Uhrzeit (27.11.2026 09:30, 2026-11-27 09:30 oder 2026-11-27T09:30:00+01:00)
domain-duration-invalid = „{ $text }“ ist keine Dauer (z. B. 4m30s)
