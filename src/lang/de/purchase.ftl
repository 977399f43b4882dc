# Bestellungen: Status, Ablehnungen, Wörter und Hilfe der Kommandozeile.

purchase-kind = Bestellung
purchase-count = { $count ->
        [one] { $count } Bestellung
       *[other] { $count } Bestellungen
    }
purchase-state-draft = Entwurf
purchase-state-sent = bestellt
purchase-state-partly-received = teilweise geliefert
purchase-state-received = geliefert
purchase-state-closed = abgeschlossen
purchase-line-open = offen

purchase-no-lines = eine Bestellung braucht mindestens eine Position
purchase-quantity-positive = Position { $line }: die Menge muss größer als null sein
purchase-price-negative = Position { $line }: der Einzelpreis darf nicht negativ sein
purchase-send-not-draft = { $number } ist { $state }: nur ein Entwurf wird bestellt
purchase-receive-draft = { $number } ist ein Entwurf: erst bestellen (senden), dann Wareneingang buchen
purchase-receive-done = { $number } ist { $state }: darauf wird nichts mehr erwartet
purchase-receive-positive = die gelieferte Menge muss größer als null sein
purchase-receive-nothing = mindestens eine gelieferte Position angeben (--line N:MENGE)
purchase-line-closed = { $number } Position { $line } ist abgeschlossen: darauf wird nichts mehr geliefert
purchase-over-receipt = { $number } Position { $line }: { $ordered } bestellt, { $received } bisher geliefert, weitere { $quantity } liegen über der Überlieferungstoleranz von { $tolerance } % (höchstens { $limit } insgesamt)
purchase-reason-needed = bitte einen Grund angeben (--reason)
purchase-close-draft = { $number } ist ein Entwurf: stornieren statt abschließen
purchase-line-nothing-open = { $number } Position { $line } hat nichts Offenes zum Abschließen
purchase-nothing-open = { $number } ist { $state }: nichts Offenes zum Abschließen
purchase-cancel-received = { $number } ist { $state }: storniert wird nur ein Entwurf oder eine Bestellung ohne Wareneingang; den Rest stattdessen abschließen
purchase-no-line = { $number } hat keine Position { $line } (sie hat { $count })
purchase-tolerance-range = { $name } ist ein Prozentsatz von 0 bis 100
purchase-no-order = keine Bestellung { $text }
purchase-no-supplier = kein Lieferant mit der Nummer oder ID { $text }
purchase-no-price = Position { $line }: kein Preis für { $sku } — bitte angeben (SKU:MENGE:PREIS)
purchase-receive-form = „{ $text }“ ist nicht POSITION:MENGE (z. B. 2:5)
purchase-line-form = „{ $text }“ ist nicht SKU:MENGE[:PREIS[:DATUM]]
purchase-received = Wareneingang zu { $number } gebucht, jetzt { $state }:
purchase-filled = Rückstände bedient: { $orders }

cli-kind-purchase-order = Bestellung
cli-field-sent = Bestellt am
cli-field-sent-by = Bestellt von
cli-field-received = Geliefert
cli-field-short-closed = Abgeschlossen

