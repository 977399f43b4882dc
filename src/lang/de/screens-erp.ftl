# screens-erp: Artikel und Bestand, Lagerplätze, Stücklisten, Verwendungsnachweis,
# Fertigung, Lohnabrechnung, Scanmodus und die allgemeinen Listen, Details und Formulare.

## Spaltenköpfe der ERP-Masken (im Code aufgefüllt und ausgerichtet).
erp-col-sku = Artikelnr.
erp-col-sku-short = Art.-Nr.
erp-col-name = Name
erp-col-on-hand = Bestand
erp-col-unit = ME
erp-col-min = Min.
erp-col-max = Max.
erp-col-quantity = Menge
erp-col-qty = Menge
erp-col-cost = Kosten
erp-col-item = Artikel

## Artikel & Bestand
erp-items-title = Artikel & Bestand
erp-items-table = Artikel
erp-items-none-selected = Kein Artikel ausgewählt
erp-items-hint = { $count } Artikel — / sucht Artikelnr., Barcode, Name · ! unter Meldebestand
erp-items-col-price = Preis
erp-items-col-barcodes = Barcodes
erp-items-col-lead = LZ
erp-items-col-active = Aktiv
erp-reorder-title = Bestellvorschläge
erp-reorder-table = Unter Meldebestand
erp-reorder-nothing = Nichts nachzubestellen
erp-reorder-hint = { $count } Artikel unter Meldebestand — bestellt wird bis zum Maximum
erp-reorder-col-multiple = VPE
erp-reorder-col-order = Bestell.

## Artikeldetail
erp-item-title = Artikel { $sku } { $name }
erp-item-title-id = Artikel { $id }
erp-item-panel = Artikel
erp-item-panel-version = Artikel { $id } · v{ $version }
erp-item-gone = Artikel { $id } gibt es nicht mehr
erp-item-sku = Artikelnr.
erp-item-name = Name
erp-item-barcodes = Barcodes
erp-item-unit = Einheit
erp-item-cost = Kosten
erp-item-cost-value = { $cost } / Preis { $price }
erp-item-reorder = Meldebest.
erp-item-reorder-value = Min { $min } Max { $max } VPE { $multiple }
erp-item-lead = Lieferzeit
erp-item-lead-value = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } · { $state }
erp-item-active = aktiv
erp-item-inactive = inaktiv
erp-item-balances = Bestand je Lagerplatz
erp-item-no-stock = kein Bestand
erp-item-total = Summe
erp-item-to-order = zu bestellen
erp-item-ledger-refused = Buchungen: { $why }
erp-item-ledger = Buchungen ({ $count })
erp-item-col-when = Zeitpunkt
erp-item-col-from = Von
erp-item-col-to = Nach
erp-item-col-running = Stand
erp-item-col-reference = Referenz
erp-item-col-agent = Mitarbeiter

## Verwendungsnachweis
erp-where-used-title = Verwendung von { $sku }
erp-where-used-table = Verwendungsnachweis { $sku } { $name }
erp-where-used-none = { $sku } wird in keiner Stückliste verwendet
erp-where-used-col-parent = Verwendet in (Baugruppe)
erp-where-used-col-uses = Komponente

## Lagerplätze
erp-locations-title = Lagerplätze
erp-locations-error = Lagerplätze: { $error }
erp-locations-hint = { $count ->
        [one] { $count } Lagerplatz
       *[other] { $count } Lagerplätze
    } — / sucht nach Code oder Name
erp-locations-mixed = ME gemischt
erp-locations-internal = intern
erp-locations-virtual = virtuell
erp-locations-no-name = { $code } ist virtuell: kein Name zu ändern
erp-locations-no-stock = { $code } ist virtuell: kein Bestand (siehe Buchungen des Artikels)
erp-locations-none-selected = Kein Lagerplatz ausgewählt
erp-locations-col-code = Code
erp-locations-col-kind = Typ
erp-locations-col-items = Anz.
erp-stock-at = Bestand in { $code }
erp-stock-not-a-location = { $code } ist kein Lagerplatz
erp-stock-nothing-at = Nichts in { $code }

