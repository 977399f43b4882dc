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

# Feldbezeichnungen in Masken, Listenköpfen und Detailansichten, je Art und Feld.
domain-field-customer-id = ID
domain-field-customer-kind = Art
domain-field-customer-number = Kundennr.
domain-field-customer-name = Name
domain-field-customer-status = Status
domain-field-customer-owner = Betreuer
domain-field-customer-phone = Telefon
domain-field-customer-email = E-Mail
domain-field-customer-contact = Ansprechpartner
domain-field-customer-contact-role = Funktion
domain-field-customer-contact-phone = AP-Telefon
domain-field-customer-contact-email = AP-E-Mail
domain-field-customer-street = Straße
domain-field-customer-postal-code = PLZ
domain-field-customer-city = Ort
domain-field-customer-region = Region
domain-field-customer-country = Land
domain-field-customer-tags = Schlagwörter
domain-field-customer-notes = Notizen
domain-field-customer-created = Angelegt
domain-field-customer-updated = Geändert
domain-field-customer-version = Version
domain-field-employee-id = ID
domain-field-employee-number = Personalnr.
domain-field-employee-name = Name
domain-field-employee-joined = Eintritt
domain-field-employee-left = Austritt
domain-field-employee-hourly = Stundenlohn
domain-field-employee-salary = Monatsgehalt
domain-field-employee-currency = Währung
domain-field-employee-deductions = Abzüge
domain-field-employee-iban = IBAN
domain-field-employee-created = Angelegt
domain-field-employee-updated = Geändert
domain-field-employee-version = Version
domain-field-interaction-id = ID
domain-field-interaction-contact = Ansprechpartner
domain-field-interaction-channel = Kanal
domain-field-interaction-subject = Betreff
domain-field-interaction-body = Notizen
domain-field-interaction-outcome = Ergebnis
domain-field-interaction-duration = Dauer
domain-field-interaction-agent = Agent
domain-field-interaction-at = Zeitpunkt
domain-field-interaction-follow-up = Wiedervorlage
domain-field-interaction-follow-up-done = Erledigt
domain-field-interaction-version = Version
domain-field-item-id = ID
domain-field-item-sku = Artikelnr.
domain-field-item-name = Name
domain-field-item-uom = Einheit
domain-field-item-barcode = Barcodes
domain-field-item-cost = Kosten
domain-field-item-price = Preis
domain-field-item-currency = Währung
domain-field-item-reorder-min = Meldebestand
domain-field-item-reorder-max = Höchstbestand
domain-field-item-order-multiple = Vielfaches
domain-field-item-lead-days = Lieferzeit Tage
domain-field-item-active = Aktiv
domain-field-item-created = Angelegt
domain-field-item-updated = Geändert
domain-field-item-version = Version
domain-field-location-id = ID
domain-field-location-code = Code
domain-field-location-name = Name
domain-field-location-kind = Art
domain-field-location-created = Angelegt
domain-field-location-version = Version
domain-field-opportunity-id = ID
domain-field-opportunity-title = Titel
domain-field-opportunity-amount = Betrag
domain-field-opportunity-currency = Währung
domain-field-opportunity-stage = Phase
domain-field-opportunity-probability = Wahrsch. %
domain-field-opportunity-weighted = Gewichtet
domain-field-opportunity-expected-close = Abschlussdatum
domain-field-opportunity-owner = Zuständig
domain-field-opportunity-lost-reason = Verlustgrund
domain-field-opportunity-closed-at = Abgeschlossen
domain-field-opportunity-created = Angelegt
domain-field-opportunity-updated = Geändert
domain-field-opportunity-version = Version
domain-field-supplier-id = ID
domain-field-supplier-number = Lieferantennr.
domain-field-supplier-name = Name
domain-field-supplier-contact = Ansprechpartner
domain-field-supplier-contact-role = Funktion
domain-field-supplier-phone = Telefon
domain-field-supplier-email = E-Mail
domain-field-supplier-street = Straße
domain-field-supplier-postal-code = PLZ
domain-field-supplier-city = Ort
domain-field-supplier-region = Region
domain-field-supplier-country = Land
domain-field-supplier-vat-id = USt-IdNr.
domain-field-supplier-payment-terms = Zahlungsziel
domain-field-supplier-tags = Schlagwörter
domain-field-supplier-notes = Notizen
domain-field-supplier-created = Angelegt
domain-field-supplier-updated = Geändert
domain-field-supplier-version = Version
domain-field-customer-ref = Kunde

