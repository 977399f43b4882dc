## Gespeicherte Anreden: Geschlecht, akademischer Titel und Nachname von Personen-Kunden und Ansprechpartnern (src/domain/salutation.rs, src/domain/fields/customer*.rs, src/tui/screens/customer_forms.rs)

salutation-gender-unknown = „{$text}“ ist kein Geschlecht: weiblich, männlich oder unbekannt (divers begrüßt neutral wie unbekannt)
salutation-company-addressed = eine Firma wird über ihre Ansprechpartner begrüßt: Geschlecht, Titel und Nachname gibt es nur bei Personen

domain-field-customer-gender = Geschlecht
domain-help-customer-gender = Wie ein Personen-Kunde begrüßt wird: weiblich, männlich oder unbekannt (divers begrüßt neutral)
domain-field-customer-title = Titel
domain-help-customer-title = Akademischer Titel eines Personen-Kunden, z. B. Dr. oder Prof. Dr.
domain-field-customer-surname = Nachname
domain-help-customer-surname = Nachname eines Personen-Kunden, wenn er nicht das letzte Wort des Namens ist, z. B. von der Leyen
domain-field-customer-contact-gender = Geschlecht AP
domain-help-customer-contact-gender = Das Geschlecht des Ansprechpartners an derselben Stelle: weiblich, männlich oder unbekannt (wiederholbar)
domain-field-customer-contact-title = Titel AP
domain-help-customer-contact-title = Der akademische Titel des Ansprechpartners an derselben Stelle, z. B. Dr. (wiederholbar)
domain-field-customer-contact-surname = Nachname AP
domain-help-customer-contact-surname = Der Nachname des Ansprechpartners an derselben Stelle, wenn er nicht das letzte Wort des Namens ist (wiederholbar)

cli-field-gender = Geschlecht
cli-field-surname = Nachname
cli-field-contact-gender = Geschlecht Ansprechpartner
cli-field-contact-title = Titel Ansprechpartner
cli-field-contact-surname = Nachname Ansprechpartner
cli-help-customer-add--gender = Wie ein Personen-Kunde begrüßt wird: weiblich, männlich oder unbekannt (divers begrüßt neutral; auch female, male, unknown)
cli-help-customer-add--title = Akademischer Titel eines Personen-Kunden, z. B. Dr. oder Prof. Dr.
cli-help-customer-add--surname = Nachname eines Personen-Kunden, wenn er nicht das letzte Wort des Namens ist, z. B. „von der Leyen“ [Standard: das letzte Wort]
cli-help-customer-add--contact-gender = Das Geschlecht des Ansprechpartners an derselben Stelle: weiblich, männlich oder unbekannt (wiederholbar)
cli-help-customer-add--contact-title = Der akademische Titel des Ansprechpartners an derselben Stelle, z. B. Dr. (wiederholbar)
cli-help-customer-add--contact-surname = Der Nachname des Ansprechpartners an derselben Stelle, wenn er nicht das letzte Wort des Namens ist (wiederholbar)
cli-help-customer-edit--gender = Wie ein Personen-Kunde begrüßt wird: weiblich, männlich oder unbekannt (divers begrüßt neutral); leer: unbekannt
cli-help-customer-edit--title = Akademischer Titel eines Personen-Kunden, z. B. Dr. oder Prof. Dr.; leer löscht ihn
cli-help-customer-edit--surname = Nachname eines Personen-Kunden, wenn er nicht das letzte Wort des Namens ist; leer: das letzte Wort
cli-help-customer-edit--contact-gender = Das Geschlecht des Ansprechpartners an derselben Stelle: weiblich, männlich oder unbekannt (wiederholbar)
cli-help-customer-edit--contact-title = Der akademische Titel des Ansprechpartners an derselben Stelle, z. B. Dr. (wiederholbar)
cli-help-customer-edit--contact-surname = Der Nachname des Ansprechpartners an derselben Stelle, wenn er nicht das letzte Wort des Namens ist (wiederholbar)
cli-help-customer-edit--salute-contact = Festlegen, wie ein Ansprechpartner begrüßt wird: NAME:GESCHLECHT[:TITEL[:NACHNAME]], Geschlecht weiblich, männlich oder unbekannt, z. B. „Anna Müller:weiblich:Dr.“ (wiederholbar)

salutation-gender-female = weiblich
salutation-gender-male = männlich
crm-label-contact-salutations = Anreden AP
