# Service-Desk: Tickets, ihre Artikel und Queues.

## Ticketnummern, Prioritäten, Status, Artikel
domain-ticket-number-full = die Ticketnummern dieses Jahres sind aufgebraucht (höchstens 999999)
domain-ticket-number-malformed = „{ $number }“ ist keine Ticketnummer: JJJJ-NNNNNN-P (z. B. 2026-000042-7)
domain-ticket-number-check = „{ $number }“ hat eine falsche Prüfziffer: bitte die Nummer prüfen (eine Ziffer vertippt oder zwei vertauscht)
domain-ticket-priority-low = niedrig
domain-ticket-priority-normal = normal
domain-ticket-priority-high = hoch
domain-ticket-priority-urgent = dringend
domain-ticket-status-new = neu
domain-ticket-status-open = offen
domain-ticket-status-waiting-for-customer = wartet auf Kunden
domain-ticket-status-waiting-for-third-party = wartet auf Dritte
domain-ticket-status-resolved = gelöst
domain-ticket-status-closed = geschlossen
domain-article-mail-in = E-Mail eingehend
domain-article-mail-out = E-Mail ausgehend
domain-article-phone-in = Anruf eingehend
domain-article-phone-out = Anruf ausgehend
domain-article-note = Notiz
domain-article-empty = Artikel { $seq } hat keinen Text
domain-ticket-merge-self = ein Ticket kann nicht mit sich selbst zusammengeführt werden
domain-ticket-merge-merged = Ticket { $number } wurde selbst mit einem anderen Ticket zusammengeführt
domain-queue-warn = Warnschwellen in Prozent von 1 bis 100, durch Kommas getrennt: 70,80,90
domain-queue-address = „{ $address }“ ist keine E-Mail-Adresse

## Core
core-ticket-not-in-queue = { $user } ({ $role }) ist kein Agent der Queue { $queue }: nicht erlaubt
core-ticket-unknown = Ticket { $number } gibt es nicht
core-ticket-merged = Ticket { $number } wurde in { $into } zusammengeführt
core-ticket-reply-channel = eine Antwort geht per E-Mail oder Telefon hinaus
core-ticket-link-unknown = { $kind } „{ $reference }“ gibt es nicht
core-queue-unknown = die Queue „{ $name }“ gibt es nicht
core-queue-exists = eine Queue „{ $name }“ gibt es schon

## CLI
cli-ticket-saved = Ticket { $number } ({ $status }) gespeichert.
cli-ticket-merged = In Ticket { $number } zusammengeführt.
cli-ticket-was-merged = Ticket { $number } wurde in { $into } zusammengeführt.
cli-ticket-head = Ticket { $number }: { $subject }
    Queue: { $queue } · Priorität: { $priority } · Status: { $status } · Zuständig: { $owner }
    Kunde: { $customer } · Eröffnet: { $created }
cli-ticket-article = — { $kind }, { $author }, { $at }{ $internal ->
        [yes] {" "}(intern)
       *[no] {""}
    }
cli-ticket-unassigned = niemand
cli-queue-saved = Queue { $name } gespeichert.
cli-queue-target = „{ $spec }“ ist nicht PRIORITÄT=ZEIT (normal=4h, urgent=1h30m)
cli-queue-yes-no = „{ $value }“ ist weder ja noch nein