# Beträge, Mengen und Währungen.
domain-currency-not-a-code = „{ $text }“ ist kein ISO-4217-Code wie EUR oder USD
domain-currency-unknown = „{ $text }“ ist kein ISO-4217-Währungscode wie EUR oder USD
domain-number-invalid = „{ $text }“ ist keine Zahl
domain-number-too-large = „{ $text }“ ist zu groß (höchstens 999.999.999.999,99)
domain-number-too-small = „{ $text }“ ist zu klein (mindestens -999.999.999.999,99)
domain-money-ambiguous = „{ $text }“ ist mehrdeutig: schreiben Sie { $whole } oder { $decimal }
domain-money-no-decimals = { $currency } hat keine Nachkommastellen: schreiben Sie { $nearest }
domain-money-decimals = { $currency } hat höchstens { $digits } { $digits ->
        [one] Nachkommastelle
       *[other] Nachkommastellen
    }: schreiben Sie { $nearest }

# Regeln der Datensätze.
domain-must-not-be-empty = darf nicht leer sein
domain-must-not-be-negative = darf nicht negativ sein
domain-must-be-positive = muss größer als null sein
domain-percent = muss zwischen 0 und 100 liegen
domain-spaces-around = „{ $text }“ hat Leerzeichen am Anfang oder Ende
domain-no-spaces = „{ $text }“ darf keine Leerzeichen enthalten
domain-too-long = „{ $text }“ ist { $length } Zeichen lang; höchstens { $most }
domain-number-characters = „{ $text }“ enthält | oder ein Steuerzeichen
domain-tag-empty = ein Schlagwort darf nicht leer sein
domain-contact-needs-name = ein Ansprechpartner braucht einen Namen
domain-email-invalid = „{ $text }“ ist keine E-Mail-Adresse
domain-phone-invalid = „{ $text }“ ist keine Telefonnummer (erwartet Ziffern, z. B. +49 30 1234567)
domain-barcode-invalid = ein Barcode darf nicht leer sein und keine Leerzeichen enthalten
domain-below-minimum = { $max } liegt unter dem Mindestwert { $min }
domain-location-virtual = „{ $code }“ ist ein virtueller Lagerplatz und existiert immer
domain-location-empty-segment = „{ $code }“ hat einen leeren Abschnitt (schreiben Sie WH1/A-01-03)
domain-location-code-stays = der Code von { $code } bleibt: Bewegungen und Bestände sind unter ihm gespeichert (legen Sie einen neuen Lagerplatz an und lagern Sie den Bestand dorthin um)
domain-opportunity-won = Verkaufschance { $id } ist gewonnen; setzen Sie sie zuerst in eine offene Phase zurück, um sie wieder zu öffnen
domain-opportunity-reason = nur eine verlorene Verkaufschance hat einen Verlustgrund; { $stage } ist nicht verloren
domain-opportunity-needs-reason = eine verlorene Verkaufschance braucht einen Verlustgrund
domain-days-invalid = „{ $text }“ ist keine Anzahl Tage (eine ganze Zahl ab 0)
domain-days-too-many = { $days } Tage sind mehr als { $most }
domain-quantity-not-positive = { $quantity } muss größer als null sein
domain-move-same-location = Von und Nach sind beide { $location }
domain-move-needs-internal = eine Lagerbewegung braucht mindestens einen internen Lagerplatz
domain-call-outcome = was hat der Anruf ergeben?

