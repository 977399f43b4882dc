# cli: die eigenen Wörter der Kommandozeile (Ausgabe für Menschen, Fehler, --help).

## Errors
cli-error-unknown-lang = unbekannte Sprache "{ $given }" (de oder en)
cli-error-unknown-zone = { $variable }={ $zone }: unbekannte Zeitzone (ein IANA-Name wie Europe/Berlin)
cli-error-inconsistent = { $count ->
        [one] 1 Indexproblem
       *[other] { $count } Indexprobleme
    } gefunden; `kontor reindex` baut die Indizes neu auf
cli-error-changed = { $error }; nichts gespeichert — bitte erneut ansehen und mit --expect-version { $version } wiederholen
cli-error-not-found = { $kind } { $id } existiert nicht
cli-error-no-data-dir = kein Datenverzeichnis für diesen Benutzer gefunden; bitte --db VERZEICHNIS angeben
cli-error-runs-before-open = läuft, bevor die Datenbank geöffnet ist
cli-error-cannot-read = { $path } kann nicht gelesen werden: { $error }
cli-error-cannot-write = { $path } kann nicht geschrieben werden: { $error }
cli-error-cannot-write-in = in { $dir } kann nicht geschrieben werden: { $error }
cli-error-unexpected-answer = unerwartete Antwort des Kerns
cli-error-unexpected-bom-answer = unerwartete Antwort auf einen Stücklistenbefehl
cli-error-unexpected-payroll-answer = unerwartete Antwort auf einen Lohnabrechnungsbefehl

## Usage errors
cli-usage-needs-subcommand = `{ $command }` braucht einen Unterbefehl
cli-usage-see-help = { $message } (siehe `{ $command } --help`)
cli-usage-id-needed = eine id fehlt
cli-usage-unknown-subcommand = unbekannter Unterbefehl { $name }
cli-usage-subcommand-needed = ein Unterbefehl fehlt
cli-usage-unknown-argument = unbekanntes Argument '{ $arg }'
cli-usage-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
cli-usage-invalid-value-of = ungültiger Wert '{ $value }' für '{ $arg }' (mögliche Werte: { $valid })
cli-usage-value-refused = ungültiger Wert '{ $value }' für '{ $arg }': { $reason }
cli-usage-missing = folgende Pflichtargumente fehlen: { $args }
cli-usage-missing-subcommand = '{ $command }' braucht einen Unterbefehl [Unterbefehle: { $valid }]
cli-usage-conflict = das Argument '{ $arg }' kann nicht zusammen mit '{ $prior }' verwendet werden
cli-usage-did-you-mean = meinten Sie '{ $suggested }'?

## Lists
cli-list-limited = die ersten { $limit } angezeigt; --limit N zeigt mehr
cli-pipeline-total = gesamt

## Values in tables
cli-value-true = ja
cli-value-false = nein

## demo
cli-demo-loaded = Demodaten in { $path } geladen: { $customers } Kunden, { $interactions } Kontakte, { $opportunities } Verkaufschancen
cli-demo-stock = Lager: { $counts }
cli-demo-payroll = Lohnabrechnung: { $employees }, { $payslips } in { $periods } ({ $posted } gebucht)
cli-demo-sales = Verkauf: { $quotes } Angebote, { $orders } Aufträge (davon { $history } gelieferte Historie), { $deliveries } Lieferscheine

## Counts
cli-count-location = { $count ->
        [one] 1 Lagerplatz
       *[other] { $count } Lagerplätze
    }
cli-count-item = { $count ->
        [one] 1 Artikel
       *[other] { $count } Artikel
    }
cli-count-stock-move = { $count ->
        [one] 1 Lagerbewegung
       *[other] { $count } Lagerbewegungen
    }
cli-count-bom = { $count ->
        [one] 1 Stückliste
       *[other] { $count } Stücklisten
    }
cli-count-production-run = { $count ->
        [one] 1 Fertigungsauftrag
       *[other] { $count } Fertigungsaufträge
    }
cli-count-employee = { $count ->
        [one] 1 Mitarbeiter
       *[other] { $count } Mitarbeiter
    }
cli-count-payslip = { $count ->
        [one] 1 Lohnzettel
       *[other] { $count } Lohnzettel
    }
cli-count-draft-payslip = { $count ->
        [one] 1 Lohnzettel-Entwurf
       *[other] { $count } Lohnzettel-Entwürfe
    }
cli-count-period = { $count ->
        [one] 1 Monat
       *[other] { $count } Monaten
    }
cli-count-payment = { $count ->
        [one] 1 Zahlung
       *[other] { $count } Zahlungen
    }
cli-count-component = { $count ->
        [one] 1 Komponente
       *[other] { $count } Komponenten
    }

## check, reindex, settings
cli-check-ok = ok: jeder Indexeintrag passt zu seinem Datensatz
cli-reindex-done = alle Indizes aus den Datensätzen neu aufgebaut
cli-settings-give-value = bitte einen Wert angeben: kontor settings { $name } WERT

## Records
cli-deleted = { $kind } { $id } ({ $name }) gelöscht
cli-deleted-cascaded = { $kind } { $id } ({ $name }) und { $count ->
        [one] 1 Datensatz, der darauf verweist,
       *[other] { $count } Datensätze, die darauf verweisen,
    } gelöscht

## import
cli-import-delimiter = das Trennzeichen muss ein ASCII-Zeichen sein, nicht { $given }
cli-import-no-header = { $path }: Kopfzeile nicht lesbar: { $error }
cli-import-empty-header = { $path }: die Kopfzeile ist leer
cli-import-columns = { $expected } Spalten erwartet, { $found } gefunden (Zellen mit dem Trennzeichen in Anführungszeichen setzen)
cli-import-more-problems = … und { $count } weitere Probleme
cli-import-refused = { $path }: { $count ->
        [one] 1 Problem
       *[other] { $count } Probleme
    }; nichts importiert
cli-import-rejoined = { $count ->
        [one] 1 Zeile
       *[other] { $count } Zeilen
    } mit einem Trennzeichen ohne Anführungszeichen vor einem Leerzeichen zusammengefügt
cli-import-ignored = nicht gelesene Spalten: { $columns }
cli-import-dry-run = würde { $records } aus { $path } importieren { $tail }; nichts geschrieben (--dry-run)
cli-import-done = { $records } aus { $path } importiert { $tail }
cli-import-done-opening = { $records } und { $receipts } Anfangsbestände in { $location } aus { $path } importiert { $tail }
cli-import-lines-orders-only = --lines und --line-map gehören nur zu `import orders`
cli-import-orders-lines = `import orders` braucht die Positionsdatei: --lines POSITIONEN.csv
cli-import-orders-done = { $records } mit { $lines } Positionen ({ $delivered } gelieferte Historie, { $open } offen) aus { $path } importiert { $tail }
cli-export-orders = Aufträge lassen sich noch nicht als CSV exportieren (nur Import)
cli-import-on-line = Zeile { $line }: { $reason }
cli-import-in-column = Zeile { $line }: Spalte { $column }: { $reason }
cli-import-opening-items-only = --opening-stock gilt nur für `import items`
cli-import-opening-new-items = --opening-stock { $name }: Anfangsbestand nur mit neuen Artikeln: die Spalte id weglassen
cli-import-opening-no-column = --opening-stock { $name }: keine solche Spalte (Spalten: { $columns })
cli-import-opening-negative = Anfangsbestand { $quantity } ist negativ
cli-import-stock-kind = { $kind } kann nicht importiert werden: der Bestand ändert sich nur durch Buchungen (Artikel mit --opening-stock SPALTE importieren)
cli-import-not-importable = { $kind } kann nicht importiert werden
cli-import-not-in-encoding = Text ist in der Kodierung der Datei ungültig
cli-import-not-utf8 = kein gültiges UTF-8 in Zeile { $line } (Byte { $offset }); kommt die Datei von Windows, hilft --encoding windows-1252
cli-import-map-form = --map { $map }: bitte FELD=SPALTE schreiben
cli-import-map-field = --map { $map }: unbekanntes Feld "{ $field }" (Felder: { $fields })
cli-import-map-column = --map { $map }: keine Spalte "{ $column }" in der Datei (Spalten: { $columns })
cli-import-id-empty = leer: mit einer Spalte id behält jede Zeile ihre id (die Spalte weglassen, um neu zu nummerieren)
cli-import-id-taken = { $id } ist vergeben: diese Datenbank hat ids bis { $given } vergeben — in eine leere Datenbank importieren oder die Spalte id weglassen, um neu zu nummerieren
cli-import-id-twice = { $id } ist auch die id in Zeile { $line }
cli-import-not-whole = "{ $text }" ist keine kontor-{ $field } (eine ganze Zahl ab 1)

## Progress bars
cli-progress-eta = noch
cli-progress-rows = Zeilen
cli-progress-entries = Einträge
cli-progress-received = von kontor serve empfangen

## Counts of records by the name import and export give their kind (family: cli-records-<kind>)
cli-records-customers = { $count ->
        [one] 1 Kunde
       *[other] { $count } Kunden
    }
cli-records-suppliers = { $count ->
        [one] 1 Lieferant
       *[other] { $count } Lieferanten
    }
cli-records-locations = { $count ->
        [one] 1 Lagerplatz
       *[other] { $count } Lagerplätze
    }
cli-records-employees = { $count ->
        [one] 1 Mitarbeiter
       *[other] { $count } Mitarbeiter
    }
cli-records-items = { $count ->
        [one] 1 Artikel
       *[other] { $count } Artikel
    }
cli-records-opportunities = { $count ->
        [one] 1 Verkaufschance
       *[other] { $count } Verkaufschancen
    }
cli-records-interactions = { $count ->
        [one] 1 Kontakt
       *[other] { $count } Kontakte
    }
cli-records-price-rules = { $count ->
        [one] 1 Preisregel
       *[other] { $count } Preisregeln
    }
cli-records-orders = { $count ->
        [one] 1 Auftrag
       *[other] { $count } Aufträge
    }
cli-records-moves = { $count ->
        [one] 1 Lagerbewegung
       *[other] { $count } Lagerbewegungen
    }
cli-records-balances = { $count ->
        [one] 1 Bestand
       *[other] { $count } Bestände
    }
cli-records-datev = { $count ->
        [one] 1 Beleg
       *[other] { $count } Belege
    }

