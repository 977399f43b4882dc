# Interessenten (Leads): Personen und Firmen, die noch keine Kunden sind, ihr Ablauf und ihre Umwandlung.

## Domain
leads-kind-name = Interessent
leads-kind-person = Person
leads-kind-company = Firma
leads-status-new = neu
leads-status-contacted = kontaktiert
leads-status-qualified = qualifiziert
leads-status-converted = umgewandelt
leads-status-disqualified = disqualifiziert
leads-status-unknown = „{ $text }“ ist kein Interessenten-Status: { $names }
leads-name-required = ein Interessent braucht den Namen einer Person oder einer Firma
leads-company-required = ein Firmen-Interessent braucht den Firmennamen (--company)
leads-email-invalid = „{ $text }“ ist keine E-Mail-Adresse
leads-score-invalid = „{ $text }“ ist keine Bewertung: eine ganze Zahl von 0 bis 100
leads-reason-required = wer einen Interessenten disqualifiziert, nennt den Grund
leads-transition-refused = ein Interessent, der { $from } ist, kann nicht { $to } werden

## Core
leads-unknown = es gibt keinen Interessenten { $id }
leads-country-unknown = „{ $text }“ ist kein Land
leads-convert-instead = umgewandelt wird ein Interessent nur durch die Umwandlung: kontor lead convert
leads-use-disqualify = ein Interessent wird mit Grund disqualifiziert: kontor lead disqualify ID --reason …
leads-converted-stays = Interessent { $id } ist umgewandelt: seine Daten leben im Kunden weiter
leads-convert-status = Interessent { $id } ist { $status }: nur ein qualifizierter Interessent wird umgewandelt
leads-convert-duplicates = Interessent { $id } ist wahrscheinlich schon Kunde { $customers }: mit --link { $first } verknüpfen oder trotzdem mit --create --despite-duplicates einen Kunden anlegen

## CLI
leads-saved = Interessent { $id } gespeichert ({ $status })
leads-converted-created = Interessent { $id } umgewandelt: neuer Kunde { $customer }, Verkaufschance { $opportunity }
leads-converted-linked = Interessent { $id } zu Kunde { $customer } umgewandelt, Verkaufschance { $opportunity }
leads-contact-added = { $name } wurde als Ansprechpartner hinzugefügt
leads-no-duplicates = Interessent { $id } hat keine möglichen Dubletten
leads-convert-choose = Interessent { $id } hat mögliche Dubletten (oben): --link { $first } fügt ihn diesem Kunden hinzu, oder --create --despite-duplicates
leads-convert-choose-fresh = Interessent { $id } hat keine Dubletten unter den Kunden: --create legt einen Kunden an, oder --link KUNDE
leads-campaign-invalid = „{ $text }“ ist keine Kampagnen-Id

cli-kind-lead = Interessent

cli-field-company = Firma
cli-field-score = Bewertung
cli-field-source = Quelle
cli-field-medium = Medium
cli-field-first-touch = Erstkontakt
cli-field-last-touch = Letzter Kontakt
cli-field-converted-customer = Kunde
cli-field-converted-opportunity = Verkaufschance