# Felder, Stücklisten, Lohnabrechnung.
domain-customer-no-phone = Kunde { $id } hat keine Telefonnummer „{ $text }“
domain-customer-no-email = Kunde { $id } hat keine E-Mail-Adresse „{ $text }“
domain-customer-no-contact = Kunde { $id } hat keinen Ansprechpartner „{ $text }“
domain-employee-joined-required = das Eintrittsdatum ist Pflicht (TT.MM.JJJJ)
domain-employee-one-pay-basis = geben Sie genau eine Lohnart an: hourly (Stundenlohn) oder salary (Monatsgehalt)
domain-not-an-id = „{ $text }“ ist keine Datensatznummer
domain-interaction-stays = bleibt wie erfasst: nur Betreff, Notizen, Ergebnis, Dauer und Wiedervorlage ändern sich
domain-lead-days-invalid = „{ $text }“ ist keine Anzahl Tage
domain-list-separator = „{ $text }“ enthält „{ $separator }“, das in Exporten Werte trennt; verwenden Sie ein anderes Zeichen
domain-not-yes-or-no = „{ $text }“ ist weder ja noch nein
domain-percent-invalid = „{ $text }“ ist kein Prozentwert von 0 bis 100
domain-opportunity-stage-moves = die Phase ändert sich, indem Sie die Verkaufschance verschieben, nicht durch Ändern
domain-opportunity-field-stays = das Feld { $field } einer Verkaufschance bleibt, wie es angelegt wurde
domain-bom-needs-line = eine Stückliste braucht mindestens eine Komponentenzeile
domain-bom-self = { $item } kann keine Komponente von sich selbst sein
domain-bom-twice = { $item } steht in zwei Zeilen; geben Sie die ganze Menge in einer an
domain-bom-quantity = { $item }: Menge { $quantity } muss größer als null sein
domain-bom-scrap = { $item }: Ausschuss { $scrap } % muss mindestens 0 und unter 100 sein
domain-bom-operation-name = ein Arbeitsgang braucht einen Namen
domain-bom-minutes = { $operation }: Minuten dürfen nicht negativ sein
domain-bom-rate = { $operation }: der Stundensatz darf nicht negativ sein
domain-bom-line-invalid = „{ $text }“ ist nicht ARTIKELNR:MENGE oder ARTIKELNR:MENGE:AUSSCHUSS% (z. B. SPOKE:36:5)
domain-bom-operation-invalid = „{ $text }“ ist nicht NAME:MINUTEN:SATZ (z. B. Montage:45:40,00)
domain-bom-cycle = die Stücklisten bilden einen Kreis über die Artikel { $items }
domain-bom-overflow = die Zahlen werden größer, als eine Dezimalzahl fassen kann
domain-bom-currency = { $what } von Artikel { $item } ist in { $found }, die Kalkulation in { $expected }
domain-bom-unknown-item = Artikel { $item } existiert nicht
domain-bom-standard-cost = die Standardkosten
domain-bom-operation-rate = der Satz des Arbeitsgangs „{ $operation }“
domain-payroll-threshold = muss über 0 Stunden liegen
domain-payroll-factor = muss mindestens 1 sein
domain-payroll-hours-invalid = „{ $text }“ ist nicht PERSONALNR=STUNDEN (z. B. E7=181,5)
domain-payroll-hours-negative = { $text }: Stunden dürfen nicht negativ sein
domain-payroll-not-employed = Mitarbeiter { $number } ist in { $period } nicht beschäftigt; lassen Sie die Stunden weg
domain-payroll-needs-hours = Mitarbeiter { $number } wird nach Stunden bezahlt; geben Sie die Stunden als { $number }=STUNDEN an
domain-payroll-salaried = Mitarbeiter { $number } hat ein Monatsgehalt; lassen Sie die Stunden weg
domain-deduction-invalid = „{ $text }“ ist kein Abzug (NAME:PROZENT%[:HÖCHSTBETRAG] oder NAME:BETRAG)
domain-deduction-name = braucht einen Namen ohne ':' und '|'
domain-deduction-percent = der Prozentsatz muss über 0 und höchstens 100 sein
domain-deduction-cap = der Höchstbetrag darf nicht negativ sein
domain-deduction-amount = der Betrag darf nicht negativ sein
domain-employee-left-before-joined = darf nicht vor dem Eintrittsdatum liegen
domain-employee-hourly = der Stundenlohn muss über 0 liegen
domain-employee-salary = das Monatsgehalt muss über 0 liegen
domain-employee-number = „{ $text }“ darf keine Leerzeichen und kein '=' enthalten
domain-iban-characters = „{ $text }“ ist keine IBAN: nur Buchstaben und Ziffern sind erlaubt
domain-iban-shape = „{ $text }“ ist keine IBAN (zwei Buchstaben, zwei Prüfziffern, 15–34 Zeichen)
domain-iban-length = „{ $text }“ hat { $length } Zeichen; eine IBAN aus { $country } hat { $expected }
domain-iban-checksum = „{ $text }“ hat eine falsche Prüfsumme; prüfen Sie auf Tippfehler
domain-period-invalid = „{ $text }“ ist kein Abrechnungszeitraum (JJJJ-MM, z. B. 2026-02)
domain-country-unknown = unbekanntes Land „{ $text }“: verwenden Sie einen ISO-3166-Code (DE, GB, US …) oder einen deutschen oder englischen Namen

# Anzahlen von Datensätzen.
domain-count-customer = { $count ->
        [one] { $count } Kunde
       *[other] { $count } Kunden
    }
domain-count-interaction = { $count ->
        [one] { $count } Kontakt
       *[other] { $count } Kontakte
    }
domain-count-opportunity = { $count ->
        [one] { $count } Verkaufschance
       *[other] { $count } Verkaufschancen
    }
domain-count-item = { $count ->
        [one] { $count } Artikel
       *[other] { $count } Artikel
    }
domain-count-location = { $count ->
        [one] { $count } Lagerplatz
       *[other] { $count } Lagerplätze
    }
domain-count-stock-move = { $count ->
        [one] { $count } Lagerbewegung
       *[other] { $count } Lagerbewegungen
    }
domain-count-bom = { $count ->
        [one] { $count } Stückliste
       *[other] { $count } Stücklisten
    }
domain-count-supplier = { $count ->
        [one] { $count } Lieferant
       *[other] { $count } Lieferanten
    }