## Kinds of record (family: cli-kind-<name>)
cli-kind-customer = Kunde
cli-kind-supplier = Lieferant
cli-kind-location = Lagerplatz
cli-kind-employee = Mitarbeiter
cli-kind-item = Artikel
cli-kind-opportunity = Verkaufschance
cli-kind-interaction = Kontakt
cli-kind-move = Lagerbewegung
cli-kind-bom = Stückliste
cli-kind-payslip = Lohnzettel
cli-kind-audit-entry = Protokolleintrag
cli-kind-user = Benutzer
cli-kind-price-rule = Preisregel

## backup and restore
cli-backup-written = Sicherung von { $dir } nach { $file } geschrieben: { $entries } Einträge, { $size }
cli-backup-through-serve = Sicherung über kontor serve: { $error }
cli-restore-done = { $file } nach { $database } wiederhergestellt: { $entries } Einträge; Indizes neu aufgebaut
cli-migrate-done = { $from } nach { $to } migriert: { $entries } Einträge; Indizes neu aufgebaut, jeder Datensatz verglichen
cli-size-bytes = { $count } Bytes

## export
cli-export-done = { $count } Datensätze nach { $path } exportiert

## audit
cli-audit-not-a-record = "{ $text }" ist nicht ART:ID (customer:42)

## stock
cli-stock-no-item = kein Artikel mit Artikelnr. oder Barcode "{ $code }"
cli-stock-count-matches = Inventur stimmt: { $quantity } { $uom } von { $sku } in { $location }; nichts gebucht

## bom and produce
cli-bom-deleted = Stückliste von { $sku } gelöscht (Version { $version })
cli-bom-not-loaded = Artikel { $id } des Baums wurde nicht geladen
cli-bom-show-note = Mengen und Minuten je Lauf der Baugruppe darüber; ein Lauf ergibt { $output_qty } Einheiten; { $rate } je Stunde
cli-bom-not-positive = { $quantity } muss größer als null sein
cli-bom-explode-note = Endkomponenten für { $quantity } { $uom } von { $sku }, mit Ausschuss
cli-bom-cost-note = Stückkosten von { $sku }: { $cost } je { $uom } (Material { $material }, Arbeitsgänge { $operations })
cli-bom-cost-columns = { $qty_per_unit } und { $cost_per_unit } je Einheit von { $sku }; { $material } und { $operations } je Einheit jeder Baugruppe; bei Arbeitsgängen ist { $qty_per_unit } in Minuten und { $unit_cost } der Stundensatz; Beträge in { $currency }, kaufmännisch gerundet
cli-bom-unused = keine Stückliste verwendet { $sku }
cli-bom-produced = { $quantity } { $uom } von { $sku } in { $location } aus { $components } gefertigt

## payroll
cli-payroll-run = { $period }: { $payslips } berechnet, { $replaced } ersetzt
cli-payroll-posted = { $period }: { $payslips } gebucht; der Monat ist gesperrt
cli-payroll-no-iban = Warnung: Mitarbeiter { $number } ({ $name }) hat keine IBAN; anders bezahlen oder mit kontor employee edit { $number } --iban IBAN eintragen
cli-payroll-exported = { $payments } nach { $path } exportiert

## user and serve
cli-user-key-file-unread = Schlüsseldatei { $path } nicht lesbar: { $error }
cli-user-key-file-empty = Schlüsseldatei { $path } enthält keinen Schlüssel
cli-user-removed = Benutzer { $name } entfernt
cli-user-no-key = (kein Schlüssel)
cli-serve-not-positive = muss länger als 0s sein

## Fields as table headings and record lines name them (family: cli-field-<field>; English the field's name)
cli-field-id = ID
cli-field-name = Name
cli-field-number = Nummer
cli-field-kind = Art
cli-field-status = Status
cli-field-owner = Betreuer
cli-field-street = Straße
cli-field-postal-code = PLZ
cli-field-city = Ort
cli-field-region = Region
cli-field-country = Land
cli-field-phone = Telefon
cli-field-email = E-Mail
cli-field-tags = Schlagwörter
cli-field-tag = Schlagwort
cli-field-for = Für
cli-field-min-qty = Ab Menge
cli-field-discount = Rabatt %
cli-field-valid-from = Gültig ab
cli-field-valid-until = Gültig bis
cli-field-item = Artikel
cli-field-contact = Ansprechpartner
cli-field-contact-role = Funktion
cli-field-contact-phone = Telefon Ansprechpartner
cli-field-contact-email = E-Mail Ansprechpartner
cli-field-notes = Notizen
cli-field-created = Angelegt
cli-field-updated = Geändert
cli-field-version = Version
cli-field-vat-id = USt-IdNr.
cli-field-credit-limit = Kreditlimit
cli-field-tax-treatment = Besteuerung
cli-field-partial-deliveries = Teillieferungen
cli-field-backorders = Rückstände
cli-field-vat-reason = Befreiungsgrund
cli-field-payment-terms = Zahlungsziel
cli-field-sku = Artikelnr.
cli-field-barcode = Barcode
cli-field-uom = Einheit
cli-field-price = Preis
cli-field-cost = Kosten
cli-field-currency = Währung
cli-field-lead-days = Lieferzeit
cli-field-reorder-min = Meldebestand
cli-field-reorder-max = Höchstbestand
cli-field-order-multiple = Bestellvielfaches
cli-field-active = Aktiv
cli-field-at = Zeitpunkt
cli-field-from = Von
cli-field-to = Nach
cli-field-quantity = Menge
cli-field-reference = Referenz
cli-field-agent = Mitarbeiter
cli-field-reverses = Storno von
cli-field-location = Lagerplatz
cli-field-code = Kürzel
cli-field-joined = Eintritt
cli-field-left = Austritt
cli-field-salary = Gehalt
cli-field-hourly = Stundenlohn
cli-field-deduction = Abzug
cli-field-deductions = Abzüge
cli-field-iban = IBAN
cli-field-amount = Betrag
cli-field-expected-close = Abschlussdatum
cli-field-closed-at = Abgeschlossen
cli-field-customer = Kunde
cli-field-lost-reason = Verlustgrund
cli-field-probability = Wahrsch.
cli-field-stage = Phase
cli-field-title = Titel
cli-field-weighted = Gewichtet
cli-field-channel = Kanal
cli-field-subject = Betreff
cli-field-body = Text
cli-field-duration = Dauer
cli-field-follow-up = Wiedervorlage
cli-field-follow-up-done = Erledigt
cli-field-outcome = Ergebnis
cli-field-year = Jahr
cli-field-quarter = Quartal
cli-field-month = Monat
cli-field-product = Artikel
cli-field-orders = Aufträge
cli-field-revenue = Umsatz
cli-field-share = Anteil %
cli-field-cumulative = kumuliert %
cli-field-class = Klasse
cli-field-last-order = letzter Auftrag
cli-field-recency-days = Tage seit
cli-field-frequency = Häufigkeit
cli-field-monetary = Umsatz gesamt
cli-field-r = R
cli-field-f = F
cli-field-m = M
cli-field-segment = Segment
cli-field-description = Beschreibung
cli-field-employee = Mitarbeiter
cli-field-gross = Brutto
cli-field-net = Netto
cli-field-period = Monat
cli-field-line = Zeile
cli-field-rate = Satz
cli-field-standard-rate = Regelsatz %
cli-field-reduced-rate = ermäßigt %
cli-field-draft = Entwurf
cli-field-count = Anzahl
cli-field-sum = Summe
cli-field-entry = Eintrag
cli-field-user = Benutzer
cli-field-command = Befehl
cli-field-record = Datensatz
cli-field-change = Änderung
cli-field-field = Feld
cli-field-old = Alt
cli-field-new = Neu
cli-field-role = Rolle
cli-field-fingerprints = Fingerabdrücke
cli-field-keys = Schlüssel
cli-field-bound-keys = Taste(n)
cli-field-key = Schlüssel
cli-field-layer = Ebene
cli-field-action = Aktion
cli-field-part = Teil
cli-field-level = Ebene
cli-field-scrap-pct = Ausschuss-%
cli-field-output-qty = Ausbringung
cli-field-qty-per-unit = Menge/Einh.
cli-field-unit-cost = Stückkosten
cli-field-material = Material
cli-field-operations = Arbeitsgänge
cli-field-cost-per-unit = Kosten/Einh.
cli-field-uses = Verwendet
cli-field-needed = Bedarf
cli-field-on-hand = Bestand
cli-field-short = Fehlmenge
cli-field-suggested = Vorschlag
cli-field-running = Saldo
cli-field-from-balance = Bestand von
cli-field-to-balance = Bestand nach

## --help: clap's own words
cli-help-heading-usage = Aufruf
cli-help-heading-options = Optionen
cli-help-heading-arguments = Argumente
cli-help-heading-commands = Befehle
cli-help-command-value = BEFEHL
cli-help-flag-help = Hilfe anzeigen
cli-help-flag-version = Version anzeigen
cli-help-flag-help-command = Diese Hilfe oder die der angegebenen Unterbefehle anzeigen
cli-help-default = Standard
cli-help-possible = mögliche Werte
cli-help-env = Umgebung