cli-help-lead = Interessenten: anlegen, auflisten, anzeigen, ändern, Kontakt, Status, disqualifizieren, umwandeln, Dubletten
cli-help-lead-add = Einen Interessenten anlegen (Status neu); Quelle oder Kampagne sind sein Erstkontakt
cli-help-lead-add--name = Der Name der Person
cli-help-lead-add--company = Der Name der Firma
cli-help-lead-add--kind = person oder company [Standard: company, wenn --company angegeben ist]
cli-help-lead-add--email = Eine E-Mail-Adresse (mehrfach möglich)
cli-help-lead-add--phone = Eine Telefonnummer, gelesen im Land des Interessenten (mehrfach möglich)
cli-help-lead-add--city = Der Ort
cli-help-lead-add--postal-code = Die Postleitzahl
cli-help-lead-add--country = Das Land (Kürzel oder Name)
cli-help-lead-add--notes = Notizen
cli-help-lead-add--owner = Wer den Interessenten betreut
cli-help-lead-add--score = Die Bewertung, 0–100
cli-help-lead-add--campaign = Die Kampagne, aus der er kam (ihre Id)
cli-help-lead-add--source = Woher er kam (web, event, referral, cold-call, social, import, …)
cli-help-lead-add--medium = Das Medium (email, cpc, print, …)
cli-help-lead-list = Interessenten nach Id, gefiltert nach Status, Betreuer und Kampagne
cli-help-lead-list--status = Nur Interessenten mit diesem Status (new, contacted, qualified, converted, disqualified)
cli-help-lead-list--owner = Nur Interessenten dieses Betreuers
cli-help-lead-list--campaign = Nur Interessenten dieser Kampagne (ihre Id)
cli-help-lead-show = Ein Interessent mit Herkunft und dem, was aus ihm wurde
cli-help-lead-show--id = Die Id des Interessenten
cli-help-lead-edit = Die Daten eines Interessenten ändern (ein leerer Wert löscht ein Feld)
cli-help-lead-edit--id = Die Id des Interessenten
cli-help-lead-edit--name = Der Name der Person
cli-help-lead-edit--company = Der Name der Firma
cli-help-lead-edit--kind = person oder company
cli-help-lead-edit--email = Die E-Mail-Adressen (mehrfach möglich; ersetzt alle)
cli-help-lead-edit--phone = Die Telefonnummern (mehrfach möglich; ersetzt alle)
cli-help-lead-edit--city = Der Ort
cli-help-lead-edit--postal-code = Die Postleitzahl
cli-help-lead-edit--country = Das Land (Kürzel oder Name)
cli-help-lead-edit--notes = Notizen
cli-help-lead-edit--owner = Wer den Interessenten betreut
cli-help-lead-edit--score = Die Bewertung, 0–100
cli-help-lead-edit--campaign = Die Kampagne (ihre Id; leer löscht sie)
cli-help-lead-edit--source = Woher er kam
cli-help-lead-edit--medium = Das Medium
cli-help-lead-touch = Einen neuen Kontakt festhalten: der Interessent meldete sich wieder über eine Quelle
cli-help-lead-touch--id = Die Id des Interessenten
cli-help-lead-touch--source = Woher der Kontakt kam (web, event, referral, cold-call, social, …)
cli-help-lead-touch--medium = Das Medium (email, cpc, print, …)
cli-help-lead-touch--campaign = Die Kampagne dahinter (ihre Id) [Standard: die des Interessenten]
cli-help-lead-status = Einen Interessenten auf new, contacted oder qualified setzen
cli-help-lead-status--id = Die Id des Interessenten
cli-help-lead-status--status = Der neue Status: new, contacted oder qualified
cli-help-lead-disqualify = Einen Interessenten mit Grund disqualifizieren
cli-help-lead-disqualify--id = Die Id des Interessenten
cli-help-lead-disqualify--reason = Warum er kein Kunde wird
cli-help-lead-convert = Einen qualifizierten Interessenten umwandeln: mit einem Kunden verknüpfen oder einen anlegen, dazu eine Verkaufschance
cli-help-lead-convert--id = Die Id des Interessenten
cli-help-lead-convert--link = Die Person des Interessenten diesem Kunden hinzufügen (Nummer oder Id)
cli-help-lead-convert--create = Aus dem Interessenten einen Kunden anlegen
cli-help-lead-convert--despite-duplicates = Mit --create: trotz möglicher Dubletten anlegen
cli-help-lead-convert--title = Der Titel der Verkaufschance [Standard: der Name des Interessenten]
cli-help-lead-convert--amount = Der Betrag der Verkaufschance [Standard: 0]
cli-help-lead-duplicates = Die Kunden und Interessenten, die ein Interessent wahrscheinlich doppelt, mit den Regeln, nach denen sie passen
cli-help-lead-duplicates--id = Die Id des Interessenten