cli-help-purchase = Bestellungen: anlegen, anzeigen, auflisten, senden, Wareneingang, abschließen, stornieren; offene Zugänge
cli-help-purchase-add = Eine Bestellung als Entwurf an einen Lieferanten anlegen
cli-help-purchase-add--supplier = Nummer oder ID des Lieferanten
cli-help-purchase-add--lines = SKU:MENGE[:PREIS[:DATUM]], wiederholbar; ohne Preis: der Preis des Lieferanten, sonst die Kosten des Artikels; ohne Datum: --requested
cli-help-purchase-add--requested = Der Wunschtermin jeder Position ohne eigenes Datum [Standard: heute plus die Wiederbeschaffungszeit des Artikels]
cli-help-purchase-add--notes = Eine Notiz zur Bestellung
cli-help-purchase-show = Eine Bestellung anzeigen: Positionen mit bestellter, gelieferter, abgeschlossener und offener Menge
cli-help-purchase-show--order = Nummer (BE-2026-00001) oder ID der Bestellung
cli-help-purchase-list = Die Bestellungen auflisten, oder die eines Lieferanten
cli-help-purchase-list--supplier = Nummer oder ID des Lieferanten [Standard: alle Lieferanten]
cli-help-purchase-list--open = Nur Bestellungen, auf die noch Ware erwartet wird (bestellt oder teilweise geliefert)
cli-help-purchase-send = Eine Bestellung im Entwurf als an den Lieferanten gesendet markieren; --dir oder --pdf schreiben auch ihr PDF
cli-help-purchase-send--order = Nummer (BE-2026-00001) oder ID der Bestellung
cli-help-purchase-receive = Wareneingang zu den Positionen einer gesendeten Bestellung buchen (Bestand vom Lieferanten)
cli-help-purchase-receive--order = Nummer (BE-2026-00001) oder ID der Bestellung
cli-help-purchase-receive--lines = N:MENGE, die Nummer der Position (1 für die erste) und die gelieferte Menge; wiederholbar
cli-help-purchase-receive--to = Der Lagerort, auf den die Ware geht [Standard: der Standardlagerort]
cli-help-purchase-close = Das Offene einer Position oder aller Positionen mit Begründung abschließen
cli-help-purchase-close--order = Nummer (BE-2026-00001) oder ID der Bestellung
cli-help-purchase-close--line = Die Position (1, 2, …), die abgeschlossen wird [Standard: alle Positionen]
cli-help-purchase-close--reason = Warum der Rest nicht mehr kommt
cli-help-purchase-cancel = Eine Bestellung im Entwurf oder gesendet, ohne Wareneingang, stornieren
cli-help-purchase-cancel--order = Nummer (BE-2026-00001) oder ID der Bestellung
cli-help-purchase-cancel--reason = Warum storniert wird
cli-help-purchase-supply = Offene Zugänge je Bestellposition (bestellt − geliefert − abgeschlossen), nach Artikel und Datum
cli-help-purchase-supply--item = SKU oder Barcode eines Artikels [Standard: alle Artikel]
cli-help-purchase-show--pdf = Zusätzlich das PDF der Bestellung in diese Datei schreiben
cli-help-purchase-send--dir = Das PDF der Bestellung als NUMMER.pdf in diesen Ordner schreiben
cli-help-purchase-send--pdf = Das PDF der Bestellung in diese Datei schreiben
purchase-pdf-written = { $number }: PDF geschrieben nach { $path }

# Die Bestellung als Dokument (PDF).
doc-purchase-number = Bestell-Nr.
doc-purchase-supplier-number = Lieferanten-Nr.
doc-purchase-subject = Bestellung { $number }
doc-purchase-intro = zu den mit Ihnen vereinbarten Bedingungen bestellen wir wie folgt und bitten um Bestätigung der Bestellung und der Liefertermine:
doc-purchase-col-supplier-sku = Ihre Artikelnr.
doc-purchase-col-requested = Wunschtermin
doc-purchase-payment-days = Zahlung innerhalb von { $days } Tagen netto
purchase-demo = Aufträge: { $purchases } Bestellungen, { $productions } Fertigungsaufträge, Planungsparameter an { $planned } Artikeln
cli-help-purchase-send--mail = Das PDF der Bestellung auch an die E-Mail-Adresse des Lieferanten senden (über den Postausgang)
purchase-mail-no-address = Lieferant { $supplier } hat keine E-Mail-Adresse: { $number } wurde nicht bestellt
purchase-mail-subject = Bestellung { $number }
purchase-mail-body = Guten Tag,

    anbei erhalten Sie unsere Bestellung { $number }. Bitte bestätigen Sie die Bestellung und ihre Liefertermine.

    Mit freundlichen Grüßen
purchase-mail-queued = { $number }: per E-Mail an { $to } (im Postausgang)
