# Antworten auf Tickets per E-Mail (im Gesprächsverlauf, mit Vorlagen) und Anrufe zu Tickets.

## Antworten per E-Mail
ticket-mail-no-recipient = Ticket { $number } hat keine Adresse für eine Antwort: bitte einen Absender, die E-Mail eines Ansprechpartners oder einen Kunden mit E-Mail-Adresse angeben
ticket-mail-template-unknown = Eine Vorlage „{ $name }“ gibt es nicht: { $choices }
ticket-mail-template-answer-label = Antwort mit Anrede
ticket-mail-template-received-label = Anfrage erhalten
ticket-mail-template-need-info-label = Angaben fehlen
ticket-mail-template-solved-label = Gelöst
ticket-mail-template-answer =
    Guten Tag { $contact },

    { $text }

    Mit freundlichen Grüßen
    { $agent }
ticket-mail-template-received =
    Guten Tag { $contact },

    vielen Dank für Ihre Nachricht „{ $subject }“. Wir haben sie als Ticket { $ticket } erfasst und melden uns in Kürze.

    Mit freundlichen Grüßen
    { $agent }
ticket-mail-template-need-info =
    Guten Tag { $contact },

    um Ihnen bei Ticket { $ticket } zu helfen, brauchen wir noch einige Angaben:

    { $text }

    Mit freundlichen Grüßen
    { $agent }
ticket-mail-template-solved =
    Guten Tag { $contact },

    wir haben Ticket { $ticket } („{ $subject }“) für { $customer } gelöst. Falls noch etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.

    Mit freundlichen Grüßen
    { $agent }
ticket-mail-delivery-queued = E-Mail wartet im Postausgang
ticket-mail-delivery-sent = E-Mail gesendet { $at }: { $reply }
ticket-mail-delivery-failed = E-Mail NICHT gesendet { $at }: { $reply }
cli-help-ticket-reply--template = Mit einer Vorlage antworten (answer, received, need-info, solved); der Text steht, wo sie {"{"}text{"}"} hat
cli-help-ticket-reply--mail = Die Antwort ist eine E-Mail (Standard)

## Anrufe zu Tickets
ticket-mail-call-not-a-call = nur ein Anruf (eingehend oder ausgehend) kann zu einem Ticket erfasst werden
cli-help-interaction-add--ticket = Den Anruf zu diesem Ticket erfassen (seine Nummer): ein eingehender Anruf ist die Nachricht des Kunden
cli-help-interaction-add--new-ticket = Aus dem Anruf ein Ticket in dieser Queue eröffnen (Betreff: der des Anrufs)
ticket-mail-call-on-ticket = Anruf zu Ticket { $number } erfasst.
ticket-mail-caller-tickets = Offene Tickets: { $count }
ticket-mail-column-ticket = Ticket
ticket-mail-column-subject = Betreff
ticket-mail-column-status = Status
ticket-mail-column-queue = Queue
ticket-mail-column-sla = SLA Rest
ticket-mail-pick-ticket = Ticket wählen
ticket-mail-pick-queue = Queue wählen
ticket-mail-label-ticket = Zu Ticket
ticket-mail-label-new-ticket = Neues Ticket in Queue
ticket-mail-ticket-or-new = entweder zu einem Ticket oder ein neues Ticket, nicht beides
