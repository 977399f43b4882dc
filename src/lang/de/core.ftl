# core
# Ein Datensatz, den zwischendurch jemand anderes gespeichert hat.
core-changed = { $record } wurde { $by } (jetzt Version { $version })
core-changed-by = von { $user } am { $at } geändert
core-changed-by-someone = von jemand anderem geändert

# Was der Datenspeicher meldet.
core-store-in-use = Datenbank { $path } wird von einem anderen kontor-Prozess verwendet; schließen Sie ihn zuerst (nur ein Prozess darf eine Datenbank öffnen)
core-store-open = Datenbank { $path } lässt sich nicht öffnen: { $reason }
core-store-not-found = { $record } existiert nicht
core-store-stale = { $record } wurde von jemand anderem geändert (jetzt Version { $current }, Sie haben Version { $expected } bearbeitet); neu laden und erneut versuchen
core-store-corrupt = gespeicherter Datensatz ({ $kind }) ist beschädigt: { $reason }
core-store-sum-too-large = die Beträge ergeben mehr, als kontor summieren kann; nichts wurde gespeichert — verringern Sie den größten Betrag
core-store-too-new = gespeicherter Datensatz ({ $kind }) hat Schema-Version { $found }, neuer als diese kontor-Version versteht ({ $known }); aktualisieren Sie kontor
core-store-disk-full = der Datenträger der Datenbank ist voll: diese Änderung wurde nicht gespeichert; schaffen Sie Platz und versuchen Sie es erneut
core-store-sled = Datenbankfehler: { $reason }
core-store-postgres = PostgreSQL-Fehler: { $reason }
core-store-unreachable = PostgreSQL-Datenbank { $location } ist nicht erreichbar: { $reason }
core-store-commit-unknown = die Verbindung zur PostgreSQL-Datenbank { $location } brach ab, während die Änderung festgeschrieben wurde ({ $reason }): ob sie gespeichert ist, ist unbekannt; sehen Sie nach, bevor Sie sie wiederholen
core-store-bad-address = { $location } ist keine PostgreSQL-Adresse (postgres://benutzer@rechner/datenbank): { $reason }
core-store-copy-target-not-empty = die Zieldatenbank enthält schon Datensätze; migrieren Sie in eine neue oder leere
core-store-copy-differs = die Kopie weicht in { $tree } bei Schlüssel { $key } von ihrer Quelle ab

# Rechte und Datensätze.
core-not-permitted = für die Rolle { $role } nicht erlaubt
core-nobody = niemandem
core-belongs-to = { $record } gehört { $owner }: für die Rolle { $role } nicht erlaubt
core-the-opportunity = die Verkaufschance
core-unknown-record = „{ $text }“ ist { $kind ->
        [opportunity] keine Verkaufschance
        [customer] kein Kunde
        [supplier] kein Lieferant
        [location] kein Lagerplatz
        [employee] kein Mitarbeiter
        [item] kein Artikel
        [interaction] kein Kontakt
       *[other] nicht { $a_kind }
    } (anzeigen mit: kontor { $kind } list)
core-import-duplicate = „{ $text }“ ist auch { $field } in Zeile { $line }
core-taken = { $field } „{ $text }“ wird schon von { $record } ({ $name }) verwendet
core-import-shared = „{ $text }“ ist { $field } von { $first } und von { $second }
core-delete-kept = sie werden aufbewahrt, daher bleibt der Datensatz
core-delete-force = --force löscht sie mit
core-delete-referred = auf { $record } ({ $name }) verweisen { $by }; { $then }
core-no-follow-up = { $record } hat keine Wiedervorlage
core-unknown-setting = unbekannte Einstellung „{ $name }“ (möglich: { $choices })

# Lager, Stücklisten und Fertigung.
core-shortage-line = { $sku } braucht { $needed }, hat { $on_hand }, fehlt { $short }
core-shortages = { $producing } kann an { $location } nicht gefertigt werden: { $count ->
        [one] { $count } Komponente fehlt
       *[other] { $count } Komponenten fehlen
    } ({ $lines }); nichts wurde gebucht
core-no-bom = { $sku } hat keine Stückliste (anlegen mit: kontor bom set { $sku } --line SKU:QTY)
core-bom-would-cycle = die Stückliste von { $sku } würde einen Kreis { $path } bilden; nichts gespeichert
core-bom-no-version = { $sku } hat noch keine Stückliste, also auch keine in Version { $version }
core-produce-virtual = { $location } ist virtuell; fertigen Sie an einem internen Lagerplatz
core-bom-cycle = die Stücklisten bilden einen Kreis { $path }; ändern Sie eine davon mit kontor bom set
core-bom-currency = { $what } von { $sku } ist in { $found }, die Kalkulation aber in { $expected }; geben Sie Kosten und Sätze in { $expected } an
core-bom-unknown-item = { $record } steht in einer Stückliste, existiert aber nicht
core-count-negative = eine gezählte Menge kann nicht negativ sein
core-count-virtual = { $location } ist virtuell und hat keinen Bestand zum Zählen
core-move-reversed = { $record } wurde schon durch { $by } storniert
core-move-short = nur { $on_hand } { $uom } von { $sku } an { $location }; { $needed } benötigt (fehlt { $short }); nichts gebucht (mit --allow-negative trotzdem buchen)
core-no-item = kein Artikel mit Artikelnr. oder Barcode „{ $code }“
core-unknown-location = unbekannter Lagerplatz „{ $code }“ (anlegen mit: kontor location add { $code })
core-opening-negative = Anfangsbestand { $quantity } ist negativ
core-opening-new-items = Anfangsbestand gibt es nur zu neuen Artikeln: lassen Sie die Spalte id weg

# Lohnabrechnung, Mitarbeiter, Lagerplätze, Suche, Beispieldaten.
core-payroll-already-posted = { $period } ist schon gebucht
core-payroll-hours-twice = die Stunden von Mitarbeiter { $number } sind doppelt angegeben
core-payroll-no-employee = kein Mitarbeiter hat die Personalnr. { $number }
core-payroll-nobody-employed = in { $period } ist niemand beschäftigt; legen Sie zuerst Mitarbeiter an (kontor employee add)
core-payroll-not-permitted = Lohndaten gibt es nur für die Rollen Lohnbüro und Admin; { $user } hat die Rolle { $role }
core-payroll-posted = { $period } ist gebucht; die Lohnzettel sind endgültig, die Abrechnung kann nicht erneut laufen
core-payroll-no-payslips = { $period } hat keine Lohnzettel; rechnen Sie zuerst ab: kontor payroll run --period { $period }
core-payroll-unknown-employee = kein Mitarbeiter hat die Personalnr. { $number }; siehe kontor employee list
core-payroll-no-payslip = Mitarbeiter { $number } hat keinen Lohnzettel für { $period }
core-payroll-draft = { $period } ist ein Entwurf; buchen Sie ihn zuerst (kontor payroll post --period { $period }), dann exportieren Sie die Zahlungsliste
core-employee-unknown = kein Mitarbeiter hat die Personalnr. { $number }: „{ $number }“ ist kein Mitarbeiter (anzeigen mit: kontor employee list)
core-location-virtual-name = „{ $code }“ ist virtuell: er hat keinen Namen, der sich ändern ließe
core-location-unknown = „{ $code }“ ist kein Lagerplatz (anzeigen mit: kontor location list)
core-location-stays = Lagerplatz { $code } bleibt: Bewegungen und Bestände sind unter seinem Code gespeichert
core-search-digits = geben Sie mindestens { $digits } Ziffern der Nummer ein
core-search-too-long = der Text ist { $length } Zeichen lang; suchen Sie nach höchstens { $most }
core-demo-not-empty = Datenbank { $path } ist nicht leer; Beispieldaten kommen nur in eine leere Datenbank

# Importe und Sicherungen.
core-store-ids-taken = { $kind } { $low } bis { $high } können ihre Nummern nicht behalten: diese Datenbank hat { $kind }-Nummern bis { $last } vergeben — importieren Sie in eine leere Datenbank, oder lassen Sie die Spalte id weg, um neu zu nummerieren
core-store-import-more = der Import schrieb mehr { $kind } als angekündigt
core-store-some-ids = { $with_id } von { $count } { $kind } haben eine id und die anderen keine: geben Sie jedem seine id oder keinem
core-store-id-twice = { $kind } id { $id } kommt zweimal vor
core-store-taken = { $field } „{ $text }“ wird schon von { $record } verwendet
core-store-unreadable = ließ sich nicht lesen: { $reason }
core-store-backup-unknown-tree = enthält Datensätze von „{ $tree }“, die diese kontor-Version nicht kennt; stellen Sie sie mit der Version wieder her, die sie schrieb
core-store-restore-not-empty = { $path } ist nicht leer; stellen Sie in ein neues oder leeres Verzeichnis wieder her
core-store-restore-database-not-empty = { $database } enthält schon Datensätze; stellen Sie in eine neue Datenbank oder eine ohne Datensätze wieder her
core-store-backup-failed = das Schreiben der Sicherung schlug fehl: { $reason }
core-store-backup-too-short = ist keine kontor-Sicherung (zu kurz)
core-store-backup-not = ist keine kontor-Sicherung
core-store-backup-newer = wurde von einer neueren kontor-Version geschrieben (Sicherungsformat { $format }; diese Version liest bis { $known }); stellen Sie sie mit jener Version wieder her
core-store-backup-truncated = ist abgeschnitten (die Sicherung wurde nicht fertig, oder die Datei wurde gekürzt)
core-store-backup-damaged = ist beschädigt: die Prüfsumme passt nicht zum Inhalt
core-store-backup-running = eine Sicherung dieser Datenbank läuft schon; warten Sie, bis sie fertig ist

# Öffnen und Prüfen der Datenbank.
core-store-step-undo-import = entferne einen Import, der nicht fertig wurde
core-store-step-upgrade = bringe { $kind } auf das Format dieser Version (läuft einmal)
core-store-step-reindex = fülle die in dieser Version neuen Indizes von { $kind } (läuft einmal)
core-store-step-finish-reindex = beende eine abgebrochene Neuindizierung
core-store-check-missing = fehlender Eintrag
core-store-check-extra = überzähliger Eintrag
core-store-check-stale = veralteter Eintrag
core-store-check-unreadable = unlesbarer Datensatz
core-store-check-overreserved = Überreservierung
core-store-check-for = für { $record }
core-store-check-points-to = verweist auf { $record }
core-store-check-figures-differ = Zahlen weichen ab von { $record }
core-store-check-sums = Summen je Schlüssel über die Datenart { $kind }
core-store-balance-differs = hält { $stored }, die Bewegungen ergeben { $wanted }
core-store-balance-missing = fehlt, die Bewegungen ergeben { $wanted }
core-store-balance = { $record } an { $location }: { $detail }
core-store-reserved-over = { $record } an { $location }: { $reserved } von bestätigten Aufträgen reserviert, { $on_hand } am Lager (reindex behebt das nicht: Bestand zugehen lassen oder zählen, Reservierungen stornieren oder umverteilen)
core-store-reserved-everywhere = allen Lagerorten

# Wonach die Suche jeder Art sucht.
core-search-by-location = Code oder Name
core-search-by-customer = Name, E-Mail, Telefon oder Kundennr.
core-search-by-opportunity = Titel
core-search-by-item = Artikelnr., Barcode oder Name
core-search-by-supplier = Name, Telefon oder Lieferantennr.
core-search-by-employee = Personalnr. oder Name
core-search-by-interaction = Betreff

# Zahlen jenseits dessen, was kontor summieren kann.
core-pipeline-too-large = die Beträge der Pipeline ergeben mehr, als kontor summieren kann; verringern Sie den größten mit `kontor opportunity edit ID --amount A`
# Accounts
core-user-exists = Benutzer „{ $name }“ existiert bereits
core-user-key-twice = Schlüssel { $fingerprint } ist doppelt angegeben
core-user-has-key = Benutzer „{ $name }“ hat den Schlüssel { $fingerprint } bereits
core-user-no-such-key = Benutzer „{ $name }“ hat keinen Schlüssel { $fingerprint }
core-user-unknown = kein Benutzer namens „{ $name }“
core-user-key-taken = Schlüssel { $fingerprint } gehört bereits Benutzer „{ $owner }“
# A record of a kind, with its article ("a supplier", "an item")
core-a-kind = { $kind ->
    [opportunity] eine { $noun }
    [price-rule] eine { $noun }
    [bom] eine { $noun }
    [BOM] eine { $noun }
   *[other] ein { $noun }
}
# The test pin of the clock
core-clock-bad-pin = { $variable }={ $text } ist kein Zeitpunkt; schreiben Sie ihn als 2026-12-05T09:30:00Z

# Rollen, wie Menschen sie lesen (Englisch: der Maschinenname).
core-role-agent = Agent
core-role-sales = Vertrieb
core-role-sales-manager = Vertriebsleitung
core-role-warehouse = Lager
core-role-payroll = Lohnbüro
core-role-purchasing = Einkauf
core-role-accounting = Buchhaltung
core-role-marketing = Marketing
core-role-admin = Admin
# Eine Datei oder ein Verzeichnis, das andere lesen können (what: „Datenbank“, „Host-Schlüssel“)
core-store-exposed = Warnung: { $what } { $path } ist für andere lesbar (Modus { $mode }); Abhilfe: chmod { $recursive }go-rwx { $path }

## Preise
core-search-by-price-rule = Schlagwort
core-price-no-item = kein Artikel mit Artikelnr. oder Barcode „{ $code }“
core-price-no-customer = kein Kunde mit Kundennr. oder Nummer „{ $text }“

## Angebote und Aufträge
core-sales-no-lines = ein Angebot oder Auftrag braucht mindestens eine Position (--line ARTIKELNR:MENGE)
core-sales-valid-past = der letzte gültige Tag darf nicht vor heute liegen
core-sales-currency = { $sku } hat einen Preis in { $item }, Belege sind aber in { $currency }
core-sales-opportunity-customer = Verkaufschance { $opportunity } gehört nicht zu { $customer }
core-sales-no-quote = kein Angebot mit Nummer „{ $text }“
core-sales-no-order = kein Auftrag mit Nummer „{ $text }“
core-order-not-confirmed = Auftrag { $number } ist noch nicht bestätigt: bestätigen mit `kontor order confirm { $number }`
core-order-no-confirmation = Auftrag { $number } hat keine Auftragsbestätigung { $sequence }; er hat { $count ->
    [one] { $count } Auftragsbestätigung
   *[other] { $count } Auftragsbestätigungen
}
core-reservations-busy = Bestand und Reservierungen haben sich beim Schreiben ständig geändert; nichts geschrieben, bitte erneut versuchen
core-move-reserved = nur { $available } { $uom } von { $sku } verfügbar ({ $on_hand } Bestand, { $reserved } reserviert für { $orders }); { $needed } benötigt; nichts gebucht (mit --allow-negative trotzdem buchen)
core-move-reserved-at = nur { $available } { $uom } von { $sku } an { $location } verfügbar ({ $on_hand } Bestand, { $reserved } dort reserviert für { $orders }); { $needed } benötigt; nichts gebucht (mit --allow-negative trotzdem buchen oder zuerst die Reservierung umverteilen)

## Firmenangaben (Briefkopf)
core-setting-company-name = Firmenname wie im Briefkopf, z. B. Müller Maschinenbau
core-setting-company-street = Straße und Hausnummer der Firmenanschrift
core-setting-company-postal-code = PLZ der Firmenanschrift
core-setting-company-city = Ort der Firmenanschrift
core-setting-company-country = Land der Firmenanschrift, ISO-Code oder Name (DE, Deutschland)
core-setting-company-legal-form = Rechtsform, z. B. GmbH
core-setting-company-seat = Sitz der Gesellschaft, z. B. Berlin
core-setting-company-register-court = Registergericht, z. B. Amtsgericht Berlin-Charlottenburg
core-setting-company-register-number = Handelsregisternummer, z. B. HRB 123456 B
core-setting-company-managing-directors = Geschäftsführer, in einer Zeile
core-setting-company-vat-id = USt-IdNr. der Firma, z. B. DE123456789 (Form geprüft)
core-setting-company-tax-number = Steuernummer beim Finanzamt
core-setting-company-bank-name = Name der Bank
core-setting-company-iban = IBAN des Bankkontos (Prüfziffern geprüft)
core-setting-company-bic = BIC der Bank, 8 oder 11 Zeichen
core-setting-company-phone = Telefonnummer im Briefkopf
core-setting-company-email = E-Mail-Adresse im Briefkopf
core-setting-one-line = { $name } ist eine Zeile Text
core-setting-bic-invalid = „{ $text }“ ist keine BIC: 8 oder 11 Buchstaben und Ziffern, z. B. COBADEFFXXX
core-release-not-permitted = nur die Vertriebsleitung oder ein Admin gibt gesperrte Aufträge frei; Ihre Rolle ist { $role }
core-hold-setting-range = { $name } darf nicht negativ sein (eine Marge höchstens 100)
core-delivery-rest-cancelled = nicht mit { $number } geliefert: der Auftrag nimmt keine Rückstände
core-order-backorders-cancelled = bei Bestätigung nicht auf Lager: der Auftrag nimmt keine Rückstände
core-no-delivery = kein Lieferschein mit Nummer „{ $text }“

## Order history import and sales reports
core-history-number-twice = diese Auftragsnummer steht schon in Zeile { $first }
core-history-imported = Auftrag { $number } dieses Kunden ist schon importiert
core-history-no-order = kein Auftrag { $number } in der Auftragsdatei
core-history-no-lines = Auftrag { $number } hat keine Positionen in der Positionsdatei
core-history-no-customer = kein Kunde mit der Nummer „{ $number }“
core-history-no-item = kein Artikel mit der Artikelnr. „{ $sku }“
core-history-discount = „{ $text }“ ist kein Rabatt: 0–100 %, z. B. 5% oder 0,05 (unter 1 ein Bruchteil)
core-history-numbers-moved = inzwischen wurden Aufträge von { $year } nummeriert; nichts importiert, bitte erneut importieren
core-rfm-champions = Champions
core-rfm-loyal = treu
core-rfm-new = neu
core-rfm-needs-attention = braucht Aufmerksamkeit
core-rfm-at-risk = gefährdet
core-rfm-hibernating = eingeschlafen
core-reallocate-same = Eine Reservierung wird zwischen zwei verschiedenen Aufträgen umgebucht
core-entry-no-line = der Auftrag hat keine Position { $line }
core-link-secret-random = Das Link-Geheimnis konnte nicht erzeugt werden: Das System liefert keinen Zufall ({ $error }).