## --help
cli-help-ticket = Service-Tickets: anlegen, anzeigen, auflisten, antworten, Notiz, Status, Priorität, zuweisen, zusammenführen, verknüpfen
cli-help-queue = Service-Queues: anlegen, ändern, auflisten (Agenten, SLA-Ziele, Kalender)
cli-help-ticket-add = Ein Ticket in einer Queue eröffnen, wahlweise mit dem Anruf, der Notiz oder E-Mail, mit der es begann
cli-help-ticket-add--queue = Name der Queue
cli-help-ticket-add--subject = Worum es geht
cli-help-ticket-add--customer = Nummer oder ID des Kunden
cli-help-ticket-add--contact = Der Ansprechpartner (Name oder E-Mail)
cli-help-ticket-add--sender = Die E-Mail-Adresse, von der es kam
cli-help-ticket-add--priority = low, normal, high oder urgent (niedrig, normal, hoch, dringend)
cli-help-ticket-add--owner = Der Benutzer, der es bearbeitet
cli-help-ticket-add--phone = Der Anruf des Kunden, der es eröffnete (die Notizen dazu)
cli-help-ticket-add--note = Eine interne Notiz zum Start
cli-help-ticket-add--mail = Die E-Mail des Kunden, die es eröffnete (ihr Text)
cli-help-ticket-show = Ein Ticket mit seinen Artikeln und seinem Verlauf (die Nummer eines zusammengeführten Tickets zeigt, wohin es ging)
cli-help-ticket-show--number = Die Ticketnummer (JJJJ-NNNNNN-P)
cli-help-ticket-list = Tickets, die dringendsten zuerst: offene, außer mit --all
cli-help-ticket-list--queue = Nur die Tickets dieser Queue
cli-help-ticket-list--all = Auch gelöste, geschlossene und zusammengeführte Tickets
cli-help-ticket-list--owner = Nur Tickets dieses Zuständigen: ein Benutzername, `me` oder `nobody`
cli-help-ticket-list--customer = Nur Tickets dieses Kunden (Nummer oder ID)
cli-help-ticket-reply = Dem Kunden antworten: per E-Mail (zum Versand vorgemerkt) oder als erfasster Anruf
cli-help-ticket-reply--number = Die Ticketnummer
cli-help-ticket-reply--text = Der Text der Antwort
cli-help-ticket-reply--phone = Die Antwort war ein Anruf, keine E-Mail
cli-help-ticket-reply--status = Der Status danach [Standard: offen, wenn das Ticket neu war, sonst unverändert]
cli-help-ticket-note = Eine interne Notiz hinzufügen (der Kunde sieht sie nie)
cli-help-ticket-note--number = Die Ticketnummer
cli-help-ticket-note--text = Der Text der Notiz
cli-help-ticket-status = Den Status setzen: new, open, waiting-for-customer, waiting-for-third-party, resolved, closed
cli-help-ticket-status--number = Die Ticketnummer
cli-help-ticket-status--status = Der neue Status
cli-help-ticket-priority = Die Priorität setzen: low, normal, high, urgent
cli-help-ticket-priority--number = Die Ticketnummer
cli-help-ticket-priority--priority = Die neue Priorität
cli-help-ticket-assign = Dem Ticket einen Zuständigen geben und/oder es in eine andere Queue verschieben
cli-help-ticket-assign--number = Die Ticketnummer
cli-help-ticket-assign--owner = Der neue Zuständige: ein Benutzername, `me` oder `nobody`
cli-help-ticket-assign--queue = Die Queue, in die es geht
cli-help-ticket-merge = Ticket FROM in Ticket INTO zusammenführen: seine Artikel gehen dorthin, FROM wird geschlossen
cli-help-ticket-merge--from = Das Ticket, das aufgeht
cli-help-ticket-merge--into = Das Ticket, das bleibt
cli-help-ticket-link = Das Ticket mit einem Kontakt, Auftrag, einer Rechnung oder einem anderen Ticket verknüpfen
cli-help-ticket-link--number = Die Ticketnummer
cli-help-ticket-link--kind = Womit: interaction, order, invoice oder ticket
cli-help-ticket-link--reference = Nummer (oder ID) des Datensatzes
cli-help-queue-add = Eine Queue anlegen (Administratoren)
cli-help-queue-add--name = Name der Queue
cli-help-queue-add--rename = Ein neuer Name (ändern)
cli-help-queue-add--calendar = Der Geschäftskalender, nach dem ihre Uhren laufen (leer: rund um die Uhr)
cli-help-queue-add--first-response = PRIORITÄT=ZEIT bis zur ersten Antwort, z. B. normal=4h (mehrfach)
cli-help-queue-add--next-response = PRIORITÄT=ZEIT von einer Nachricht des Kunden bis zur nächsten Antwort (mehrfach)
cli-help-queue-add--resolution = PRIORITÄT=ZEIT bis zur Lösung, z. B. urgent=8h (mehrfach)
cli-help-queue-add--warn = Prozent eines Ziels, ab denen ein Ticket markiert wird, z. B. 70,80,90
cli-help-queue-add--after-close = Was eine E-Mail des Kunden zu einem geschlossenen Ticket bewirkt: reopen, new-ticket oder refuse
cli-help-queue-add--acknowledge = Neue Tickets per E-Mail bestätigen: ja oder nein
cli-help-queue-add--template = Der Text der Bestätigung (leer: der Standardtext)
cli-help-queue-add--agents = Die Agenten, die sie bearbeiten, Benutzernamen durch Kommas getrennt
cli-help-queue-add--address = Die E-Mail-Adresse der Queue (leer: keine)
cli-help-queue-edit = Eine Queue ändern: nur was angegeben ist, ändert sich (Administratoren)
cli-help-queue-edit--name = Name der Queue
cli-help-queue-edit--rename = Ein neuer Name
cli-help-queue-edit--calendar = Der Geschäftskalender, nach dem ihre Uhren laufen (leer: rund um die Uhr)
cli-help-queue-edit--first-response = PRIORITÄT=ZEIT bis zur ersten Antwort, z. B. normal=4h (mehrfach)
cli-help-queue-edit--next-response = PRIORITÄT=ZEIT von einer Nachricht des Kunden bis zur nächsten Antwort (mehrfach)
cli-help-queue-edit--resolution = PRIORITÄT=ZEIT bis zur Lösung, z. B. urgent=8h (mehrfach)
cli-help-queue-edit--warn = Prozent eines Ziels, ab denen ein Ticket markiert wird, z. B. 70,80,90
cli-help-queue-edit--after-close = Was eine E-Mail des Kunden zu einem geschlossenen Ticket bewirkt: reopen, new-ticket oder refuse
cli-help-queue-edit--acknowledge = Neue Tickets per E-Mail bestätigen: ja oder nein
cli-help-queue-edit--template = Der Text der Bestätigung (leer: der Standardtext)
cli-help-queue-edit--agents = Die Agenten, die sie bearbeiten, Benutzernamen durch Kommas getrennt
cli-help-queue-edit--address = Die E-Mail-Adresse der Queue (leer: keine)
cli-help-queue-list = Alle Queues mit ihren Agenten und SLA-Zielen

## Arten und Spaltenköpfe
cli-kind-ticket = Ticket
cli-kind-queue = Queue
cli-kind-ticket-attachment = Ticketanhang
cli-field-queue = Queue
cli-field-priority = Priorität
cli-field-agents = Agenten
cli-field-calendar = Kalender
cli-field-first-response = Erste Antwort
cli-field-next-response = Nächste Antwort
cli-field-resolution = Lösung
cli-field-warn = Warnung
cli-field-after-close = Nach Schließen
cli-field-acknowledge = Bestätigung
cli-field-address = Adresse
cli-field-seq = Nr.
cli-field-author = Verfasser
cli-field-public = Öffentlich

## Demo
core-demo-service-failed = der Service-Desk der Demo ließ sich nicht laden
cli-demo-service = Service-Desk: { $queues } Queues, { $tickets } Tickets
