## Marketing-Mailings (src/domain/salutation.rs, src/core/mailing*.rs, src/cli/mailing.rs)

salutation-female = Sehr geehrte Frau {$name},
salutation-male = Sehr geehrter Herr {$name},
salutation-titled = Sehr geehrte(r) {$name},
salutation-unknown = Guten Tag {$name},
salutation-nobody = Sehr geehrte Damen und Herren,

mailing-required = Pflichtfeld
mailing-unknown-field = unbekanntes Seriendruckfeld {$fields}; bekannt: {$known}
mailing-skip-no-address = keine E-Mail-Adresse
mailing-skip-suppressed = auf der Sperrliste
mailing-skip-duplicate = Adresse schon bei einem anderen Empfänger
mailing-added = Mailing {$id} angelegt (Entwurf)
mailing-dry-run-summary = {$mailed} würden angeschrieben, {$skipped} nicht
mailing-resend-planned = {$count} unsichere Sendungen neu eingeplant
mailing-bad-reason = unbekannter Grund; einer von: {$choices}
mailing-suppressed = {$address} steht auf der Sperrliste
mailing-already-suppressed = {$address} stand schon auf der Sperrliste
mailing-preview-nobody = {$to} gehört nicht zu den Empfängern des Mailings
mailing-preview-to = An
mailing-preview-subject = Betreff
mailing-sent-report = gesendet {$sent}, fehlgeschlagen {$failed}, zurückgestellt {$deferred}, unsicher {$uncertain}
mailing-next-at = zurückgestellte Nachrichten sind ab {$at} wieder fällig: Versand erneut starten oder kontor serve weitersenden lassen
mailing-uncertain-address = unsicher: {$address} (bei der Übergabe unterbrochen; resend-uncertain sendet erneut)
mailing-log-round = Mailing {$id}: gesendet {$sent}, fehlgeschlagen {$failed}, zurückgestellt {$deferred}, unsicher {$uncertain}
cli-kind-mailing = Mailing
cli-kind-mailing-send = Mailing-Sendung
cli-kind-suppression = Sperrlisteneintrag

cli-help-mailing = Marketing-Mailings: anlegen, Vorschau, Probelauf, genau einmal senden, Status, Sperrliste
cli-help-mailing-add = Ein Mailing als Entwurf an die Kunden und Ansprechpartner mit einem Schlagwort oder eines Segments anlegen
cli-help-mailing-add--name = Name des Mailings
cli-help-mailing-add--subject = Betreffzeile (Seriendruckfelder erlaubt)
cli-help-mailing-add--body = Text (Seriendruckfelder wie {"{"}salutation{"}"}, {"{"}name{"}"}, {"{"}unsubscribe_url{"}"})
cli-help-mailing-add--body-file = Den Text aus dieser Datei lesen
cli-help-mailing-add--html-file = Einen HTML-Teil aus dieser Datei lesen
cli-help-mailing-add--tag = Die Empfänger: Kunden und Ansprechpartner mit diesem Schlagwort
cli-help-mailing-add--purpose = Der Einwilligungszweck, auf den sich das Mailing stützt
cli-help-mailing-add--campaign = Die Kampagne, zu der es gehört
cli-help-mailing-list = Die Mailings auflisten, neueste zuerst
cli-help-mailing-preview = Die Nachricht zeigen, die ein Empfänger bekäme
cli-help-mailing-preview--id = Nummer des Mailings
cli-help-mailing-preview--to = Eine Kundennummer (ID) oder eine E-Mail-Adresse der Empfänger
cli-help-mailing-dry-run = Jeden Empfänger auflisten, der nicht angeschrieben würde, und warum
cli-help-mailing-dry-run--id = Nummer des Mailings
cli-help-mailing-send = Das Mailing jetzt senden (setzt einen unterbrochenen Versand fort)
cli-help-mailing-send--id = Nummer des Mailings
cli-help-mailing-status = Sendungen des Mailings nach Status, die unsicheren und fehlgeschlagenen Adressen
cli-help-mailing-status--id = Nummer des Mailings
cli-help-mailing-resend-uncertain = Die unsicheren Sendungen neu einplanen (ihre Empfänger bekommen die Mail vielleicht doppelt)
cli-help-mailing-resend-uncertain--id = Nummer des Mailings
cli-help-mailing-suppress = Eine Adresse auf die Sperrliste setzen: sie bekommt keine Werbe-E-Mails
cli-help-mailing-suppress--address = Die E-Mail-Adresse
cli-help-mailing-suppress--reason = unsubscribed, hard-bounce, soft-bounces, complaint oder manual

## Antworten auf Werbe-E-Mails (Mail-Gateway) und die Rückläufe der Kampagne.
mailing-reply-logged = Antwort auf Versand { $send }: als Kontakt { $interaction } für Kampagne { $campaign } erfasst ({ $leads } Interessenten berührt, { $opportunities } Verkaufschancen zugeordnet)
mailing-reply-again = Antwort schon als Kontakt { $interaction } erfasst: nichts erneut zugeordnet
mailing-reply-on-ticket = abgelegt in Ticket { $ticket }
cli-field-replies = Antworten
cli-field-replied-leads = Interessenten mit Antwort
cli-field-replied-opportunities = Verkaufschancen mit Antwort
campaign-tui-replies = Antw. (Int., Chancen)
