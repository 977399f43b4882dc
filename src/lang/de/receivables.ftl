# Forderungen: Zahlungen, offene Posten, Altersstruktur, Mahnwesen und der DATEV-Export.

## DATEV-Export
domain-datev-no-debitor = Kundennummer „{ $number }“ ergibt kein Debitorenkonto: Sie muss auf Ziffern enden und ein Konto von 10000 bis 69999 ergeben (10000 + die Zahl am Ende)
domain-datev-currency = { $number } lautet auf { $currency }: Der DATEV-Export nimmt nur EUR
domain-datev-fiscal-year-start = Der Beginn des Wirtschaftsjahres ist kein Datum (datev_fiscal_year_start, MMTT)
domain-datev-one-fiscal-year = Der Zeitraum muss in einem Wirtschaftsjahr liegen, von vor bis
domain-datev-consultant = Die Beraternummer (datev_consultant) muss von 1001 bis 9999999 reichen
domain-datev-client = Die Mandantennummer (datev_client) muss von 1 bis 99999 reichen
domain-datev-outside = { $document } liegt außerhalb des Exportzeitraums
domain-datev-document = „{ $document }“ kann keine DATEV-Belegnummer sein: höchstens 36 Buchstaben, Ziffern, $ % - /

## Mahnwesen
domain-dunning-level-reminder = Zahlungserinnerung
domain-dunning-level-first = 1. Mahnung
domain-dunning-level-second = 2. Mahnung
domain-dunning-no-base-rate = Für den { $date } ist kein Basiszinssatz hinterlegt (Einstellung dunning_base_rates)
domain-dunning-base-rate-entry = „{ $entry }“ hat nicht die Form DATUM=SATZ (2025-07-01=1.27)
domain-dunning-base-rates = Geben Sie mindestens einen Basiszinssatz an, jedes Datum einmal: 2025-01-01=2.27; 2025-07-01=1.27
domain-dunning-three-values = Geben Sie drei Werte an, je Stufe einer, durch Semikolon getrennt (Zahlungserinnerung; 1.; 2. Mahnung): 7;14;14
core-datev-setting-missing = Setzen Sie zuerst { $name } (kontor settings { $name } NUMMER): Der DATEV-Kopf braucht sie
core-dunning-days = „{ $text }“ ist keine Anzahl Tage (0 bis 3650)
core-dunning-fee = „{ $text }“ ist keine Gebühr: ein Betrag nicht unter null
core-dunning-yes-no = „{ $text }“ ist weder ja noch nein
cli-export-datev-out = Der DATEV-Export braucht --from DATUM --until DATUM --out DATEI
cli-export-datev-done = { $count } Belege als DATEV-Buchungsstapel nach { $path } exportiert
## Zahlungen: die Regeln einer Zuordnung (domain)
domain-payment-negative = ein Betrag kann nicht negativ sein
domain-payment-over-allocated = die Zuordnungen sind höher als der Betrag der Zahlung
domain-payment-invoice-twice = Rechnung { $invoice } ist doppelt genannt
domain-payment-nothing-open = Rechnung { $invoice } hat nichts offen
domain-payment-no-skonto = Rechnung { $invoice } hat kein Skonto in ihren Zahlungsbedingungen
domain-payment-skonto-late = das Skonto der Rechnung { $invoice } galt bis { $until }; die Zahlung ist später
domain-payment-skonto-whole = mit Skonto muss die Zahlung den ganzen Rest der Rechnung { $invoice } ausgleichen: { $rest } (Skonto { $skonto })
domain-payment-more-than-open = Rechnung { $invoice } hat { $open } offen; der Rest einer Zahlung bleibt als Guthaben, wenn keine Rechnung ihn nennt
domain-payment-write-off-reason = eine Ausbuchung braucht einen Grund
domain-payment-write-off-limit = der Rest der Rechnung { $invoice }, { $rest }, liegt über der Ausbuchungsgrenze von { $limit }
domain-payment-nothing-left = von der Zahlung bleibt nichts für Rechnung { $invoice }

## Zahlungen (core)
core-payment-no-customer = kein Kunde hat die Nummer oder ID { $text }
core-payment-no-invoice = es gibt keine Rechnung { $invoice }
core-payment-credit-note = { $invoice } ist eine Gutschrift; eine Zahlung gleicht Rechnungen aus
core-payment-other-customer = Rechnung { $invoice } ist keine Rechnung von { $customer }
core-payment-currencies = Rechnung { $invoice } ist nicht in { $currency } wie die anderen Rechnungen der Zahlung
core-payment-amount = der Betrag muss null oder mehr sein, mit höchstens den Nachkommastellen der Währung
core-write-off-limit-range = die Ausbuchungsgrenze kann nicht negativ sein