## Stücklisten
erp-boms-title = Stücklisten
erp-boms-title-producing = Fertigung: was fertigen? (Enter)
erp-boms-table = Stücklisten
erp-boms-hint = { $count } Stücklisten — / sucht nach Artikelnr. oder Name
erp-boms-operation = AG: { $name }
erp-boms-not-loaded = Artikel { $id } ist nicht geladen
erp-boms-not-an-item = { $name } ist ein Arbeitsgang, kein Artikel: Artikelzeile wählen
erp-boms-none-selected = Keine Stückliste ausgewählt
erp-boms-rollup = Kalkulation
erp-boms-rollup-per-unit = Kalkulation je Einheit ({ $currency })
erp-boms-col-part = Artikel / Arbeitsgang
erp-boms-col-per-unit = je Einheit
erp-bom-form-title = Stückliste
erp-bom-saved = Stückliste von { $code } gespeichert

## Fertigung
erp-production-title = Fertigen { $sku }
erp-production-quantity = Menge
erp-production-location = Lagerplatz
erp-production-produced = { $quantity } { $sku } gefertigt
erp-production-no-list = Menge hat keine Auswahlliste
erp-production-type-quantity = Menge größer als null eingeben
erp-production-short = { $producing } in { $location } nicht fertigbar: { $count } Komponente(n) fehlen, siehe Tabelle; nichts gebucht
erp-production-table = Benötigte Komponenten
erp-production-col-needed = Bedarf
erp-production-col-short = Fehlmenge
erp-production-ready = alle Komponenten vorhanden — { $key } bucht
erp-production-shortages = { $count } Komponente(n) fehlen — es würde nichts gebucht

## Lohnabrechnung
erp-payroll-title = Lohnabrechnung { $period }
erp-payroll-run-title = Lohnlauf { $period }
erp-payroll-computed = Lohnabrechnung { $period } berechnet (Entwurf)
erp-payroll-post-question = { $period } buchen? Die Lohnzettel werden endgültig. (j/n)
erp-payroll-posted = Lohnabrechnung { $period } gebucht
erp-payroll-no-payslips = noch keine Lohnzettel — { $key } rechnet den Zeitraum ab
erp-payroll-status = { $status } · { $count } Lohnzettel
erp-payroll-state-posted = gebucht
erp-payroll-state-draft = Entwurf
erp-payroll-asking = Zeitraum:
erp-payroll-asking-hint = (JJJJ-MM; Enter zeigt ihn, Esc behält { $period })
erp-payroll-period = Zeitraum { $period } ({ $status }) — { $key } wechselt den Zeitraum
erp-payroll-payslips = Lohnzettel
erp-payroll-col-number = Nr.
erp-payroll-col-net = Netto
erp-payroll-gross = Brutto
erp-payroll-deductions = Abzüge
erp-payroll-net = Netto
erp-payroll-payslip = Entgeltabrechnung

## Scanmodus (kurz: 80×24-Monochromterminals)
erp-scan-title = Scan · { $mode }
erp-scan-box = Scan: { $explain }
erp-scan-mode = Scanmodus: { $mode }
erp-scan-receive = Zugang
erp-scan-issue = Abgang
erp-scan-move = Umlagern
erp-scan-count = Inventur
erp-scan-explain-receive = Lieferant -> Lagerplatz
erp-scan-explain-issue = Lagerplatz -> Kunde
erp-scan-explain-move = von -> nach
erp-scan-explain-count = Differenz gegen Schwund
erp-scan-location = Lagerplatz
erp-scan-from = Von
erp-scan-to = Nach
erp-scan-item = Artikel
erp-scan-quantity = Menge
erp-scan-counted = Gezählt
erp-scan-pending-on-hand = (Bestand { $quantity } { $unit })
erp-scan-type-location = Lagerplatz scannen oder eingeben
erp-scan-virtual = { $code } ist virtuell: Lager oder Fach scannen
erp-scan-same-location = Umlagerung ab { $code }: anderen Lagerplatz scannen
erp-scan-unknown-location = Lagerplatz "{ $code }" unbekannt
erp-scan-type-item = Barcode oder Artikelnr. scannen oder eingeben
erp-scan-unknown-code = Code "{ $code }" unbekannt: nichts gebucht
erp-scan-dropped = { $quantity } x { $sku } verworfen, nicht gebucht
erp-scan-item-first = Erst einen Artikel scannen
erp-scan-key-posts = { $key } bucht { $quantity } x { $sku }
erp-scan-is-an-item = "{ $text }" ist Artikel { $sku }, keine Menge: offene Zeile erst buchen oder verwerfen
erp-scan-not-a-quantity = "{ $text }" ist keine Menge
erp-scan-no-list = Menge eingeben oder erneut scannen
erp-scan-posted-line = { $mode } { $quantity } x { $sku }
erp-scan-counted-line = Inventur { $sku }: { $effect }
erp-scan-posted = gebucht: { $lines }
erp-scan-count-matches = Inventur { $sku } in { $location } stimmt: { $quantity }, nichts gebucht
erp-scan-matched = stimmt
erp-scan-effect = Bestand { $on_hand } -> gezählt { $counted }: { $effect }
erp-scan-effect-matches = stimmt
erp-scan-effect-written-off = { $quantity } ausgebucht
erp-scan-effect-found = { $quantity } mehr
erp-scan-last = Letzte Buchungen
erp-scan-col-mode = Modus
erp-scan-col-route = Von -> nach

