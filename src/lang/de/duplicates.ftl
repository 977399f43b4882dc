# Kunden-Dubletten und Zusammenführen (kontor customer duplicates / merge).

duplicates-conflict-same = ein Kunde kann nicht mit sich selbst zusammengeführt werden
duplicates-conflict-tax = verschiedene steuerliche Behandlungen ({ $survivor } und { $loser }): setzen Sie zuerst bei beiden Kunden dieselbe
duplicates-conflict-vat-id = verschiedene USt-IdNrn. ({ $survivor } und { $loser }): für das Finanzamt sind das zwei Firmen
duplicates-conflict-number = verschiedene Kundennummern ({ $survivor } und { $loser }): mit --keep-number behält der bleibende Kunde seine
duplicates-conflict-credit-limit = verschiedene Kreditlimits ({ $survivor } und { $loser }): setzen Sie zuerst bei beiden Kunden dasselbe
duplicates-conflict-payment-terms = verschiedene Zahlungsbedingungen: setzen Sie zuerst bei beiden Kunden dieselben Tage und dasselbe Skonto
duplicates-conflict-buyer-reference = verschiedene Käuferreferenzen ({ $survivor } und { $loser }): ihre Rechnungen gehen an verschiedene Stellen
duplicates-merged-note = Kunde { $id } ({ $name }) am { $date } hierher zusammengeführt.
duplicates-merged-note-number = Kunde { $id } ({ $name }, Nummer { $number }) am { $date } hierher zusammengeführt.
duplicates-merged-moved = { $line } Übernommen: { $moved }.
duplicates-changed-meanwhile = einer der beiden Kunden wurde inzwischen geändert; nichts wurde zusammengeführt, versuchen Sie es erneut
duplicates-was-merged = Kunde { $id } wurde mit Kunde { $survivor } zusammengeführt
duplicates-loser-has-documents = Kunde { $id } hat gebuchte Belege ({ $documents }), die ihren Kunden behalten: behalten Sie Kunde { $id } als bleibenden Kunden (tauschen Sie die beiden)
duplicates-both-have-documents = beide Kunden haben gebuchte Belege (Kunde { $id }: { $documents }), die ihren Kunden behalten: sie können nicht zusammengeführt werden
duplicates-count-ticket = { $count ->
        [one] { $count } Ticket
       *[other] { $count } Tickets
    }
duplicates-count-invoice = { $count ->
        [one] { $count } Rechnung
       *[other] { $count } Rechnungen
    }
duplicates-count-payment = { $count ->
        [one] { $count } Zahlung
       *[other] { $count } Zahlungen
    }
duplicates-count-delivery-note = { $count ->
        [one] { $count } Lieferschein
       *[other] { $count } Lieferscheine
    }
duplicates-count-dunning-block = { $count ->
        [one] { $count } Mahnsperre
       *[other] { $count } Mahnsperren
    }
duplicates-crowd = { $value } (zu viele zum Paaren)
duplicates-no-customer = kein Kunde hat die Nummer oder Id „{ $text }“
duplicates-moved-nothing = sonst nichts
duplicates-merged = { $dry ->
        [yes] Würde Kunde { $loser } ({ $loser_name }) mit Kunde { $survivor } ({ $survivor_name }) zusammenführen; würde übernehmen: { $moved }. Nichts wurde geändert.
       *[no] Kunde { $loser } ({ $loser_name }) mit Kunde { $survivor } ({ $survivor_name }) zusammengeführt; übernommen: { $moved }.
    }

cli-field-left-name = Name
cli-field-right = Dublette
cli-field-right-name = Name
cli-field-rules = Regeln

cli-help-customer-duplicates = Kundenpaare, die wahrscheinlich einer sind, stärkster Hinweis zuerst
cli-help-customer-duplicates--rule = Nur Paare nach dieser Regel: email, phone, domain oder name-city
cli-help-customer-merge = Einen doppelten Kunden (LOSER) mit einem anderen (SURVIVOR) zusammenführen, mit allem, was auf ihn verweist
cli-help-customer-merge--survivor = Id oder Kundennummer des Kunden, der bleibt
cli-help-customer-merge--loser = Id oder Kundennummer des Kunden, der aufgeht
cli-help-customer-merge--dry-run = Zeigen, was das Zusammenführen täte, und nichts ändern
cli-help-customer-merge--keep-number = Bei zwei verschiedenen Kundennummern die des bleibenden Kunden behalten (die andere kommt in seine Notizen)