## --help jedes Befehls und Arguments (Familie: cli-help-<Befehlspfad>[--<Argument>])
cli-help-kontor = CRM und ERP in einer Datenbank, für das Terminal
cli-help-kontor--db = Datenbankverzeichnis [Standard: das Datenverzeichnis der Plattform, z. B. ~/.local/share/kontor]
cli-help-kontor--store-url = PostgreSQL-Datenbank, die die Datensätze statt des Datenbankverzeichnisses hält (postgres://benutzer@rechner/datenbank)
cli-help-kontor--format = Ausgabeformat von Datensätzen und Listen
cli-help-kontor--lang = Sprache der Meldungen und der Hilfe: de oder en [Standard: KONTOR_LANG, sonst LC_ALL, LC_MESSAGES oder LANG]
cli-help-kontor--preset = Tastenbelegung: default oder vim (auch die keymap.toml des Benutzers kann wählen)
cli-help-kontor--keymap = Keymap-Datei, die über die Belegung gelegt wird [Standard: keymap.toml im Konfigurationsverzeichnis]
cli-help-kontor--ascii = Nur ASCII auf dem Bildschirm, was immer das Terminal sagt
cli-help-customer = Kunden: add, show, list, search, edit, delete, duplicates, merge
cli-help-customer-add = Einen Kunden anlegen und anzeigen
cli-help-customer-add--kind = Firma oder Person (auch company, person)
cli-help-customer-add--number = Die Kundennummer, eindeutig, wenn gesetzt (Groß-/Kleinschreibung und Akzente egal), höchstens 32 Zeichen; leer löscht sie beim Ändern
cli-help-customer-add--name = Name der Firma oder Person
cli-help-customer-add--status = Interessent, Potenzieller Kunde, Kunde oder inaktiv (auch lead, prospect, customer, inactive)
cli-help-customer-add--owner = Wer den Kunden betreut, ein Benutzername [Standard: niemand]; leer löscht ihn beim Ändern
cli-help-customer-add--phone = Eine Telefonnummer in beliebiger Schreibweise, gelesen im Land von --country, sonst der Einstellung default_region (wiederholbar)
cli-help-customer-add--email = Eine E-Mail-Adresse (wiederholbar)
cli-help-customer-add--contact = Ansprechpartner (NAME oder NAME:ROLLE, wiederholbar)
cli-help-customer-add--contact-role = Die Funktion des Ansprechpartners an derselben Stelle (wiederholbar)
cli-help-customer-add--contact-phone = Die Telefonnummern des Ansprechpartners an derselben Stelle, durch Kommas getrennt (wiederholbar)
cli-help-customer-add--contact-email = Die E-Mail-Adressen des Ansprechpartners an derselben Stelle, durch Kommas getrennt (wiederholbar)
cli-help-customer-add--street = Straße und Hausnummer (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-add--postal-code = PLZ (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-add--city = Ort (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-add--region = Region oder Bundesland (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-add--country = ISO-Code oder englischer/deutscher Name (DE, Germany, Deutschland), der ersten Anschrift
cli-help-customer-add--tags = Ein Schlagwort; Kommas trennen mehrere (wiederholbar)
cli-help-customer-add--notes = Notizen, freier Text
cli-help-customer-add--credit-limit = Höchstbetrag offener Forderungen, in der Währung der Einstellung currency [Standard: kein Limit]
cli-help-customer-add--tax-treatment = Inland, innergemeinschaftlich, Reverse-Charge oder Ausfuhr (auch domestic, intra-eu, reverse-charge, export) [Standard: Inland]
cli-help-customer-add--vat-id = Umsatzsteuer-Identifikationsnummer, z. B. DE123456789; Pflicht bei innergemeinschaftlich und Reverse-Charge
cli-help-customer-add--partial-deliveries = ja oder nein: ein Auftrag darf in Teilen geliefert werden [Standard: ja]
cli-help-customer-add--backorders = ja oder nein: Fehlmengen bleiben als Rückstand offen [Standard: ja]
cli-help-customer-show = Einen Kunden anzeigen
cli-help-customer-show--id = Id des Kunden
cli-help-customer-search = Kunden nach Name, E-Mail, Telefon oder Nummer finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-customer-search--text = Wonach gesucht wird: Name, E-Mail, Telefon oder Nummer
cli-help-customer-search--limit = Höchstens so viele Zeilen
cli-help-customer-delete = Einen Kunden löschen; abgelehnt, solange andere Datensätze auf ihn verweisen
cli-help-customer-delete--id = Id des Kunden
cli-help-customer-delete--force = Die Datensätze, die darauf verweisen, mitlöschen
cli-help-customer-list = Kunden auflisten
cli-help-customer-list--status = Nur Kunden mit diesem Status (Interessent, Potenzieller Kunde, Kunde oder inaktiv (auch lead, prospect, customer, inactive))
cli-help-customer-list--owner = Nur Kunden dieses Betreuers (Groß-/Kleinschreibung und Akzente egal)
cli-help-customer-list--tag = Nur Kunden mit diesem Schlagwort (Groß-/Kleinschreibung und Akzente egal)
cli-help-customer-list--limit = Höchstens so viele Zeilen
cli-help-customer-edit = Einen Kunden ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-customer-edit--id = Id des Kunden
cli-help-customer-edit--kind = Firma oder Person (auch company, person)
cli-help-customer-edit--number = Die Kundennummer, eindeutig, wenn gesetzt (Groß-/Kleinschreibung und Akzente egal), höchstens 32 Zeichen; leer löscht sie beim Ändern
cli-help-customer-edit--name = Name der Firma oder Person
cli-help-customer-edit--status = Interessent, Potenzieller Kunde, Kunde oder inaktiv (auch lead, prospect, customer, inactive)
cli-help-customer-edit--owner = Wer den Kunden betreut, ein Benutzername [Standard: niemand]; leer löscht ihn beim Ändern
cli-help-customer-edit--phone = Eine Telefonnummer in beliebiger Schreibweise, gelesen im Land von --country, sonst der Einstellung default_region (wiederholbar)
cli-help-customer-edit--email = Eine E-Mail-Adresse (wiederholbar)
cli-help-customer-edit--contact = Ansprechpartner (NAME oder NAME:ROLLE, wiederholbar)
cli-help-customer-edit--contact-role = Die Funktion des Ansprechpartners an derselben Stelle (wiederholbar)
cli-help-customer-edit--contact-phone = Die Telefonnummern des Ansprechpartners an derselben Stelle, durch Kommas getrennt (wiederholbar)
cli-help-customer-edit--contact-email = Die E-Mail-Adressen des Ansprechpartners an derselben Stelle, durch Kommas getrennt (wiederholbar)
cli-help-customer-edit--street = Straße und Hausnummer (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-edit--postal-code = PLZ (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-edit--city = Ort (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-edit--region = Region oder Bundesland (der ersten Anschrift; wiederholt, der nächsten)
cli-help-customer-edit--country = ISO-Code oder englischer/deutscher Name (DE, Germany, Deutschland), der ersten Anschrift
cli-help-customer-edit--tags = Ein Schlagwort; Kommas trennen mehrere (wiederholbar)
cli-help-customer-edit--notes = Notizen, freier Text
cli-help-customer-edit--credit-limit = Höchstbetrag offener Forderungen, in der Währung der Einstellung currency [Standard: kein Limit]
cli-help-customer-edit--tax-treatment = Inland, innergemeinschaftlich, Reverse-Charge oder Ausfuhr (auch domestic, intra-eu, reverse-charge, export) [Standard: Inland]
cli-help-customer-edit--vat-id = Umsatzsteuer-Identifikationsnummer, z. B. DE123456789; Pflicht bei innergemeinschaftlich und Reverse-Charge
cli-help-customer-edit--partial-deliveries = ja oder nein: ein Auftrag darf in Teilen geliefert werden [Standard: ja]
cli-help-customer-edit--backorders = ja oder nein: Fehlmengen bleiben als Rückstand offen [Standard: ja]
cli-help-customer-edit--expect-version = Die Änderung ablehnen, wenn der Kunde nicht mehr diese Version hat
cli-help-customer-edit--add-phone = Eine Telefonnummer in beliebiger Schreibweise hinzufügen (wiederholbar)
cli-help-customer-edit--remove-phone = Eine Telefonnummer entfernen, in beliebiger Schreibweise (wiederholbar)
cli-help-customer-edit--add-email = Eine E-Mail-Adresse hinzufügen (wiederholbar)
cli-help-customer-edit--remove-email = Eine E-Mail-Adresse entfernen, Groß-/Kleinschreibung egal (wiederholbar)
cli-help-customer-edit--add-tag = Ein Schlagwort hinzufügen; Kommas trennen mehrere (wiederholbar)
cli-help-customer-edit--remove-tag = Ein Schlagwort entfernen, genau wie gespeichert geschrieben (wiederholbar)
cli-help-customer-edit--add-contact = Einen Ansprechpartner hinzufügen (NAME oder NAME:ROLLE, wiederholbar)
cli-help-customer-edit--remove-contact = Einen Ansprechpartner nach Name entfernen, Groß-/Kleinschreibung egal (wiederholbar; mit --add-contact desselben Namens ändert es die Funktion und behält Telefonnummern und E-Mail-Adressen)
cli-help-supplier = Lieferanten: add, show, list, search, edit, delete
cli-help-supplier-add = Einen Lieferanten anlegen und anzeigen
cli-help-supplier-add--number = Die Lieferantennummer, eindeutig, wenn gesetzt (Groß-/Kleinschreibung und Akzente egal); leer löscht sie beim Ändern
cli-help-supplier-add--name = Name des Lieferanten
cli-help-supplier-add--contact = Name des Ansprechpartners
cli-help-supplier-add--contact-role = Was der Ansprechpartner tut, z. B. Vertriebsleiter
cli-help-supplier-add--phone = Eine Telefonnummer in beliebiger Schreibweise, gelesen im Land von --country, sonst der Einstellung default_region (wiederholbar; beim Ändern ersetzt sie alle, leer löscht)
cli-help-supplier-add--email = Eine E-Mail-Adresse (wiederholbar; beim Ändern ersetzt sie alle, leer löscht)
cli-help-supplier-add--street = Straße und Hausnummer
cli-help-supplier-add--postal-code = PLZ
cli-help-supplier-add--city = Ort
cli-help-supplier-add--region = Region oder Bundesland
cli-help-supplier-add--country = ISO-Code oder englischer/deutscher Name (DE, Germany, Deutschland)
cli-help-supplier-add--vat-id = Umsatzsteuer-Identifikationsnummer
cli-help-supplier-add--payment-terms = Tage, bis Rechnungen des Lieferanten fällig sind, eine ganze Zahl ab 0
cli-help-supplier-add--tags = Ein Schlagwort; Kommas trennen mehrere (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
cli-help-supplier-add--notes = Notizen, freier Text
cli-help-supplier-show = Einen Lieferanten anzeigen
cli-help-supplier-show--id = Id des Lieferanten
cli-help-supplier-list = Lieferanten nach Id auflisten
cli-help-supplier-list--after = Nur die mit höherer Id (die nächste Seite)
cli-help-supplier-list--limit = Höchstens so viele Zeilen
cli-help-supplier-search = Lieferanten nach Name, Telefon oder Nummer finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-supplier-search--text = Wonach gesucht wird: Name, Telefon oder Nummer
cli-help-supplier-search--limit = Höchstens so viele Zeilen
cli-help-supplier-edit = Einen Lieferanten ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-supplier-edit--id = Id des Lieferanten
cli-help-supplier-edit--number = Die Lieferantennummer, eindeutig, wenn gesetzt (Groß-/Kleinschreibung und Akzente egal); leer löscht sie beim Ändern
cli-help-supplier-edit--name = Name des Lieferanten
cli-help-supplier-edit--contact = Name des Ansprechpartners
cli-help-supplier-edit--contact-role = Was der Ansprechpartner tut, z. B. Vertriebsleiter
cli-help-supplier-edit--phone = Eine Telefonnummer in beliebiger Schreibweise, gelesen im Land von --country, sonst der Einstellung default_region (wiederholbar; beim Ändern ersetzt sie alle, leer löscht)
cli-help-supplier-edit--email = Eine E-Mail-Adresse (wiederholbar; beim Ändern ersetzt sie alle, leer löscht)
cli-help-supplier-edit--street = Straße und Hausnummer
cli-help-supplier-edit--postal-code = PLZ
cli-help-supplier-edit--city = Ort
cli-help-supplier-edit--region = Region oder Bundesland
cli-help-supplier-edit--country = ISO-Code oder englischer/deutscher Name (DE, Germany, Deutschland)
cli-help-supplier-edit--vat-id = Umsatzsteuer-Identifikationsnummer
cli-help-supplier-edit--payment-terms = Tage, bis Rechnungen des Lieferanten fällig sind, eine ganze Zahl ab 0
cli-help-supplier-edit--tags = Ein Schlagwort; Kommas trennen mehrere (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
cli-help-supplier-edit--notes = Notizen, freier Text
cli-help-supplier-edit--expect-version = Die Änderung ablehnen, wenn der Lieferant nicht mehr diese Version hat
cli-help-supplier-delete = Einen Lieferanten löschen; abgelehnt, solange andere Datensätze auf ihn verweisen
cli-help-supplier-delete--id = Id des Lieferanten
cli-help-supplier-delete--force = Die Datensätze, die darauf verweisen, mitlöschen
cli-help-location = Lagerplätze: add, show, list, search, edit
cli-help-location-add = Einen Lagerplatz anlegen und anzeigen
cli-help-location-add--code = Kürzel des Lagerplatzes, ohne Leerzeichen (WH1, oder ein Fach: WH1/A-01-03)
cli-help-location-add--name = Name neben dem Kürzel
cli-help-location-show = Einen Lagerplatz anzeigen
cli-help-location-show--id = Kürzel oder Id des Lagerplatzes (Groß-/Kleinschreibung egal)
cli-help-location-search = Lagerplätze nach Kürzel oder Name finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-location-search--text = Wonach gesucht wird: Kürzel oder Name
cli-help-location-search--limit = Höchstens so viele Zeilen
cli-help-location-edit = Einen Lagerplatz ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-location-edit--id = Kürzel oder Id des Lagerplatzes (Groß-/Kleinschreibung egal)
cli-help-location-edit--name = Name neben dem Kürzel
cli-help-location-edit--expect-version = Die Änderung ablehnen, wenn der Lagerplatz nicht mehr diese Version hat
cli-help-location-list = Interne und virtuelle Lagerplätze auflisten
cli-help-employee = Mitarbeiter: add, show, list, search, edit, delete
cli-help-employee-add = Einen Mitarbeiter anlegen und anzeigen
cli-help-employee-add--number = Personalnummer, eindeutig (Groß-/Kleinschreibung egal), ohne Leerzeichen
cli-help-employee-add--name = Vollständiger Name
cli-help-employee-add--joined = Eintrittsdatum, JJJJ-MM-TT
cli-help-employee-add--left = Letzter Beschäftigungstag, JJJJ-MM-TT; leer löscht ihn beim Ändern (wieder beschäftigt)
cli-help-employee-add--hourly = Lohn je gearbeitete Stunde (dies oder --salary; eines ersetzt das andere)
cli-help-employee-add--salary = Gehalt je Monat, bei Ein- oder Austritt nach Kalendertagen anteilig (oder --hourly)
cli-help-employee-add--currency = Währung des Lohns [Standard: die Einstellung currency]
cli-help-employee-add--deductions = NAME:PROZENT%[:DECKEL] oder NAME:BETRAG, in der angegebenen Reihenfolge angewandt (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
cli-help-employee-add--iban = Leerzeichen und Kleinbuchstaben sind erlaubt; die Prüfsumme wird geprüft; leer löscht sie beim Ändern
cli-help-employee-show = Einen Mitarbeiter anzeigen
cli-help-employee-show--id = Personalnummer oder Id des Mitarbeiters (Groß-/Kleinschreibung egal)
cli-help-employee-list = Mitarbeiter nach Id auflisten
cli-help-employee-list--after = Nur die mit höherer Id (die nächste Seite)
cli-help-employee-list--limit = Höchstens so viele Zeilen
cli-help-employee-search = Mitarbeiter nach Nummer oder Name finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-employee-search--text = Wonach gesucht wird: Nummer oder Name
cli-help-employee-search--limit = Höchstens so viele Zeilen
cli-help-employee-edit = Einen Mitarbeiter ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-employee-edit--id = Personalnummer oder Id des Mitarbeiters (Groß-/Kleinschreibung egal)
cli-help-employee-edit--number = Personalnummer, eindeutig (Groß-/Kleinschreibung egal), ohne Leerzeichen
cli-help-employee-edit--name = Vollständiger Name
cli-help-employee-edit--joined = Eintrittsdatum, JJJJ-MM-TT
cli-help-employee-edit--left = Letzter Beschäftigungstag, JJJJ-MM-TT; leer löscht ihn beim Ändern (wieder beschäftigt)
cli-help-employee-edit--hourly = Lohn je gearbeitete Stunde (dies oder --salary; eines ersetzt das andere)
cli-help-employee-edit--salary = Gehalt je Monat, bei Ein- oder Austritt nach Kalendertagen anteilig (oder --hourly)
cli-help-employee-edit--currency = Währung des Lohns [Standard: die Einstellung currency]
cli-help-employee-edit--deductions = NAME:PROZENT%[:DECKEL] oder NAME:BETRAG, in der angegebenen Reihenfolge angewandt (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
cli-help-employee-edit--iban = Leerzeichen und Kleinbuchstaben sind erlaubt; die Prüfsumme wird geprüft; leer löscht sie beim Ändern
cli-help-employee-edit--expect-version = Die Änderung ablehnen, wenn der Mitarbeiter nicht mehr diese Version hat
cli-help-employee-delete = Einen Mitarbeiter löschen; abgelehnt, solange andere Datensätze auf ihn verweisen
cli-help-employee-delete--id = Personalnummer oder Id des Mitarbeiters (Groß-/Kleinschreibung egal)
cli-help-employee-delete--force = Die Datensätze, die darauf verweisen, mitlöschen
cli-help-item = Artikel: add, show, list, search, edit, delete
cli-help-item-add = Einen Artikel anlegen und anzeigen
cli-help-item-add--sku = Die eindeutige Artikelnummer, ohne Leerzeichen; kein anderer Artikel darf sie als Artikelnr. oder Barcode haben
cli-help-item-add--name = Name des Artikels
cli-help-item-add--uom = Mengeneinheit [Standard: pcs]
cli-help-item-add--barcode = Ein Barcode, eindeutig über alle Artikelnummern und Barcodes (wiederholbar; beim Ändern ersetzt er alle, leer löscht)
cli-help-item-add--cost = Standardkosten einer Einheit
cli-help-item-add--price = Verkaufspreis einer Einheit
cli-help-item-add--currency = Währung von Kosten und Preis [Standard: die Einstellung currency]
cli-help-item-add--reorder-min = Meldebestand: `stock reorder` listet den Artikel, wenn sein Bestand über alle internen Lagerplätze darunter liegt
cli-help-item-add--reorder-max = Bestand, bis zu dem nachbestellt wird [Standard: der Meldebestand]
cli-help-item-add--order-multiple = In ganzen Vielfachen dieser Menge nachbestellen
cli-help-item-add--lead-days = Tage von der Bestellung bis zur Lieferung, eine ganze Zahl [Standard: 0]
cli-help-item-add--active = yes oder no [Standard: yes]
cli-help-item-add--vat = Regelsatz, ermäßigt, Nullsatz oder steuerfrei (auch standard, reduced, zero, exempt) [Standard: Regelsatz]
cli-help-item-add--vat-reason = Warum der Artikel steuerfrei ist (z. B. § 4 Nr. 14 UStG); nur bei steuerfrei
cli-help-item-show = Einen Artikel anzeigen
cli-help-item-show--id = Artikelnr. oder Id des Artikels (Groß-/Kleinschreibung egal)
cli-help-item-list = Artikel nach Id auflisten
cli-help-item-list--after = Nur die mit höherer Id (die nächste Seite)
cli-help-item-list--limit = Höchstens so viele Zeilen
cli-help-item-search = Artikel nach Artikelnr., Barcode oder Name finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-item-search--text = Wonach gesucht wird: Artikelnr., Barcode oder Name
cli-help-item-search--limit = Höchstens so viele Zeilen
cli-help-item-edit = Einen Artikel ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-item-edit--id = Artikelnr. oder Id des Artikels (Groß-/Kleinschreibung egal)
cli-help-item-edit--sku = Die eindeutige Artikelnummer, ohne Leerzeichen; kein anderer Artikel darf sie als Artikelnr. oder Barcode haben
cli-help-item-edit--name = Name des Artikels
cli-help-item-edit--uom = Mengeneinheit [Standard: pcs]
cli-help-item-edit--barcode = Ein Barcode, eindeutig über alle Artikelnummern und Barcodes (wiederholbar; beim Ändern ersetzt er alle, leer löscht)
cli-help-item-edit--cost = Standardkosten einer Einheit
cli-help-item-edit--price = Verkaufspreis einer Einheit
cli-help-item-edit--currency = Währung von Kosten und Preis [Standard: die Einstellung currency]
cli-help-item-edit--reorder-min = Meldebestand: `stock reorder` listet den Artikel, wenn sein Bestand über alle internen Lagerplätze darunter liegt
cli-help-item-edit--reorder-max = Bestand, bis zu dem nachbestellt wird [Standard: der Meldebestand]
cli-help-item-edit--order-multiple = In ganzen Vielfachen dieser Menge nachbestellen
cli-help-item-edit--lead-days = Tage von der Bestellung bis zur Lieferung, eine ganze Zahl [Standard: 0]
cli-help-item-edit--active = yes oder no [Standard: yes]
cli-help-item-edit--vat = Regelsatz, ermäßigt, Nullsatz oder steuerfrei (auch standard, reduced, zero, exempt) [Standard: Regelsatz]
cli-help-item-edit--vat-reason = Warum der Artikel steuerfrei ist (z. B. § 4 Nr. 14 UStG); nur bei steuerfrei
cli-help-item-edit--expect-version = Die Änderung ablehnen, wenn der Artikel nicht mehr diese Version hat
cli-help-item-delete = Einen Artikel löschen; abgelehnt, solange andere Datensätze auf ihn verweisen
cli-help-item-delete--id = Artikelnr. oder Id des Artikels (Groß-/Kleinschreibung egal)
cli-help-item-delete--force = Die Datensätze, die darauf verweisen, mitlöschen
cli-help-opportunity = Verkaufschancen: add, show, list, search, edit, delete, stage, pipeline
cli-help-opportunity-add = Eine Verkaufschance anlegen und anzeigen
cli-help-opportunity-add--customer = Id des Kunden
cli-help-opportunity-add--title = Was verkauft werden soll, z. B. "Wartungsvertrag 2027"
cli-help-opportunity-add--amount = Erwarteter Betrag, nicht negativ (1200.50 oder 1.200,50), in der Währung der Verkaufschance
cli-help-opportunity-add--currency = ISO-4217-Code, z. B. EUR [Standard: die Einstellung currency]
cli-help-opportunity-add--stage = Qualifizierung, Bedarfsanalyse, Angebot, Verhandlung, gewonnen oder verloren (auch qualification, needs-analysis, proposal, negotiation, won, lost) [Standard: Qualifizierung]; danach bewegt sie `opportunity stage`
cli-help-opportunity-add--probability = Prozent, 0–100 [Standard: der Wert der Phase]; leer beim Ändern kehrt dazu zurück
cli-help-opportunity-add--expected-close = Erwartetes Abschlussdatum, JJJJ-MM-TT; leer löscht es beim Ändern
cli-help-opportunity-add--owner = Wem sie gehört, ein Benutzername [Standard: niemand, für einen Agenten der Agent]; leer löscht es beim Ändern
cli-help-opportunity-add--lost-reason = Warum sie verloren ging (mit --stage lost, das ihn verlangt)
cli-help-opportunity-show = Eine Verkaufschance anzeigen
cli-help-opportunity-show--id = Id der Verkaufschance
cli-help-opportunity-search = Verkaufschancen nach Titel finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-opportunity-search--text = Wonach gesucht wird: Titel
cli-help-opportunity-search--limit = Höchstens so viele Zeilen
cli-help-opportunity-edit = Eine Verkaufschance ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-opportunity-edit--id = Id der Verkaufschance
cli-help-opportunity-edit--title = Was verkauft werden soll, z. B. "Wartungsvertrag 2027"
cli-help-opportunity-edit--amount = Erwarteter Betrag, nicht negativ (1200.50 oder 1.200,50), in der Währung der Verkaufschance
cli-help-opportunity-edit--probability = Prozent, 0–100 [Standard: der Wert der Phase]; leer beim Ändern kehrt dazu zurück
cli-help-opportunity-edit--expected-close = Erwartetes Abschlussdatum, JJJJ-MM-TT; leer löscht es beim Ändern
cli-help-opportunity-edit--owner = Wem sie gehört, ein Benutzername [Standard: niemand, für einen Agenten der Agent]; leer löscht es beim Ändern
cli-help-opportunity-edit--expect-version = Die Änderung ablehnen, wenn die Verkaufschance nicht mehr diese Version hat
cli-help-opportunity-delete = Eine Verkaufschance löschen; abgelehnt, solange andere Datensätze auf sie verweisen
cli-help-opportunity-delete--id = Id der Verkaufschance
cli-help-opportunity-delete--force = Die Datensätze, die darauf verweisen, mitlöschen
cli-help-opportunity-stage = Eine Verkaufschance in eine Phase bewegen (lost verlangt --reason)
cli-help-opportunity-stage--id = Id der Verkaufschance
cli-help-opportunity-stage--stage = Die neue Phase: Qualifizierung, Bedarfsanalyse, Angebot, Verhandlung, gewonnen oder verloren (auch qualification, needs-analysis, proposal, negotiation, won, lost)
cli-help-opportunity-stage--reason = Warum sie verloren ging (nur mit lost, das ihn verlangt)
cli-help-opportunity-stage--probability = Prozent, 0–100 [Standard: der Wert der Phase, auch wenn die Phase bleibt]
cli-help-opportunity-list = Verkaufschancen auflisten
cli-help-opportunity-list--stage = Nur Verkaufschancen in dieser Phase (Qualifizierung, Bedarfsanalyse, Angebot, Verhandlung, gewonnen oder verloren (auch qualification, needs-analysis, proposal, negotiation, won, lost))
cli-help-opportunity-list--customer = Nur Verkaufschancen dieses Kunden (seine Id)
cli-help-opportunity-list--limit = Höchstens so viele Zeilen
cli-help-opportunity-pipeline = Je Phase: Anzahl, Summe, gewichtete Summe; und Gesamtsummen
cli-help-interaction = Kontakte: add, show, list, search, edit, delete, done
cli-help-interaction-show = Einen Kontakt anzeigen
cli-help-interaction-show--id = Id des Kontakts
cli-help-interaction-search = Kontakte nach Betreff finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-interaction-search--text = Wonach gesucht wird: Betreff
cli-help-interaction-search--limit = Höchstens so viele Zeilen
cli-help-interaction-edit = Einen Kontakt ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert löscht es
cli-help-interaction-edit--id = Id des Kontakts
cli-help-interaction-edit--subject = Worum es ging
cli-help-interaction-edit--body = Was gesagt wurde, freier Text (leer löscht ihn)
cli-help-interaction-edit--outcome = Was dabei herauskam, freier Text; ein erfasster Anruf braucht ihn (leer löscht ihn)
cli-help-interaction-edit--duration = z. B. 4m30s (leer setzt sie auf null)
cli-help-interaction-edit--follow-up = Fälligkeit der Wiedervorlage, JJJJ-MM-TT (leer löscht sie; ein neues Datum ist wieder offen)
cli-help-interaction-edit--expect-version = Die Änderung ablehnen, wenn der Kontakt nicht mehr diese Version hat
cli-help-interaction-delete = Einen Kontakt löschen; abgelehnt, solange andere Datensätze auf ihn verweisen
cli-help-interaction-delete--id = Id des Kontakts
cli-help-interaction-delete--force = Die Datensätze, die darauf verweisen, mitlöschen
cli-help-interaction-add = Einen Kontakt mit einem Kunden erfassen (ein Anruf braucht ein Ergebnis)
cli-help-interaction-add--customer = Id des Kunden
cli-help-interaction-add--contact = Mit wem beim Kunden gesprochen wurde, freier Text
cli-help-interaction-add--channel = Anruf eingehend, Anruf ausgehend, E-Mail, Besuch, Soziale Medien, Chat oder Notiz (auch call-in, call-out, email, visit, social, chat, note)
cli-help-interaction-add--subject = Worum es ging
cli-help-interaction-add--body = Was gesagt wurde, freier Text (leer löscht ihn)
cli-help-interaction-add--outcome = Was dabei herauskam, freier Text; ein erfasster Anruf braucht ihn (leer löscht ihn)
cli-help-interaction-add--duration = z. B. 4m30s (leer setzt sie auf null)
cli-help-interaction-add--agent = [Standard: Ihr Benutzername]
cli-help-interaction-add--at = Wann: RFC 3339 oder Ortszeit `JJJJ-MM-TT HH:MM` / `TT.MM.JJJJ HH:MM` [Standard: jetzt]
cli-help-interaction-add--follow-up = Fälligkeit der Wiedervorlage, JJJJ-MM-TT (leer löscht sie; ein neues Datum ist wieder offen)
cli-help-interaction-add--follow-up-done = yes oder no [Standard: no]; danach erledigt `interaction done` sie
cli-help-interaction-list = Kontakte auflisten
cli-help-interaction-list--customer = Nur Kontakte mit diesem Kunden (seine Id)
cli-help-interaction-list--agent = Nur Kontakte dieses Mitarbeiters, ein Benutzername (Groß-/Kleinschreibung und Akzente egal)
cli-help-interaction-list--due = Offene Wiedervorlagen, fällig bis DATUM (Standard heute)
cli-help-interaction-list--limit = Höchstens so viele Zeilen
cli-help-interaction-done = Die Wiedervorlage eines Kontakts als erledigt markieren
cli-help-interaction-done--id = Id des Kontakts
cli-help-stock = Lager: receive, issue, move, count, reverse; Bestände, Lagerbuch, Nachbestellliste
cli-help-stock-receive = Wareneingang von einem Lieferanten (supplier → LAGERPLATZ)
cli-help-stock-receive--sku = Artikelnr. oder Barcode des Artikels
cli-help-stock-receive--quantity = Wie viele, in der Einheit des Artikels (mehr als null)
cli-help-stock-receive--to = Lagerplatz, wohin es geht [Standard: der Standardlagerplatz, WH1]
cli-help-stock-receive--reference = Referenz zur Bewegung, z. B. eine Auftragsnummer
cli-help-stock-issue = Abgang an einen Kunden (LAGERPLATZ → customer)
cli-help-stock-issue--sku = Artikelnr. oder Barcode des Artikels
cli-help-stock-issue--quantity = Wie viele, in der Einheit des Artikels (mehr als null)
cli-help-stock-issue--from = Lagerplatz, woher es kommt [Standard: der Standardlagerplatz, WH1]
cli-help-stock-issue--reference = Referenz zur Bewegung, z. B. eine Auftragsnummer
cli-help-stock-issue--allow-negative = Auch buchen, wenn der Bestand am Lagerplatz unter null fällt
cli-help-stock-move = Zwischen Lagerplätzen umlagern
cli-help-stock-move--sku = Artikelnr. oder Barcode des Artikels
cli-help-stock-move--quantity = Wie viele, in der Einheit des Artikels (mehr als null)
cli-help-stock-move--from = Lagerplatz, woher es kommt
cli-help-stock-move--to = Lagerplatz, wohin es geht
cli-help-stock-move--reference = Referenz zur Bewegung, z. B. eine Auftragsnummer
cli-help-stock-move--allow-negative = Auch buchen, wenn der Bestand am Lagerplatz unter null fällt
cli-help-stock-count = Eine Inventur erfassen; die Differenz wird gegen `loss` gebucht
cli-help-stock-count--sku = Artikelnr. oder Barcode des Artikels
cli-help-stock-count--location = Lagerplatz, der gezählt wurde
cli-help-stock-count--quantity = Die dort gefundene Menge, in der Einheit des Artikels (null oder mehr)
cli-help-stock-reverse = Die Bewegung buchen, die MOVE_ID rückgängig macht
cli-help-stock-reverse--move-id = Id der Bewegung (siehe `stock ledger`)
cli-help-stock-balance = Bestand nach Artikel und Lagerplatz
cli-help-stock-balance--sku = Nur dieser Artikel (Artikelnr. oder Barcode) [Standard: alle Artikel]
cli-help-stock-balance--location = Nur dieser Lagerplatz (nicht die Fächer darunter) [Standard: alle Lagerplätze]
cli-help-stock-ledger = Die Bewegungen eines Artikels mit laufendem Bestand
cli-help-stock-ledger--sku = Artikelnr. oder Barcode des Artikels
cli-help-stock-ledger--since = Nur Bewegungen ab diesem Datum (JJJJ-MM-TT, UTC)
cli-help-stock-ledger--until = Nur Bewegungen bis zu diesem Datum (JJJJ-MM-TT, UTC)
cli-help-stock-reorder = Artikel unter ihrem Meldebestand und was zu bestellen ist
cli-help-bom = Stücklisten: set, show, explode, Kostenrollup, where-used
cli-help-bom-set = Die Stückliste eines Artikels anlegen oder ersetzen
cli-help-bom-set--sku = Der Artikel, den die Stückliste ergibt (Artikelnr. oder Barcode)
cli-help-bom-set--output-qty = Einheiten, die ein Lauf ergibt; Positionen und Arbeitsgänge gelten je Lauf
cli-help-bom-set--lines = Eine Komponente je Lauf, Ausschuss in Prozent (wiederholbar)
cli-help-bom-set--operations = Ein Arbeitsgang je Lauf, der Satz je Stunde (wiederholbar)
cli-help-bom-set--expect-version = Ablehnen, wenn die gespeicherte Stückliste nicht mehr diese Version hat
cli-help-bom-show = Die Stückliste als eingerückter Baum
cli-help-bom-show--sku = Artikelnr. oder Barcode des Artikels
cli-help-bom-explode = Die Endkomponenten, die MENGE Einheiten brauchen, über den Baum summiert
cli-help-bom-explode--sku = Artikelnr. oder Barcode des Artikels
cli-help-bom-explode--qty = Wie viele Einheiten des Artikels
cli-help-bom-cost = Die Kosten einer Einheit, Ebene für Ebene aufgerollt
cli-help-bom-cost--sku = Artikelnr. oder Barcode des Artikels
cli-help-bom-where-used = Jeder Artikel, der SKU verwendet, direkt oder über Baugruppen
cli-help-bom-where-used--sku = Artikelnr. oder Barcode der Komponente
cli-help-bom-delete = Die Stückliste eines Artikels löschen (die Artikel bleiben)
cli-help-bom-delete--sku = Artikelnr. oder Barcode des Artikels
cli-help-produce = Einen Artikel aus seiner Stückliste fertigen: Komponenten ab, Produkt zu, eine Transaktion
cli-help-produce--sku = Artikelnr. oder Barcode des zu fertigenden Artikels
cli-help-produce--quantity = Wie viele Einheiten gefertigt werden
cli-help-produce--location = Woher die Komponenten kommen und wohin das Produkt geht [Standard: der Standardlagerplatz, WH1]
cli-help-payroll = Lohnabrechnung: Lohnzettel eines Monats berechnen, buchen (sperren), anzeigen, Zahlungsliste exportieren
cli-help-payroll-run = Die Lohnzettel-Entwürfe aller im Monat beschäftigten Mitarbeiter berechnen (ein Entwurfsmonat wird neu berechnet)
cli-help-payroll-run--period = Der Monat, JJJJ-MM
cli-help-payroll-run--hours = Gearbeitete Stunden eines Mitarbeiters im Stundenlohn (für jeden wiederholen)
cli-help-payroll-post = Einen Monat sperren: seine Lohnzettel werden endgültig und er kann nicht erneut berechnet werden
cli-help-payroll-post--period = Der Monat, JJJJ-MM
cli-help-payroll-show = Die Lohnzettel eines Monats mit jeder Zeile ausgeben
cli-help-payroll-show--period = Der Monat, JJJJ-MM
cli-help-payroll-show--employee = Nur der Lohnzettel dieses Mitarbeiters
cli-help-payroll-export = Die Zahlungsliste eines gebuchten Monats als CSV schreiben: Mitarbeiter, Name, IBAN, Netto
cli-help-payroll-export--period = Der Monat, JJJJ-MM
cli-help-payroll-export--out = In DATEI schreiben (nur für ihren Eigentümer lesbar) statt auf die Standardausgabe
cli-help-import = Datensätze aus einer CSV-Datei importieren (alles oder nichts)
cli-help-import--kind = Was die Datei enthält
cli-help-import--file = Die CSV-Datei, mit Kopfzeile
cli-help-import--maps = FELD=SPALTE; dasselbe Feld darf zweimal genannt werden (phone=phone, phone=fax)
cli-help-import--delimiter = Spaltentrennzeichen [Standard: erkannt, `,` oder `;`]
cli-help-import--encoding = [Standard: erkannt; windows-1252, wenn die Bytes kein UTF-8 sind]
cli-help-import--null = Ein Zellenwert, der leer bedeutet, z. B. NULL
cli-help-import--dry-run = Jede Zeile prüfen und berichten, aber nichts schreiben
cli-help-import--opening-stock = Artikel: die Menge dieser Spalte als Anfangsbestand buchen (supplier → --location)
cli-help-import--location = Artikel: wohin der Anfangsbestand geht [Standard: der Standardlagerplatz, WH1]
cli-help-import--lines = Aufträge: die CSV-Datei ihrer Positionen, jede mit ihrem Auftrag
cli-help-import--line-maps = Aufträge: FELD=SPALTE der Positionsdatei (order, sku, quantity, price, discount)
cli-help-report = Verkaufsauswertungen: Umsatz, ABC-Analyse, RFM-Segmente; Altersstruktur der offenen Forderungen
cli-help-report-revenue = Umsatz (Σ Positionsnetto der nicht stornierten Aufträge, nach Auftragsdatum), gruppiert
cli-help-report-revenue--by = Wonach gruppiert wird
cli-help-report-revenue--from = Aufträge ab diesem Tag
cli-help-report-revenue--until = Aufträge bis zu diesem Tag
cli-help-report-abc = ABC-Analyse nach Umsatz: A bis 80 %, B bis 95 %, C der Rest
cli-help-report-abc--by = Kunden oder Artikel
cli-help-report-rfm = Aktualität, Häufigkeit und Umsatz (Werte 1–5) und das Segment jedes Kunden
cli-help-report-rfm--as-of = Der Tag, bis zu dem die Aktualität zählt [Standard: heute]
cli-help-export = Datensätze als CSV exportieren, die `import` wieder liest
cli-help-export--kind = Was exportiert wird
cli-help-export--out = In DATEI schreiben statt auf die Standardausgabe
cli-help-export--from = datev: der erste Tag des Zeitraums (JJJJ-MM-TT)
cli-help-export--until = datev: der letzte Tag des Zeitraums (JJJJ-MM-TT)
cli-help-demo = Eine leere Datenbank mit Demodaten füllen
cli-help-demo--customers = Wie viele Kunden angelegt werden
cli-help-audit = Wer was geändert hat: das Protokoll (Administratoren)
cli-help-audit--record = Nur dieser Datensatz, als ART:ID (customer:42, item:7)
cli-help-audit--user = Nur was dieser Benutzer getan hat
cli-help-audit--since = Nur Einträge ab diesem Datum (JJJJ-MM-TT)
cli-help-audit--limit = Höchstens so viele Einträge, die neuesten (ein Eintrag zeigt eine Zeile je geändertem Feld)
cli-help-check = Jeden Indexeintrag gegen die Datensätze prüfen (Exit-Code 1 bei Abweichungen)
cli-help-reindex = Alle Indizes aus den Datensätzen neu aufbauen
cli-help-backup = Eine Sicherung der Datenbank schreiben, konsistent zu einem Zeitpunkt (auch während `kontor serve` darauf läuft)
cli-help-backup--out = Die zu schreibende Sicherungsdatei (erst ersetzt, wenn die neue Sicherung vollständig ist)
cli-help-restore = Eine neue Datenbank in --db (neu oder leer) oder --store (ohne Datensätze) aus einer Sicherung herstellen
cli-help-restore--file = Die wiederherzustellende Sicherungsdatei
cli-help-migrate = Eine Datenbank in eine andere ohne Datensätze kopieren (Datenbankverzeichnis oder postgres://…, in beide Richtungen), Datensatz für Datensatz geprüft
cli-help-migrate--from = Wo die Datensätze sind: ein Datenbankverzeichnis oder postgres://benutzer@rechner/datenbank
cli-help-migrate--to = Wohin sie gehen (neu oder ohne Datensätze): ein Datenbankverzeichnis oder postgres://benutzer@rechner/datenbank
cli-help-settings = Datenbankeinstellungen anzeigen oder ändern (default_region, currency, company_… für den Briefkopf); NAME allein erklärt sie
cli-help-settings--name = Zu ändernde Einstellung
cli-help-settings--value = Neuer Wert
cli-help-keys = Die wirksame Tastenbelegung ausgeben
cli-help-keys--preset = Grundbelegung [Standard: `preset` in der Keymap-Datei, sonst default]
cli-help-keys--keymap = Keymap-Datei über der Belegung [Standard: keymap.toml im Konfigurationsverzeichnis, z. B. ~/.config/kontor/keymap.toml, wenn vorhanden]
cli-help-vat = Umsatzsteuer: die Steuersätze nach Leistungsdatum
cli-help-vat-rates = Die Umsatzsteuersätze ab dem Tag, an dem sie gelten (Prozent); ein Beleg nimmt die seines Leistungsdatums
cli-help-vat-rates--date = Nur die Sätze, die an diesem Leistungsdatum gelten, JJJJ-MM-TT [Standard: alle Zeiträume]
cli-help-serve = Die Datenbank über SSH bereitstellen: eine TUI je Sitzung, viele Benutzer gleichzeitig
cli-help-serve--listen = Adresse und Port, auf denen gelauscht wird
cli-help-serve--host-key = Host-Schlüsseldatei [Standard: ssh_host_ed25519_key im Datenbankverzeichnis, beim ersten Start erzeugt]
cli-help-serve--idle-timeout = Sitzungen ohne Eingabe nach dieser Dauer beenden (30m, 1h, 90s)
cli-help-serve--resume-within = Eine Sitzung mit abgebrochener Verbindung so lange zum Fortsetzen aufheben (0s: keine)
cli-help-serve--login-grace-time = Verbindungen schließen, die sich nach dieser Dauer nicht angemeldet haben (wie LoginGraceTime von OpenSSH)
cli-help-serve--max-login-failures = Fehlgeschlagene Anmeldungen einer Adresse, bevor ihre Verbindungen abgelehnt werden
cli-help-serve--login-failure-window = Die Zeit, in der eine abgelehnte Adresse ihre Versuche zurückbekommt, einen nach dem anderen
cli-help-user = Konten von `kontor serve`: add, list, remove, set-role, set-lang, add-key, remove-key
cli-help-user-add = Ein Konto anlegen, das sich per SSH mit einem öffentlichen Schlüssel anmeldet
cli-help-user-add--name = Name des Kontos, der SSH-Login: 1–32 aus a-z, 0-9, `.`, `_`, `-`
cli-help-user-add--role = Agent, Vertrieb, Lager, Lohnbüro, Einkauf oder Admin (auch agent, sales, warehouse, payroll, purchasing, admin)
cli-help-user-add--key = Die Zeile des öffentlichen Schlüssels, z. B. "ssh-ed25519 AAAA… anna@desk"
cli-help-user-add--key-file = Eine Datei mit Zeilen öffentlicher Schlüssel, z. B. ~/.ssh/id_ed25519.pub
cli-help-user-set-lang = Die Sprache der Sitzungen eines Kontos setzen: --lang de|en oder --client
cli-help-user-set-lang--name = Name des Kontos
cli-help-user-set-lang--client = Wieder das LANG des SSH-Clients entscheiden lassen (sonst die Sprache des Servers)
cli-help-user-list = Konten, ihre Rollen und Schlüssel-Fingerabdrücke auflisten
cli-help-user-remove = Ein Konto entfernen
cli-help-user-remove--name = Name des Kontos
cli-help-user-set-role = Die Rolle eines Kontos ändern
cli-help-user-set-role--name = Name des Kontos
cli-help-user-set-role--role = Agent, Vertrieb, Lager, Lohnbüro, Einkauf oder Admin (auch agent, sales, warehouse, payroll, purchasing, admin)
cli-help-user-add-key = Ein Konto mit einem weiteren Schlüssel anmelden lassen
cli-help-user-add-key--name = Name des Kontos
cli-help-user-add-key--key = Die Zeile des öffentlichen Schlüssels, z. B. "ssh-ed25519 AAAA… anna@desk"
cli-help-user-add-key--key-file = Eine Datei mit Zeilen öffentlicher Schlüssel, z. B. ~/.ssh/id_ed25519.pub
cli-help-user-remove-key = Einen Schlüssel eines Kontos über seinen Fingerabdruck entfernen (SHA256:…, siehe `user list`)
cli-help-user-remove-key--name = Name des Kontos
cli-help-user-remove-key--fingerprint = Fingerabdruck des Schlüssels, SHA256:…
cli-user-set-lang-either = die Sprache mit --lang de|en angeben oder --client für die des SSH-Clients
cli-word-database = Datenbank

## price set|show|list
cli-price-one-scope = geben Sie an, für wen die Regel gilt: genau eins von --customer, --tag oder --everyone
cli-price-for-customer = Kunde { $id }
cli-price-for-tag = Schlagwort { $tag }
cli-price-for-everyone = alle
cli-price-buyer = Kunde { $id } ({ $name })
cli-price-anyone = beliebige Kunden
cli-price-headline = { $sku } für { $buyer }, { $qty } { $uom } am { $date }: { $price } je Einheit
cli-price-applied = festgelegt durch Regel { $rule }
cli-price-list = es gilt der Listenpreis { $price }: keine Regel trifft zu
cli-price-outcome-applied = angewandt

## Hilfe von price-rule und price
cli-help-price-rule = Preisregeln: add, show, list, search, edit, delete
cli-help-price-rule-add = Eine Preisregel anlegen und ausgeben
cli-help-price-rule-add--item = Nummer (id) des Artikels, den die Regel bepreist
cli-help-price-rule-add--customer = Nummer (id) des einen Kunden, für den die Regel gilt (nicht mit --tag; keins von beiden: für alle)
cli-help-price-rule-add--tag = Das Kunden-Schlagwort, für das die Regel gilt (nicht mit --customer; keins von beiden: für alle)
cli-help-price-rule-add--min-qty = Mengenstaffel: die Regel gilt ab dieser Menge [Standard: 1]
cli-help-price-rule-add--price = Fester Stückpreis in der Währung des Listenpreises (nicht mit --discount)
cli-help-price-rule-add--discount = Rabatt in Prozent auf den Listenpreis, z. B. 5 oder 5% (nicht mit --price)
cli-help-price-rule-add--valid-from = Erster gültiger Tag (05.12.2026 oder 2026-12-05) [Standard: immer]
cli-help-price-rule-add--valid-until = Letzter gültiger Tag [Standard: ohne Ende]
cli-help-price-rule-show = Eine Preisregel anzeigen
cli-help-price-rule-show--id = Nummer (id) der Preisregel
cli-help-price-rule-list = Preisregeln nach Nummer auflisten
cli-help-price-rule-list--after = Nur die mit höherer Nummer (die nächste Seite)
cli-help-price-rule-list--limit = Höchstens so viele Zeilen
cli-help-price-rule-search = Preisregeln nach Schlagwort finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-price-rule-search--text = Wonach gesucht wird: Schlagwort
cli-help-price-rule-search--limit = Höchstens so viele Zeilen
cli-help-price-rule-edit = Eine Preisregel ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert leert es
cli-help-price-rule-edit--id = Nummer (id) der Preisregel
cli-help-price-rule-edit--item = Nummer (id) des Artikels, den die Regel bepreist
cli-help-price-rule-edit--customer = Nummer (id) des einen Kunden, für den die Regel gilt (nicht mit --tag; keins von beiden: für alle)
cli-help-price-rule-edit--tag = Das Kunden-Schlagwort, für das die Regel gilt (nicht mit --customer; keins von beiden: für alle)
cli-help-price-rule-edit--min-qty = Mengenstaffel: die Regel gilt ab dieser Menge [Standard: 1]
cli-help-price-rule-edit--price = Fester Stückpreis in der Währung des Listenpreises (nicht mit --discount)
cli-help-price-rule-edit--discount = Rabatt in Prozent auf den Listenpreis, z. B. 5 oder 5% (nicht mit --price)
cli-help-price-rule-edit--valid-from = Erster gültiger Tag (05.12.2026 oder 2026-12-05) [Standard: immer]
cli-help-price-rule-edit--valid-until = Letzter gültiger Tag [Standard: ohne Ende]
cli-help-price-rule-edit--expect-version = Die Änderung ablehnen, wenn die Preisregel nicht mehr in dieser Version ist
cli-help-price-rule-delete = Eine Preisregel löschen; abgelehnt, solange andere Datensätze auf sie verweisen
cli-help-price-rule-delete--id = Nummer (id) der Preisregel
cli-help-price-rule-delete--force = Die Datensätze, die auf sie verweisen, mitlöschen
cli-help-price = Preise: Regel anlegen (set), den Preis eines Artikels für einen Kunden mit Begründung zeigen, Regeln auflisten
cli-help-price-set = Einem Artikel eine Preisregel geben (wie `price-rule add`, mit Artikelnr. und Kundennr.)
cli-help-price-set--sku = Artikelnr. oder Barcode des Artikels
cli-help-price-set--customer = Kundennr. oder Nummer (id) des einen Kunden, für den die Regel gilt
cli-help-price-set--tag = Das Kunden-Schlagwort, für das die Regel gilt
cli-help-price-set--everyone = Die Regel gilt für alle Kunden
cli-help-price-set--min-qty = Mengenstaffel: die Regel gilt ab dieser Menge [Standard: 1]
cli-help-price-set--price = Fester Stückpreis in der Währung des Listenpreises
cli-help-price-set--discount = Rabatt in Prozent auf den Listenpreis, z. B. 5 oder 5%
cli-help-price-set--from = Erster gültiger Tag [Standard: immer]
cli-help-price-set--until = Letzter gültiger Tag [Standard: ohne Ende]
cli-help-price-show = Der Stückpreis eines Artikels für Kunde, Menge und Tag, mit Begründung: die angewandte Regel und jede übergangene
cli-help-price-show--sku = Artikelnr. oder Barcode des Artikels
cli-help-price-show--customer = Kundennr. oder Nummer (id) des Kunden [Standard: kein Kunde, nur Regeln für alle gelten]
cli-help-price-show--qty = Wie viele Einheiten
cli-help-price-show--date = Der Tag, für den der Preis gilt (05.12.2026 oder 2026-12-05) [Standard: heute]
cli-help-price-list = Die Preisregeln eines Artikels oder aller Artikel
cli-help-price-list--sku = Artikelnr. oder Barcode des Artikels [Standard: alle Artikel]

## Angebote und Aufträge
cli-kind-quote = Angebot
cli-kind-sales-order = Auftrag
cli-field-date = Datum
cli-field-state = Status
cli-field-unit-price = Einzelpreis
cli-field-vat = MwSt.
cli-field-category = Kategorie
cli-field-text = Text
cli-field-requested = Wunschtermin
cli-field-cancelled = storniert
cli-field-opportunity = Verkaufschance
cli-field-order = Auftrag
cli-field-quote = Angebot
cli-field-reason = Grund
cli-sales-net = Netto:  { $amount }
cli-sales-vat = MwSt.:  { $amount }
cli-sales-gross = Brutto: { $amount }
cli-help-quote = Angebote: anlegen, anzeigen, auflisten, versenden, annehmen, ablehnen, in einen Auftrag umwandeln
cli-help-quote-add = Ein Angebot (Entwurf) für einen Kunden anlegen
cli-help-quote-add--customer = Kundennr. oder Nummer (id) des Kunden
cli-help-quote-add--lines = ARTIKELNR:MENGE[:PREIS[:RABATT%[:MWST]]], mehrfach; ohne Preis: der Preis des Kunden; MwSt. standard, reduced oder zero
cli-help-quote-add--text-lines = Eine Position ohne Artikel: TEXT:MENGE:PREIS[:RABATT%[:MWST]], mehrfach, nach den Artikelpositionen
cli-help-quote-add--valid-until = Letzter gültiger Tag des Angebots [Standard: 30 Tage ab heute]
cli-help-quote-add--opportunity = Nummer (id) der Verkaufschance des Kunden, zu der das Angebot gehört (gewonnen, wenn das Angebot zum Auftrag wird)
cli-help-quote-show = Ein Angebot anzeigen: Positionen, Summen je Steuersatz, Netto, MwSt. und Brutto
cli-help-quote-show--quote = Nummer (AN-2026-00001) oder id des Angebots
cli-help-quote-list = Die Angebote auflisten, oder die eines Kunden
cli-help-quote-list--customer = Kundennr. oder Nummer (id) des Kunden [Standard: alle Kunden]
cli-help-quote-send = Ein Angebot im Entwurf als an den Kunden versendet markieren
cli-help-quote-send--quote = Nummer (AN-2026-00001) oder id des Angebots
cli-help-quote-accept = Erfassen, dass der Kunde ein versendetes Angebot angenommen hat
cli-help-quote-accept--quote = Nummer (AN-2026-00001) oder id des Angebots
cli-help-quote-decline = Erfassen, dass der Kunde ein versendetes Angebot abgelehnt hat
cli-help-quote-decline--quote = Nummer (AN-2026-00001) oder id des Angebots
cli-help-quote-convert = Aus einem angenommenen Angebot einen Auftrag machen; seine Verkaufschance wird gewonnen
cli-help-quote-convert--quote = Nummer (AN-2026-00001) oder id des Angebots
cli-help-order = Aufträge: anlegen, anzeigen, auflisten, stornieren
cli-help-order-add = Einen offenen Auftrag für einen Kunden anlegen
cli-help-order-add--customer = Kundennr. oder Nummer (id) des Kunden
cli-help-order-add--lines = ARTIKELNR:MENGE[:PREIS[:RABATT%[:MWST]]], mehrfach; ohne Preis: der Preis des Kunden; MwSt. standard, reduced oder zero
cli-help-order-add--text-lines = Eine Position ohne Artikel: TEXT:MENGE:PREIS[:RABATT%[:MWST]], mehrfach, nach den Artikelpositionen
cli-help-order-add--reference = Die eigene Bestellnummer des Kunden
cli-help-order-add--reference-date = Das Datum der Bestellung des Kunden
cli-help-order-add--requested = Der Wunschtermin des Kunden für alle Positionen (das Lieferdatum für die MwSt.) [Standard: das Auftragsdatum]
cli-help-order-show = Einen Auftrag anzeigen: Positionen, Summen je Steuersatz, Netto, MwSt. und Brutto
cli-help-order-show--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-list = Die Aufträge auflisten, oder die eines Kunden
cli-help-order-list--customer = Kundennr. oder Nummer (id) des Kunden [Standard: alle Kunden]
cli-help-order-cancel = Einen offenen oder bestätigten Auftrag stornieren, ganz oder einen Teil einer Position (--line, --qty)
cli-help-order-cancel--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-cancel--reason = Warum storniert wird

## availability and reservations
cli-field-reserved = reserviert
cli-field-backordered = Rückstand
cli-field-available = verfügbar
cli-order-confirmed = Auftragsbestätigung { $number } für { $customer }: { $complete } von { $lines } Artikelpositionen voll reserviert; der Rest ist im Rückstand
cli-help-order-confirm = Einen Auftrag bestätigen: verfügbaren Bestand reservieren, den Rest als Rückstand führen, und die Auftragsbestätigung erteilen (bei einem seither geänderten, bestätigten Auftrag erneut, mit den Änderungen)
cli-help-order-confirm--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-stock-available = Bestand, durch bestätigte Aufträge reserviert und verfügbar eines Artikels, je Lagerplatz und gesamt, und was zu welchem Datum zugesagt werden kann
cli-help-quote-add--contact = Der Ansprechpartner beim Kunden
cli-help-quote-add--payment-terms = Zahlungsbedingungen, z. B. „30 Tage netto“
cli-help-quote-add--delivery-terms = Lieferbedingungen, z. B. „frei Haus“
cli-help-order-add--contact = Der Ansprechpartner beim Kunden
cli-help-order-add--payment-terms = Zahlungsbedingungen, z. B. „30 Tage netto“
cli-help-order-add--delivery-terms = Lieferbedingungen, z. B. „frei Haus“
cli-help-order-add--promised = Der zugesagte Liefertermin aller Positionen [Standard: keiner]
cli-help-order-confirm--pdf = Die Auftragsbestätigung auch als PDF in diese Datei schreiben
cli-help-order-confirmation = Eine erteilte Auftragsbestätigung erneut ausgeben oder als PDF schreiben
cli-help-order-confirmation--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-confirmation--sequence = Welche Auftragsbestätigung (1 für die erste) [Standard: die letzte]
cli-help-order-confirmation--pdf = Die Auftragsbestätigung auch als PDF in diese Datei schreiben
cli-help-order-promise = Den zugesagten Liefertermin einer Position setzen (ein leeres Datum löscht ihn)
cli-help-order-promise--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-promise--line = Die Nummer der Position (1 für die erste)
cli-help-order-promise--date = Der zugesagte Liefertermin (2026-12-18 oder 18.12.2026)
cli-help-order-quantity = Die Menge einer Position ändern; ein bestätigter Auftrag reserviert oder gibt passend frei
cli-help-order-quantity--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-quantity--line = Die Nummer der Position (1 für die erste)
cli-help-order-quantity--qty = Die neue bestellte Menge
cli-help-order-set = Bestellnummer des Kunden, Ansprechpartner und Bedingungen eines Auftrags ändern
cli-help-order-set--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-set--reference = Die eigene Bestellnummer des Kunden
cli-help-order-set--reference-date = Das Datum der Bestellung des Kunden (leer: keines)
cli-help-order-set--contact = Der Ansprechpartner beim Kunden
cli-help-order-set--payment-terms = Zahlungsbedingungen, z. B. „30 Tage netto“
cli-help-order-set--delivery-terms = Lieferbedingungen, z. B. „frei Haus“
cli-help-stock-available--sku = Artikelnummer oder Barcode des Artikels
cli-stock-available-total = gesamt
cli-stock-available-unassigned = (ohne Lagerort)
cli-help-stock-available--date = Zusagbare Menge an diesem Datum (JJJJ-MM-TT) [Vorgabe: eine Tabelle nach Fälligkeit]
cli-field-demand = Bedarf
cli-field-supply = Zugang
cli-field-atp = zusagbar
cli-stock-atp-by-date = Zusagbar nach Fälligkeit (offener, nicht reservierter Bedarf offener und bestätigter Aufträge):
cli-stock-atp-on-date = Zusagbar am Datum (offener, nicht reservierter Bedarf, bis dahin fällig):
cli-stock-atp-no-supply = Zugänge sind nicht berücksichtigt: kontor kennt noch keine Bestellungen beim Lieferanten.
cli-delivery-posted = Lieferschein { $number } zu Auftrag { $order }:
cli-delivery-line-form = „{ $text }“ ist keine Lieferposition: LINE:MENGE schreiben, z. B. 1:5
cli-field-delivered = geliefert
cli-order-delivered = geliefert
cli-help-order-list--held = Nur die gesperrten Aufträge, älteste Sperre zuerst, mit den Gründen
cli-help-order-release = Einen gesperrten Auftrag freigeben (Vertriebsleitung und Admins), mit Begründung
cli-help-order-release--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-release--reason = Warum er freigegeben wird
cli-order-release = { $at } von { $by }: { $reason } (war gesperrt: { $reasons })
cli-field-hold = gesperrt
cli-field-held-since = gesperrt seit
cli-field-reasons = Gründe
cli-field-released = freigegeben
cli-help-delivery = Lieferscheine: Picklisten bestätigter Aufträge, zum Kunden gebucht
cli-help-delivery-post = Eine Pickliste (LS-2026-00001) buchen oder einen Auftrag sofort liefern: den Bestand zum Kunden buchen
cli-help-delivery-post--lines = POSITION:MENGE, die von dieser Position des Auftrags geliefert wird (wiederholbar) [Standard: alles Reservierte]
cli-delivery-lines-of-note = { $number } ist eine Pickliste: sie wird gebucht, wie sie ist, ohne --line
cli-field-bin = Fach
cli-field-created-by = Angelegt von
cli-field-posted = Gebucht
cli-field-posted-by = Gebucht von
cli-help-order-add--partial-deliveries = Ob dieser Auftrag Teillieferungen zulässt: yes oder no [Standard: die Bedingung des Kunden]
cli-help-order-add--backorders = Ob dieser Auftrag Rückstände zulässt: yes oder no [Standard: die Bedingung des Kunden]
cli-help-order-cancel--line = Die Position (1, 2, …), von der ein Teil storniert wird [Standard: der ganze Auftrag]
cli-help-order-cancel--qty = Wie viel der Position storniert wird
cli-help-delivery-add = Eine Pickliste eines bestätigten Auftrags anlegen: das Reservierte, nach Lagerplatz und Fach
cli-help-delivery-add--order = Nummer (AU-2026-00001) oder ID des Auftrags
cli-help-delivery-add--lines = POSITION:MENGE, die von dieser Position geliefert wird (wiederholbar) [Standard: alles Reservierte]
cli-help-delivery-post--target = Nummer der Pickliste (LS-2026-00001) oder Nummer bzw. ID des Auftrags
cli-help-delivery-show = Einen Lieferschein zeigen: seine Positionen nach Lagerplatz und Fach
cli-help-delivery-show--delivery = Nummer (LS-2026-00001) oder ID des Lieferscheins
cli-help-delivery-list = Die Lieferscheine auflisten, oder die eines Auftrags oder Status
cli-help-delivery-list--order = Nummer oder ID des Auftrags [Standard: alle Aufträge]
cli-help-delivery-list--state = draft (Picklisten) oder posted [Standard: beide]
cli-kind-delivery-note = Lieferschein
cli-kind-invoice = Rechnung
cli-help-order-reallocate = Für einen bestätigten Auftrag reservierten Bestand einem anderen zuteilen, der auf den Artikel wartet
cli-help-order-reallocate--sku = Artikelnummer oder Barcode des Artikels
cli-help-order-reallocate--qty = Wie viel der Reservierung umgebucht wird
cli-help-order-reallocate--from = Nummer oder id des Auftrags, der die Reservierung abgibt
cli-help-order-reallocate--to = Nummer oder id des Auftrags, der sie erhält (seine Rückstandspositionen)
cli-order-reallocated = { $quantity } { $sku }, reserviert für { $from }, jetzt reserviert für { $to }
cli-help-order-request = Den Wunschtermin des Kunden für eine Position setzen, ihr Lieferdatum für die USt. (ein leeres Datum: das Auftragsdatum)
cli-help-order-request--order = Nummer (AU-2026-00001) oder id des Auftrags
cli-help-order-request--line = Die Nummer der Position (1 für die erste)
cli-help-order-request--date = Der Wunschtermin (2026-12-18 oder 18.12.2026)
cli-help-order-add--confirm = Sofort bestätigen, im selben Schreibvorgang (reserviert Bestand, erstellt die Auftragsbestätigung)
