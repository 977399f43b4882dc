## Marketing in der TUI: Kampagnen, Segmente, Mailings (src/tui/screens/campaign*.rs, segment*.rs, mailing*.rs)

legend-go-campaigns = Kampagnen
action-go-campaigns = Zu den Marketingkampagnen
legend-book-cost = Kosten buchen
action-book-cost = Kosten auf die Kampagne buchen
legend-go-segments = Segmente
action-go-segments = Zu den Kundensegmenten
legend-go-mailings = Mailings
action-go-mailings = Zu den Marketing-Mailings
legend-mailing-preview = Vorschau
action-mailing-preview = Mailing je Empfänger ansehen
legend-mailing-dry-run = Probelauf
action-mailing-dry-run = Wer nicht angeschrieben wird und warum
legend-mailing-send = Senden
action-mailing-send = Das Mailing senden (mit Rückfrage)

campaign-tui-title = Kampagnen
campaign-tui-hint = {$count ->
    [one] 1 Kampagne
   *[other] {$count} Kampagnen
} · Beträge in der Währung der Kampagne
campaign-tui-none = keine Kampagne ausgewählt
campaign-tui-col-id = Nr.
campaign-tui-col-name = Name
campaign-tui-col-cost = Kosten
campaign-tui-col-leads = Int.
campaign-tui-col-won = Gew.
campaign-tui-col-revenue = Gew. Umsatz
campaign-tui-col-pipeline = Pipeline
campaign-tui-col-roi = ROI
campaign-tui-percent = {$value} %
campaign-tui-detail-title = Kampagne {$name}
campaign-tui-channel = Kanal · Status
campaign-tui-period = Zeitraum
campaign-tui-budget = Budget
campaign-tui-expected = Erwarteter Umsatz
campaign-tui-cost = Kosten
campaign-tui-leads = Int. · Kosten je Int.
campaign-tui-won = Gewonnen · Umsatz
campaign-tui-pipeline = Pipeline (gewichtet)
campaign-tui-roi = ROI
campaign-tui-costs = Gebuchte Kosten ({$count})
campaign-tui-col-date = Datum
campaign-tui-col-amount = Betrag
campaign-tui-col-what = Wofür
campaign-tui-new-title = Neue Kampagne
campaign-tui-edit-title = Kampagne {$name} ändern
campaign-tui-cost-title = Kosten buchen: {$name}
campaign-tui-field-name = Name
campaign-tui-field-channel = Kanal
campaign-tui-field-status = Status
campaign-tui-field-from = Erster Tag
campaign-tui-field-to = Letzter Tag
campaign-tui-field-budget = Budget
campaign-tui-field-expected = Erwarteter Umsatz
campaign-tui-field-amount = Betrag ({$currency})
campaign-tui-field-what = Wofür
campaign-tui-field-date = Tag
campaign-tui-cost-booked = {$amount} auf {$name} gebucht

segment-tui-title = Segmente
segment-tui-hint = {$count ->
    [one] 1 Segment
   *[other] {$count} Segmente
} · Enter zeigt die Mitglieder
segment-tui-none = kein Segment ausgewählt
segment-tui-col-id = Nr.
segment-tui-col-name = Name
segment-tui-col-filter = Filter
segment-tui-members = Mitglieder
segment-tui-new-title = Neues Segment
segment-tui-edit-title = Segment {$id}
segment-tui-name = Name
segment-tui-filter = Filter
segment-tui-counting = wird gezählt …
segment-tui-count = {$count ->
    [one] 1 Kunde
   *[other] {$count} Kunden
} (gefunden über {$plan})
segment-tui-more = … und {$count} weitere
segment-tui-keys = Paare Schlüssel=Wert, getrennt durch „;“: {$keys}
segment-tui-saved = Segment {$name} gespeichert

mailing-tui-title = Mailings
mailing-tui-hint = {$count ->
    [one] 1 Mailing
   *[other] {$count} Mailings
} · kontor serve versendet die im Versand
mailing-tui-none = kein Mailing ausgewählt
mailing-tui-col-id = Nr.
mailing-tui-col-name = Name
mailing-tui-col-state = Stand
mailing-tui-col-sent = Ges.
mailing-tui-col-failed = Fehl.
mailing-tui-col-uncertain = Unsich.
mailing-tui-col-remaining = Offen
mailing-tui-col-customer = Kunde
mailing-tui-col-address = Adresse
mailing-tui-col-reason = Warum nicht
mailing-tui-state-draft = Entwurf
mailing-tui-state-sending = im Versand
mailing-tui-state-sent = gesendet
mailing-tui-state-paused = angehalten
mailing-tui-detail-title = Mailing {$name}
mailing-tui-state = Stand
mailing-tui-subject = Betreff
mailing-tui-purpose = Einwilligungszweck
mailing-tui-sent = Gesendet
mailing-tui-failed = Fehlgeschlagen
mailing-tui-uncertain = Unsicher
mailing-tui-suppressed = Gesperrt
mailing-tui-remaining = Noch offen
mailing-tui-sending-note = Im Versand: kontor serve übergibt die Nachrichten im Hintergrund (oder kontor mailing send {$id}); diese Ansicht liest das Versandbuch jede Sekunde.
mailing-tui-draft-note = Ein Entwurf: Vorschau ansehen (V), Probelauf prüfen (T), dann senden (M).
mailing-tui-already-sent = {$name} ist gesendet: später Hinzugekommene erhalten das nächste Mailing
mailing-tui-send-question = {$name} an {$count ->
    [one] 1 Empfänger
   *[other] {$count} Empfänger
} senden?
mailing-tui-planned = {$count ->
    [one] 1 Nachricht
   *[other] {$count} Nachrichten
} zum Versand eingeplant
mailing-tui-preview-title = Vorschau: {$name}
mailing-tui-preview-who = Empfänger {$number} von {$count}
mailing-tui-preview-nobody = niemand unter den Empfängern hat eine E-Mail-Adresse
mailing-tui-previous = Voriger Empfänger
mailing-tui-next = Nächster Empfänger
mailing-tui-dry-run-title = Probelauf: {$name}
mailing-tui-open-customer = Kunde