## Zahlungen und Altersstruktur (cli)
cli-payment-recorded = Zahlung { $number } über { $amount } erfasst; als Guthaben verbleibt: { $credit }
cli-kind-payment = Zahlung
cli-ageing-total = Summe
cli-field-unallocated = Nicht zugeordnet
cli-field-invoices = Rechnungen
cli-field-invoice = Rechnung
cli-field-write-off = Ausbuchung
cli-field-issued = Datum
cli-field-owed = Forderung
cli-field-paid = Ausgeglichen
cli-field-open = Offen
cli-field-open-items = Offene Posten
cli-field-credit = Guthaben
cli-field-balance = Saldo
cli-field-not-due = Nicht fällig
cli-field-1-30 = 1–30
cli-field-31-60 = 31–60
cli-field-61-90 = 61–90
cli-field-over-90 = Über 90
cli-field-total = Summe

## --help von payment und report ageing
cli-help-payment = Zahlungseingänge: erfassen mit ihrer Zuordnung zu Rechnungen, auflisten; der Saldo eines Kunden
cli-help-payment-add = Einen Zahlungseingang erfassen und Rechnungen zuordnen; was übrig bleibt, wird Guthaben
cli-help-payment-add--customer = Nummer oder ID des Kunden, der gezahlt hat
cli-help-payment-add--amount = Der erhaltene Betrag
cli-help-payment-add--date = Der Tag des Eingangs [Standard: heute]
cli-help-payment-add--reference = Der Verwendungszweck laut Kontoauszug
cli-help-payment-add--invoices = RECHNUNG[:BETRAG], die sie bezahlt (wiederholbar) [Standard-Betrag: der Rest der Rechnung, soweit noch übrig]
cli-help-payment-add--skonto = Das Skonto jeder Rechnung abziehen (nur innerhalb der Frist, nur wenn der ganze Rest ausgeglichen wird)
cli-help-payment-add--write-off = Den Rest jeder Rechnung bis zur Einstellung write_off_limit ausbuchen, mit diesem Grund
cli-help-payment-list = Die Zahlungen auflisten, neueste zuerst, oder die eines Kunden
cli-help-payment-list--customer = Nummer oder ID des Kunden [Standard: alle Kunden]
cli-help-payment-balance = Offene Rechnungen und Konto eines Kunden: offene Posten, Guthaben, Saldo
cli-help-payment-balance--customer = Nummer oder ID des Kunden
cli-help-report-ageing = Offene Forderungen nach Tagen über Fälligkeit: nicht fällig, 1–30, 31–60, 61–90, über 90; je Kunde und gesamt
cli-help-report-ageing--date = Der Tag, bis zu dem die überfälligen Tage zählen [Standard: heute]
# Zahlungserfassung.
payment-entry-title = Zahlungserfassung
payment-entry-box = Rechnungsnummer (tippen oder scannen), dann der Betrag
payment-entry-invoice = Rechnung
payment-entry-amount = Betrag
payment-entry-credit-note = { $number } ist eine Gutschrift: Zahlungen gehen auf Rechnungen
payment-entry-amount-positive = der Betrag muss größer als null sein
payment-entry-posted = Zahlung { $payment } erfasst: { $amount } auf { $invoice }, noch { $open } offen
payment-entry-skonto = { $percent } % bis { $until }: { $pay } zahlen ({ $skonto } Abzug)
payment-entry-skonto-past = Frist endete am { $until }
payment-entry-skonto-none = keins in den Bedingungen
# Die offenen Posten in der Kundenansicht.
open-items-title = Offene Posten ({ $count })
open-items-row = { $number } fällig { $due } { $open }
open-items-overdue = , { $days } Tage überfällig
open-items-balance = Saldo { $balance } { $currency } · Guthaben { $credit }

## The dunning run (core)
core-dunning-not-blocked = es ist nicht für Mahnungen gesperrt
core-dunning-block-reason = eine Mahnsperre braucht einen Grund
core-dunning-already-blocked = { $number } ist bereits für Mahnungen gesperrt: { $reason }
core-dunning-no-letter = es gibt keine Mahnung { $number }

## The dunning letter (documents)
doc-dunning-number = Mahnungs-Nr.
doc-dunning-open = Offene Beträge
doc-dunning-interest = Verzugszinsen
doc-dunning-fee = Mahngebühr
doc-dunning-total = Zu zahlender Betrag
doc-dunning-interest-rule = Verzugszinsen nach § 288 BGB: Basiszinssatz zuzüglich { $points } Prozentpunkten, derzeit { $rate } % p. a., für jeden Tag des Verzugs.
doc-dunning-interest-line = { $invoice }: { $days } Verzugstage, { $amount }
doc-dunning-pay = Bitte zahlen Sie { $amount } innerhalb von 10 Tagen.
doc-dunning-already-paid = Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.
doc-dunning-subject-reminder = Zahlungserinnerung { $number }
doc-dunning-subject-first = 1. Mahnung { $number }
doc-dunning-subject-second = 2. Mahnung { $number }
doc-dunning-intro-reminder = nach unseren Unterlagen sind die folgenden Rechnungen noch nicht bezahlt. Sicher haben Sie dies nur übersehen; wir bitten Sie, sie zu begleichen.
doc-dunning-intro-first = trotz unserer Zahlungserinnerung sind die folgenden Rechnungen noch nicht bezahlt. Wir bitten Sie, sie jetzt zu begleichen.
doc-dunning-intro-second = trotz unserer Zahlungserinnerung und unserer 1. Mahnung sind die folgenden Rechnungen noch nicht bezahlt. Dies ist unsere letzte Aufforderung, bevor wir die Forderung an ein Inkassoverfahren abgeben.
doc-col-invoice = Rechnung
doc-col-due = Fällig
doc-col-days-overdue = Tage überfällig
doc-col-open = Offen
doc-col-interest = Zinsen