## Die allgemeinen Masken jeder Stammdatenart
erp-kind-customers = Kunden
erp-kind-suppliers = Lieferanten
erp-kind-locations = Lagerplätze
erp-kind-employees = Mitarbeiter
erp-kind-items = Artikel
erp-kind-opportunities = Verkaufschancen
erp-kind-interactions = Kontakte
erp-kind-price-rules = Preisregeln
erp-kind-none-selected = { $kind }: nichts ausgewählt
erp-kind-hint = { $count }{ $more } { $plural } angezeigt — / sucht nach { $by }
erp-kind-gone = { $kind } { $id } gibt es nicht mehr
erp-kind-named = { $kind } { $id } ({ $name })
erp-kind-id = { $kind } { $id }
erp-kind-delete-question = { $record } löschen? (j/n)
erp-kind-deleted = { $record } gelöscht
erp-kind-new = { $kind } anlegen
erp-kind-edit = { $kind } { $label } ändern
erp-kind-saved = { $kind } gespeichert
erp-kind-record-saved = { $kind } { $label } gespeichert
erp-kind-true = ja
erp-kind-false = nein

## Feldnamen der Stücklisten- und Lohnabrechnungsmaske
erp-bom-field-parent = Kopfartikel
erp-bom-field-output = Ausbringung
erp-bom-field-lines = Positionen
erp-bom-field-operations = Arbeitsgänge
erp-payroll-field-hours = Stunden (Nr.=h)
erp-item-vat = USt.

## Angebote und Aufträge (nur lesen)
erp-quotes-title = Angebote
erp-orders-title = Aufträge
erp-sales-none-selected = nichts ausgewählt
erp-sales-hint = { $count } { $count ->
    [one] Beleg
   *[other] Belege
    }  ·  Enter öffnet einen
erp-sales-col-number = Nummer
erp-sales-col-customer = Kunde
erp-sales-col-valid = Gültig bis
erp-sales-col-date = Datum
erp-sales-col-state = Status
erp-sales-col-net = Netto
erp-quote-title = Angebot { $number }
erp-order-title = Auftrag { $number }
erp-confirmation-title = Auftragsbestätigung { $number }
erp-confirmation-draft-title = Auftragsbestätigung { $number } (Entwurf, noch nicht bestätigt)
erp-quote-heading = { $customer } · { $date } · gültig bis { $valid } · { $state }
erp-order-heading = { $customer } · { $date } · { $state }
erp-sales-group = { $category } { $rate } %
erp-sales-group-value = { $net } netto, { $vat } USt.
erp-sales-net = Netto
erp-sales-vat = USt.
erp-sales-gross = Brutto
erp-sales-percent = { $value } %
erp-sales-col-item = Artikel
erp-sales-col-price = Preis
erp-sales-col-discount = Rabatt
erp-sales-col-vat = USt.
erp-sales-lines = Positionen ({ $count })
erp-sales-totals = Summen

