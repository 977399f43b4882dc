# Der Service-Desk in der TUI: Ticket-Queue, Ticketansicht und Editor.

legend-go-tickets = Tickets
action-go-tickets = Zur Ticket-Queue des Service-Desks
legend-next-ticket = Nächstes
action-next-ticket = Dringendstes Ticket nehmen
ticket-tui-no-next = Kein freies Ticket in Ihren Queues.
legend-ticket-answer = Antworten
action-ticket-answer = Dem Kunden per Mail antworten
legend-ticket-note = Notiz
action-ticket-note = Eine interne Notiz zum Ticket schreiben
legend-ticket-status = Status
action-ticket-status = Den Status des Tickets ändern
legend-ticket-priority = Priorität
action-ticket-priority = Die Priorität des Tickets ändern
legend-ticket-assign = Zuständig
action-ticket-assign = Das Ticket jemandem zuweisen
legend-ticket-merge = Zusammenlegen
action-ticket-merge = Mit einem anderen Ticket zusammenführen

ticket-tui-list-title = Tickets
ticket-tui-view-mine = meine Tickets
ticket-tui-view-queues = meine Queues
ticket-tui-view-unassigned = ohne Zuständigen
ticket-tui-view-all = alle offenen
ticket-tui-view-legend = Ansicht: { $view }
ticket-tui-col-priority = Priorität
ticket-tui-col-subject = Betreff
ticket-tui-col-owner = Zuständig
ticket-tui-pick-status = Status wählen
ticket-tui-pick-priority = Priorität wählen

ticket-tui-detail-title = Ticket { $number }
ticket-tui-queue = Queue
ticket-tui-status = Status
ticket-tui-customer = Kunde
ticket-tui-articles = Artikel (neueste zuletzt)
ticket-tui-merged-from = Ticket { $number } wurde mit diesem zusammengeführt.
ticket-tui-attachment = Anhang: { $name } ({ $bytes } Byte)
ticket-tui-public = öffentlich
ticket-tui-internal = intern
ticket-tui-automatic = automatisch
ticket-tui-delivery-queued = in Warteschlange
ticket-tui-delivery-sent = gesendet
ticket-tui-delivery-failed = fehlgeschlagen: { $reply }
ticket-tui-saved = Ticket { $number } geändert.

ticket-tui-answer-title = Antwort auf { $number }
ticket-tui-note-title = Notiz zu { $number }
ticket-tui-empty = Noch nichts geschrieben.
ticket-tui-answered = Antwort auf { $number } zum Senden eingereiht.
ticket-tui-noted = Notiz zu { $number } hinzugefügt.

ticket-tui-assign-title = Zuständig für { $number }
ticket-tui-assign-owner = Zuständig (me = ich, ein Benutzer; leer: niemand)
ticket-tui-merge-title = { $number } zusammenführen mit
ticket-tui-merge-into = Ticketnummer
ticket-tui-merged = { $number } in { $into } zusammengeführt.

ticket-tui-col-sla = SLA Rest
ticket-tui-sla-paused = pausiert
ticket-tui-sla-line = { $clock }: fällig { $due } ({ $left })

ticket-tui-pick-template = Vorlage wählen
ticket-tui-col-template = Vorlage

legend-ticket-link = Verknüpfen
action-ticket-link = Auftrag, Rechnung, Ticket verknüpfen
ticket-tui-link-title = { $number } verknüpfen mit
ticket-tui-link-kind = Art ({ $kinds })
ticket-tui-link-reference = Nummer (ein Kontakt: seine ID)