## The dunning run (cli)
cli-dunning-nothing = Keine Rechnung ist für eine Mahnung fällig.
cli-dunning-held = Durch eine Mahnsperre zurückgehalten:
cli-dunning-posted = { $count ->
        [one] 1 Mahnung gebucht.
       *[other] { $count } Mahnungen gebucht.
    }
cli-dunning-blocked = { $number } ist für Mahnungen gesperrt: { $reason }
cli-dunning-unblocked = { $number } darf wieder gemahnt werden
cli-field-days-overdue = Tage überfällig
cli-field-days-in-default = Verzugstage
cli-field-interest = Zinsen
cli-field-dunning-level = Mahnstufe
cli-field-fee = Gebühr

cli-kind-dunning-block = Mahnsperre
cli-kind-dunning-letter = Mahnung

## --help of dunning
cli-help-dunning = Mahnwesen: der Mahnlauf, gebuchte Mahnungen, Mahnsperren
cli-help-dunning-run = Die Mahnungen auflisten, die ein Mahnlauf vorschlägt, und die durch eine Sperre zurückgehaltenen Posten; --post bucht sie
cli-help-dunning-run--date = Der Tag des Mahnlaufs: bis zu ihm zählen Tage überfällig und Zinsen [Standard: heute]
cli-help-dunning-run--post = Die Mahnungen (MA-…) buchen: die Mahnstufe jedes Postens steigt, seine Karenztage beginnen neu
cli-help-dunning-run--skip = Diese Rechnung aus dem Mahnlauf lassen, für den nächsten (wiederholbar)
cli-help-dunning-block = Einen Kunden oder eine Rechnung mit Grund für Mahnungen sperren
cli-help-dunning-block--customer = Nummer oder ID des Kunden
cli-help-dunning-block--invoice = Nummer der Rechnung (RE-2026-00001)
cli-help-dunning-block--reason = Warum nicht gemahnt werden darf
cli-help-dunning-unblock = Die Mahnsperre eines Kunden oder einer Rechnung aufheben
cli-help-dunning-unblock--customer = Nummer oder ID des Kunden
cli-help-dunning-unblock--invoice = Nummer der Rechnung (RE-2026-00001)
cli-help-dunning-blocks = Die für Mahnungen gesperrten Kunden und Rechnungen auflisten
cli-help-dunning-show = Eine gebuchte Mahnung als Text ausgeben; als PDF schreiben
cli-help-dunning-show--number = Nummer der Mahnung (MA-2026-00001)
cli-help-dunning-show--pdf = Die Mahnung als PDF in diese Datei schreiben

## The dunning run in the TUI
legend-go-dunning = Mahnlauf
legend-dunning-skip = Auslassen
legend-dunning-block = Sperren
legend-dunning-post = Buchen
action-go-dunning = Zum Mahnlauf
action-dunning-skip = Posten im Mahnlauf auslassen/drucken
action-dunning-block = Rechnung für Mahnungen sperren (Grund)
action-dunning-post = Mahnlauf buchen: Mahnungen festhalten
erp-dunning-title = Mahnlauf
erp-dunning-hint = { $count ->
        [one] 1 Mahnung für heute vorgeschlagen
       *[other] { $count } Mahnungen für heute vorgeschlagen
    }
erp-dunning-print = drucken
erp-dunning-skip = auslassen
erp-dunning-held = gesperrt
erp-dunning-col-option = Auswahl
erp-dunning-col-level = Mahnstufe
erp-dunning-col-invoice = Rechnung
erp-dunning-col-due = Fällig
erp-dunning-col-days = Tage
erp-dunning-col-open = Offen
erp-dunning-col-interest = Zinsen
erp-dunning-is-held = eine Mahnsperre hält diesen Posten zurück; aufheben mit kontor dunning unblock
erp-dunning-none-selected = kein Posten ist ausgewählt
erp-dunning-nothing = heute ist keine Mahnung fällig
erp-dunning-post-question = { $count ->
        [one] 1 Mahnung buchen?
       *[other] { $count } Mahnungen buchen?
    }
erp-dunning-posted = { $count ->
        [one] 1 Mahnung gebucht.
       *[other] { $count } Mahnungen gebucht.
    }
erp-dunning-block-title = { $number } für Mahnungen sperren
erp-dunning-block-reason = Grund
erp-dunning-blocked = { $number } ist für Mahnungen gesperrt