## Sperren
erp-holds-title = Gesperrte Aufträge
erp-holds-hint = { $count } { $count ->
    [one] gesperrter Auftrag
   *[other] gesperrte Aufträge
}, älteste Sperre zuerst  ·  Enter öffnet einen
erp-holds-none-selected = kein gesperrter Auftrag ausgewählt
erp-holds-col-reasons = Gründe
erp-holds-reasons = Warum { $number } gesperrt ist
erp-release-title = { $number } freigeben
erp-release-reason = Grund
erp-released = { $number } freigegeben
erp-order-held = Gesperrt seit { $since }:
erp-order-released = Freigegeben { $at } von { $by }: { $reason }
## Lieferscheine und Picklisten (nur lesen)
erp-deliveries-title = Lieferscheine
erp-deliveries-col-order = Auftrag
erp-delivery-title = Lieferschein { $number }
erp-delivery-heading = { $order } · { $customer } · { $state } · { $by } · { $at }
erp-delivery-col-location = Lagerplatz
erp-delivery-col-bin = Fach
erp-delivery-col-line = Pos.
erp-delivery-picks = Pickliste ({ $count })
erp-deliver-mode = Liefern
erp-deliver-box = Liefern: Auftrag oder Pickliste, dann die Artikel; Enter bei leerem Artikel bucht
erp-deliver-document = Auftrag
erp-deliver-item = Artikel
erp-deliver-col-scanned = Gescannt
erp-deliver-scanned = { $sku }: { $scanned } von { $wanted }
erp-deliver-all-scanned = { $sku }: davon ist schon alles gescannt
erp-deliver-wrong-item = { $sku } wird mit { $order } nicht geliefert
erp-deliver-nothing-scanned = noch nichts gescannt
erp-deliver-incomplete = Pickliste { $number } wird nur ganz gebucht: erst alles darauf scannen
erp-deliver-posted = geliefert: { $number } zu { $order }

## Auftragserfassung
erp-entry-title = Neuer Auftrag
erp-entry-customer = Kunde
erp-entry-reference = Bestellzeichen
erp-entry-requested = Wunschtermin
erp-entry-col-available = Verfügbar
erp-entry-hint = Artikelnr. oder Barcode, Enter, Menge, Enter: die nächste Position
erp-entry-no-customer = kein Kunde „{ $text }“: Nummer eingeben oder mit F4 nach Namen wählen
erp-entry-customer-first = zuerst den Kunden wählen
erp-entry-quantity = die Menge muss größer als null sein
erp-entry-no-lines = mindestens eine Position erfassen
erp-entry-none-selected = keine Position ausgewählt (Pfeil hoch wählt eine)
erp-entry-no-picker = hier gibt es nichts auszuwählen
erp-entry-no-totals = die Summen erscheinen, sobald der Kunde gewählt ist
erp-entry-sum = Netto { $net }  ·  USt. { $vat }  ·  Brutto { $gross } { $currency }
erp-entry-saved = Auftrag { $number } gespeichert
erp-entry-confirmed = Auftrag { $number } gespeichert und bestätigt
erp-entry-saved-held = Auftrag { $number } gespeichert und gesperrt: { $reasons }
erp-entry-edit-line = Pos. ändern
erp-entry-delete-line = Pos. löschen
erp-why-title = Warum dieser Preis: { $order } Position { $line }
erp-why-line = { $item }: { $qty } am { $date } zu { $price }
erp-why-free-text = eine Freitextposition: ihr Preis wurde eingegeben, keine Regel bestimmt ihn
erp-why-applied = bestimmt von Preisregel { $rule }
erp-why-list = es gilt der Listenpreis { $price }: keine Regel trifft zu
erp-why-differs = im Auftrag gespeichert: { $stored }; die Regeln ergeben heute { $now } (eingegeben oder Regeln seither geändert)
erp-why-rule = Regel { $rule } für { $scope }: { $outcome }
erp-why-outcome-applied = angewandt
erp-why-no-rules = der Artikel hat keine Preisregeln
erp-why-for-customer = Kunde { $id }
erp-why-for-tag = Schlagwort { $tag }
erp-why-for-everyone = alle
erp-group-title = Positionen in { $category } { $rate } %
erp-trends-title = Kauftrends und Analysen
erp-trends-hint = { $month }: { $revenue } — Vorjahr ({ $before }): { $previous } — v wechselt die Tabelle
erp-trends-chart = Umsatz nach Monat ({ $this } letzte 12 Monate, { $before } Vorjahr)
erp-trends-top-customers = Top-Kunden
erp-trends-top-products = Top-Artikel
erp-trends-segments = Segmente
erp-trends-col-name = Name
erp-trends-col-months = 12 Monate
erp-trends-col-revenue = Umsatz
erp-trends-col-abc = ABC
erp-trends-col-segment = Segment
erp-trends-col-customers = Kunden
erp-trends-abc = ABC-Klasse { $class }
erp-trends-orders-of-month = Aufträge { $from } – { $until }
erp-trends-orders-of = Aufträge: { $what }