domain-count-employee = { $count ->
        [one] { $count } Mitarbeiter
       *[other] { $count } Mitarbeiter
    }
domain-count-payslip = { $count ->
        [one] { $count } Lohnzettel
       *[other] { $count } Lohnzettel
    }

# Die Hilfezeile der CLI-Option jedes Felds.
domain-help-customer-kind = Firma oder Person (auch company, person)
domain-help-customer-number = Die Kundennummer, eindeutig, wenn gesetzt (Groß-/Kleinschreibung und Akzente egal), höchstens 32 Zeichen; leer löscht sie beim Ändern
domain-help-customer-name = Name der Firma oder Person
domain-help-customer-status = Interessent, Potenzieller Kunde, Kunde oder inaktiv (auch lead, prospect, customer, inactive)
domain-help-customer-owner = Wer den Kunden betreut, ein Benutzername [Vorgabe: niemand]; leer löscht ihn beim Ändern
domain-help-customer-phone = Eine Telefonnummer in beliebiger Schreibweise, gelesen im Land von --country, sonst der Einstellung default_region (wiederholbar)
domain-help-customer-email = Eine E-Mail-Adresse (wiederholbar)
domain-help-customer-contact = Ansprechpartner (NAME oder NAME:FUNKTION, wiederholbar)
domain-help-customer-contact-role = Die Funktion des Ansprechpartners an derselben Stelle (wiederholbar)
domain-help-customer-contact-phone = Die Telefonnummern des Ansprechpartners an derselben Stelle, durch Kommas getrennt (wiederholbar)
domain-help-customer-contact-email = Die E-Mail-Adressen des Ansprechpartners an derselben Stelle, durch Kommas getrennt (wiederholbar)
domain-help-customer-street = Straße und Hausnummer (der ersten Adresse; wiederholt, der nächsten)
domain-help-customer-postal-code = PLZ (der ersten Adresse; wiederholt, der nächsten)
domain-help-customer-city = Ort (der ersten Adresse; wiederholt, der nächsten)
domain-help-customer-region = Region oder Bundesland (der ersten Adresse; wiederholt, der nächsten)
domain-help-customer-country = ISO-Code oder deutscher/englischer Name (DE, Deutschland, Germany), der ersten Adresse
domain-help-customer-tags = Ein Schlagwort; Kommas trennen mehrere (wiederholbar)
domain-help-customer-notes = Notizen, freier Text
domain-help-employee-number = Personalnummer, eindeutig (Groß-/Kleinschreibung egal), ohne Leerzeichen
domain-help-employee-name = Vollständiger Name
domain-help-employee-joined = Eintrittsdatum, TT.MM.JJJJ oder JJJJ-MM-TT
domain-help-employee-left = Letzter Arbeitstag, TT.MM.JJJJ oder JJJJ-MM-TT; leer löscht ihn beim Ändern (wieder beschäftigt)
domain-help-employee-hourly = Lohn je gearbeitete Stunde (dies oder --salary; eines ersetzt das andere)
domain-help-employee-salary = Gehalt je Monat, bei Eintritt oder Austritt nach Kalendertagen anteilig (oder --hourly)
domain-help-employee-currency = Währung des Lohns [Vorgabe: die Einstellung currency]
domain-help-employee-deductions = NAME:PROZENT%[:HÖCHSTBETRAG] oder NAME:BETRAG, in der angegebenen Reihenfolge angewandt (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
domain-help-employee-iban = Leerzeichen und Kleinbuchstaben sind in Ordnung; die Prüfsumme wird geprüft; leer löscht sie beim Ändern
domain-help-interaction-contact = Mit wem beim Kunden gesprochen wurde, freier Text
domain-help-interaction-channel = Anruf eingehend, Anruf ausgehend, E-Mail, Besuch, Soziale Medien, Chat oder Notiz (auch call-in, call-out, email, visit, social, chat, note)
domain-help-interaction-subject = Worum es ging
domain-help-interaction-body = Was gesagt wurde, freier Text (leer entfernt es beim Ändern)
domain-help-interaction-outcome = Was dabei herauskam, freier Text; ein erfasster Anruf braucht es (leer entfernt es beim Ändern)
domain-help-interaction-duration = z. B. 4m30s (leer setzt sie beim Ändern auf null)
domain-help-interaction-agent = [Vorgabe: Ihr Benutzername]
domain-help-interaction-at = Wann: RFC 3339 oder Ortszeit `TT.MM.JJJJ HH:MM` / `JJJJ-MM-TT HH:MM` [Vorgabe: jetzt]
domain-help-interaction-follow-up = Fälligkeit der Wiedervorlage, TT.MM.JJJJ oder JJJJ-MM-TT (leer entfernt sie beim Ändern; ein neues Datum ist wieder offen)
domain-help-interaction-follow-up-done = yes oder no [Vorgabe: no]; dann erledigt `interaction done` sie
domain-help-item-sku = Der eindeutige Code des Artikels, ohne Leerzeichen; kein anderer Artikel darf ihn als Artikelnr. oder Barcode haben
domain-help-item-name = Name des Artikels
domain-help-item-uom = Mengeneinheit [Vorgabe: pcs]
domain-help-item-barcode = Ein Barcode, eindeutig über Artikelnummern und Barcodes (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
domain-help-item-cost = Standardkosten einer Einheit
domain-help-item-price = Verkaufspreis einer Einheit
domain-help-item-currency = Währung von Kosten und Preis [Vorgabe: die Einstellung currency]
domain-help-item-reorder-min = Meldebestand: `stock reorder` nennt den Artikel, wenn sein Bestand über alle internen Lagerplätze darunter liegt
domain-help-item-reorder-max = Bestand, bis zu dem nachbestellt wird [Vorgabe: der Meldebestand]
domain-help-item-order-multiple = Nachbestellen in ganzen Vielfachen dieser Menge
domain-help-item-lead-days = Tage von der Bestellung bis zur Lieferung, eine ganze Zahl [Vorgabe: 0]
domain-help-item-active = yes oder no [Vorgabe: yes]
domain-help-location-code = Code des Lagerplatzes, ohne Leerzeichen (WH1, oder ein Fach: WH1/A-01-03)
domain-help-location-name = Name, der neben dem Code steht
domain-help-opportunity-title = Was verkauft werden soll, z. B. "Wartungsvertrag 2027"
domain-help-opportunity-amount = Erwarteter Betrag, nicht negativ (1.200,50 oder 1200.50), in der Währung der Verkaufschance
domain-help-opportunity-currency = ISO-4217-Code, z. B. EUR [Vorgabe: die Einstellung currency]
domain-help-opportunity-stage = Qualifizierung, Bedarfsanalyse, Angebot, Verhandlung, gewonnen oder verloren (auch qualification, needs-analysis, proposal, negotiation, won, lost) [Vorgabe: Qualifizierung]; danach bewegt sie sich mit `opportunity stage`
domain-help-opportunity-probability = Prozent, 0–100 [Vorgabe: die der Phase]; leer beim Ändern kehrt dazu zurück
domain-help-opportunity-expected-close = Erwartetes Abschlussdatum, TT.MM.JJJJ oder JJJJ-MM-TT; leer löscht es beim Ändern
domain-help-opportunity-owner = Wer zuständig ist, ein Benutzername [Vorgabe: niemand, bei einem Agenten der Agent]; leer löscht es beim Ändern
domain-help-opportunity-lost-reason = Warum sie verloren ging (mit --stage lost, das ihn braucht)
domain-help-supplier-number = Die Lieferantennummer, eindeutig, wenn gesetzt (Groß-/Kleinschreibung und Akzente egal); leer löscht sie beim Ändern
domain-help-supplier-name = Name des Lieferanten
domain-help-supplier-contact = Name des Ansprechpartners
domain-help-supplier-contact-role = Was der Ansprechpartner tut, z. B. Vertriebsleiter
domain-help-supplier-phone = Eine Telefonnummer in beliebiger Schreibweise, gelesen im Land von --country, sonst der Einstellung default_region (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
domain-help-supplier-email = Eine E-Mail-Adresse (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
domain-help-supplier-street = Straße und Hausnummer
domain-help-supplier-postal-code = PLZ
domain-help-supplier-city = Ort
domain-help-supplier-region = Region oder Bundesland
domain-help-supplier-country = ISO-Code oder deutscher/englischer Name (DE, Deutschland, Germany)
domain-help-supplier-vat-id = Umsatzsteuer-Identifikationsnummer
domain-help-supplier-payment-terms = Tage, bis Rechnungen des Lieferanten fällig sind, eine ganze Zahl ab 0
domain-help-supplier-tags = Ein Schlagwort; Kommas trennen mehrere (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
domain-help-supplier-notes = Notizen, freier Text
domain-help-customer-ref = Nummer (id) des Kunden

# Auswahlwerte, wie man sie liest (Englisch: der Maschinenname).
domain-stage-qualification = Qualifizierung
domain-stage-needs-analysis = Bedarfsanalyse
domain-stage-proposal = Angebot
domain-stage-negotiation = Verhandlung
domain-stage-won = gewonnen
domain-stage-lost = verloren
domain-customer-kind-company = Firma
domain-customer-kind-person = Person
domain-status-lead = Interessent
domain-status-prospect = Potenzieller Kunde
domain-status-customer = Kunde
domain-status-inactive = inaktiv
domain-channel-call-in = Anruf eingehend
domain-channel-call-out = Anruf ausgehend
domain-channel-email = E-Mail
domain-channel-visit = Besuch
domain-channel-social = Soziale Medien
domain-channel-chat = Chat
domain-channel-note = Notiz
# Accounts (user add, user key)
domain-user-name-too-long = „{ $name }“ ist länger als { $most } Zeichen
domain-user-name-characters = „{ $name }“ darf nur Kleinbuchstaben, Ziffern, '.', '_' und '-' enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen
domain-user-key-empty = der Schlüssel ist leer
domain-user-key-not-openssh = „{ $shown }…“ ist keine Zeile eines öffentlichen OpenSSH-Schlüssels (erwartet z. B. „ssh-ed25519 AAAA… Kommentar“, der Inhalt einer .pub-Datei)
domain-user-key-unsupported = { $algorithm }-Schlüssel werden nicht unterstützt; verwenden Sie einen ed25519-Schlüssel (ssh-keygen -t ed25519)

# Phasen in schmalen Spalten (höchstens 9 Zeichen).
domain-stage-short-qualification = Qualifiz.
domain-stage-short-needs-analysis = Bedarf
domain-stage-short-proposal = Angebot
domain-stage-short-negotiation = Verhandl.
domain-stage-short-won = gewonnen
domain-stage-short-lost = verloren

# Eine Dauer, wie Menschen sie lesen: ihre Teile, dann verbunden.
domain-duration-hours = { $count } Std.
domain-duration-minutes = { $count } Min.
domain-duration-seconds = { $count } s
domain-duration-joined = { $first } { $rest }

# Zeilen und Stand eines Lohnzettels, wie Menschen sie lesen.
domain-pay-line-regular = Normal
domain-pay-line-overtime = Überstunden
domain-pay-line-salary = Gehalt
domain-pay-line-deduction = Abzug
domain-pay-gross = Brutto
domain-pay-net = Netto
domain-payslip-draft = Entwurf
domain-payslip-posted = gebucht

# Kanäle und Kundenstatus in schmalen Listenspalten.
domain-channel-short-call-in = Anruf ein
domain-channel-short-call-out = Anruf aus
domain-channel-short-email = E-Mail
domain-channel-short-visit = Besuch
domain-channel-short-social = Social
domain-channel-short-chat = Chat
domain-channel-short-note = Notiz
domain-status-short-lead = Interessent
domain-status-short-prospect = Potenziell
domain-status-short-customer = Kunde
domain-status-short-inactive = inaktiv

# Änderungsarten im Protokoll, wie Menschen sie lesen.
domain-change-created = angelegt
domain-change-changed = geändert
domain-change-deleted = gelöscht
domain-change-imported = importiert

# Lohnzeilen, für Menschen beschrieben.
domain-pay-regular-hours = Normalstunden
domain-pay-overtime-hours = Überstunden × { $factor }
domain-pay-salary = Monatsgehalt
domain-pay-salary-part = Monatsgehalt, { $days } von { $total } Tagen
domain-pay-total = { $kind }lohn

# VAT: categories, tax treatments, the rate table and the notes documents print.
domain-vat-category-standard = Regelsatz
domain-vat-category-reduced = ermäßigt
domain-vat-category-zero = Nullsatz
domain-vat-category-exempt = steuerfrei
domain-vat-treatment-domestic = Inland
domain-vat-treatment-intra-eu = innergemeinschaftlich
domain-vat-treatment-reverse-charge = Reverse-Charge
domain-vat-treatment-export = Ausfuhr
domain-vat-exempt-needs-reason = eine steuerfreie Leistung braucht den Grund der Steuerbefreiung
domain-vat-reason-only-exempt = nur eine steuerfreie Leistung hat einen Grund, nicht { $category }
domain-vat-no-rate = keine Umsatzsteuersätze für { $country } am { $date }: die Tabelle beginnt am { $first }
domain-vat-discount-range = Zeile { $line }: der Rabatt { $discount } % liegt nicht zwischen 0 und 100 %
domain-vat-too-large = die Beträge sind zu groß zum Rechnen
domain-vat-note-reverse-charge = Steuerschuldnerschaft des Leistungsempfängers
domain-vat-note-intra-eu = Steuerfreie innergemeinschaftliche Lieferung
domain-vat-note-export = Steuerfreie Ausfuhrlieferung
domain-vat-note-exempt = Steuerfrei: { $reason }

## Preisregeln
domain-kind-price-rule = Preisregel
domain-count-price-rule = { $count ->
        [one] { $count } Preisregel
       *[other] { $count } Preisregeln
    }
domain-field-price-rule-id = Nr.
domain-field-price-rule-item = Artikel
domain-field-price-rule-customer = Kunde
domain-field-price-rule-tag = Schlagwort
domain-field-price-rule-min-qty = Ab Menge
domain-field-price-rule-price = Stückpreis
domain-field-price-rule-discount = Rabatt %
domain-field-price-rule-valid-from = Gültig ab
domain-field-price-rule-valid-until = Gültig bis
domain-field-price-rule-version = Version
domain-help-price-rule-item = Nummer (id) des Artikels, den die Regel bepreist
domain-help-price-rule-customer = Nummer (id) des einen Kunden, für den die Regel gilt (nicht mit --tag; keins von beiden: für alle)
domain-help-price-rule-tag = Das Kunden-Schlagwort, für das die Regel gilt (nicht mit --customer; keins von beiden: für alle)
domain-help-price-rule-min-qty = Mengenstaffel: die Regel gilt ab dieser Menge [Standard: 1]
domain-help-price-rule-price = Fester Stückpreis in der Währung des Listenpreises (nicht mit --discount)
domain-help-price-rule-discount = Rabatt in Prozent auf den Listenpreis, z. B. 5 oder 5% (nicht mit --price)
domain-help-price-rule-valid-from = Erster gültiger Tag (05.12.2026 oder 2026-12-05) [Standard: immer]
domain-help-price-rule-valid-until = Letzter gültiger Tag [Standard: ohne Ende]
domain-price-discount-range = { $text } % ist kein Rabatt; geben Sie mehr als 0 und höchstens 100 an
domain-price-until-before-from = endet am { $until }, vor dem Beginn am { $from }
domain-price-customer-or-tag = eine Regel gilt für einen Kunden oder ein Schlagwort, nicht für beides
domain-price-price-or-discount = geben Sie entweder einen Preis oder einen Rabatt an
domain-price-skip-other-customer = nur für Kunde { $id }
domain-price-skip-tag = Schlagwort „{ $tag }“ hat der Kunde nicht
domain-price-skip-not-yet = noch nicht gültig (ab { $from })
domain-price-skip-expired = abgelaufen (bis { $until })
domain-price-skip-below-break = Menge unter ihrer Staffel von { $min }
domain-price-skip-outranked = von Regel { $rule } übertroffen

## Angebote und Aufträge
domain-kind-quote = Angebot
domain-kind-sales-order = Auftrag
domain-count-quote = { $count ->
        [one] { $count } Angebot
       *[other] { $count } Angebote
    }
domain-count-sales-order = { $count ->
        [one] { $count } Auftrag
       *[other] { $count } Aufträge
    }
domain-sales-line-form = „{ $text }“ ist keine Position: schreiben Sie ARTIKELNR:MENGE[:PREIS[:RABATT%[:MWST]]], z. B. CH-001:12 oder CH-001:12:9,50:5%
domain-sales-text-line-form = „{ $text }“ ist keine Textposition: schreiben Sie TEXT:MENGE:PREIS[:RABATT%[:MWST]], z. B. Montage:2:75,00
domain-sales-line-quantity = Position { $line }: die Menge muss größer als null sein
domain-sales-line-price = Position { $line }: der Preis darf nicht negativ sein
domain-sales-line-discount = Position { $line }: der Rabatt muss zwischen 0 und 100 % liegen
domain-sales-line-text = Position { $line }: eine Position ohne Artikel braucht einen Text
domain-quote-state-draft = Entwurf
domain-quote-state-sent = versendet
domain-quote-state-accepted = angenommen
domain-quote-state-declined = abgelehnt
domain-quote-state-expired = abgelaufen
domain-quote-cannot = Angebot { $number } hat den Status „{ $state }“ und kann nicht „{ $target }“ werden
domain-quote-not-accepted = Angebot { $number } hat den Status „{ $state }“; nur ein angenommenes Angebot wird zum Auftrag
domain-quote-converted = Angebot { $number } ist bereits Auftrag { $order }
domain-order-state-open = offen
domain-order-state-cancelled = storniert
domain-order-state-confirmed = bestätigt
domain-order-cannot-confirm = Auftrag { $number } ist { $state }; nur ein offener Auftrag kann bestätigt werden
domain-order-cancelled-already = Auftrag { $number } ist bereits { $state }
domain-order-confirmation-unchanged = Auftrag { $number } ist bereits bestätigt und seit der Auftragsbestätigung { $sequence } vom { $date } hat sich nichts geändert: es gibt nichts neu zu bestätigen
domain-order-no-line = der Auftrag hat keine Position { $line }; er hat { $count ->
    [one] { $count } Position
   *[other] { $count } Positionen
}
domain-order-line-quantity = Position { $line }: die Menge muss über null und mindestens { $least } sein (geliefert und storniert)

## Verkaufsbedingungen der Kunden, Umsatzsteuer der Artikel
domain-field-customer-credit-limit = Kreditlimit
domain-field-customer-tax-treatment = Besteuerung
domain-field-customer-vat-id = USt-IdNr.
domain-field-customer-partial-deliveries = Teillieferungen
domain-field-customer-backorders = Rückstände
domain-help-customer-credit-limit = Höchstbetrag offener Forderungen, in der Währung der Einstellung currency [Vorgabe: kein Limit]
domain-help-customer-tax-treatment = Inland, innergemeinschaftlich, Reverse-Charge oder Ausfuhr (auch domestic, intra-eu, reverse-charge, export) [Vorgabe: Inland]
domain-help-customer-vat-id = Umsatzsteuer-Identifikationsnummer, z. B. DE123456789; Pflicht bei innergemeinschaftlich und Reverse-Charge
domain-help-customer-partial-deliveries = ja oder nein: ein Auftrag darf in Teilen geliefert werden [Vorgabe: ja]
domain-help-customer-backorders = ja oder nein: Fehlmengen bleiben als Rückstand offen [Vorgabe: ja]
domain-field-item-vat = USt.
domain-field-item-vat-reason = Befreiungsgrund
domain-help-item-vat = Regelsatz, ermäßigt, Nullsatz oder steuerfrei (auch standard, reduced, zero, exempt) [Vorgabe: Regelsatz]
domain-help-item-vat-reason = Warum der Artikel steuerfrei ist (z. B. § 4 Nr. 14 UStG); nur bei steuerfrei
domain-vat-id-invalid = „{ $text }“ ist keine gültige USt-IdNr.: EU-Länderkennung und 2 bis 13 Buchstaben oder Ziffern, z. B. DE123456789
domain-vat-id-required = ein Kunde mit Besteuerung { $treatment } braucht eine USt-IdNr.
domain-credit-limit-negative = ein Kreditlimit kann nicht negativ sein
domain-delivery-not-confirmed = Auftrag { $number } ist { $state }; nur ein bestätigter Auftrag kann geliefert werden
domain-delivery-nothing = Auftrag { $number } hat nichts reserviert, das geliefert werden könnte
domain-delivery-no-line = Auftrag { $number } hat keine Artikelposition { $line }
domain-delivery-too-much = Position { $line }: { $quantity } kann nicht geliefert werden, reserviert sind { $reserved }
domain-delivery-no-partial = Auftrag { $number } kann nur vollständig geliefert werden: der Kunde nimmt keine Teillieferungen an

## Sperren von Aufträgen
domain-hold-credit = Kreditlimit überschritten: Obligo { $exposure } mit diesem Auftrag, Limit { $limit }
domain-hold-below-minimum = Auftragswert { $value } unter dem Mindestwert { $minimum }
domain-hold-above-maximum = Auftragswert { $value } über dem Höchstwert { $maximum }
domain-hold-margin = Position { $line }: Marge { $margin } % unter { $threshold } %
domain-hold-not-held = Auftrag { $number } ist nicht gesperrt
domain-hold-held = Auftrag { $number } ist gesperrt ({ $reasons }); die Vertriebsleitung muss ihn erst freigeben
domain-delivery-state-draft = Pickliste
domain-delivery-state-posted = gebucht
domain-delivery-state-unknown = unbekannter Lieferscheinstatus „{ $state }“: draft oder posted
domain-delivery-posted-already = Lieferschein { $number } ist bereits gebucht
domain-order-cancel-too-much = Position { $line }: { $quantity } kann nicht storniert werden, davon sind noch { $left } offen
domain-order-terms-not-open = Auftrag { $number } ist { $state }; nur bei einem offenen Auftrag können die Lieferbedingungen geändert werden
domain-reallocate-not-confirmed = Auftrag { $number } ist { $state }: nur bestätigte Aufträge geben Reservierungen ab oder erhalten sie
domain-reallocate-too-little = Auftrag { $number } hat { $reserved } { $sku } reserviert und nicht auf einer Pickliste, nicht { $quantity }
domain-reallocate-too-much = Auftrag { $number } wartet auf { $backordered } { $sku }, nicht { $quantity }
domain-duplicate-rule-email = gleiche E-Mail-Adresse
domain-duplicate-rule-phone = gleiche Telefonnummer
domain-duplicate-rule-domain = gleiche E-Mail-Domain
domain-duplicate-rule-name-city = gleicher Name am gleichen Ort
domain-lot-rule-unknown = „{ $text }“ ist keine Losgrößenregel: lot-for-lot, fixed:MENGE oder period:TAGE schreiben
domain-lot-maximum-below-minimum = das Maximum { $maximum } liegt unter dem Minimum { $minimum }
domain-safety-stock-negative = der Sicherheitsbestand in { $location } ist negativ ({ $quantity })
