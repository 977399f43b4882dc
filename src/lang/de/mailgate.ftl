## Das Mail-Gateway: eingehende E-Mails lesen, Schleifenschutz und Zuordnung

mailgate-not-mail = Keine E-Mail: kein Kopfbereich (Binärdaten oder Text ohne Kopfzeilen).
mailgate-no-sender = Die Nachricht hat keinen Absender: kein From-Feld mit einer Adresse.
mailgate-rule-tag = Ticketnummer { $number } im Betreff
mailgate-rule-in-reply-to = Antwort auf Nachricht { $id }
mailgate-rule-references = Verweist auf Nachricht { $id }
mailgate-rule-new = Neues Ticket
mailgate-auto-own-loop = Von kontor selbst gesendet (X-Loop)
mailgate-auto-delivery-report = Zustellbericht
mailgate-auto-mailer-daemon = Vom Mailsystem ({ $from })
mailgate-auto-null-sender = Leerer Rückweg (Return-Path: <>)
mailgate-auto-submitted = Automatisch gesendet (Auto-Submitted: { $value })
mailgate-auto-autoresponder = Automatische Antwort ({ $field })
mailgate-auto-out-of-office = Abwesenheitsnotiz
mailgate-auto-precedence = Massenmail (Precedence: { $value })
mailgate-auto-mailing-list = Mailingliste { $list }
mailgate-auto-foreign-loop = Über ein anderes System gelaufen (X-Loop: { $value })

## `kontor mailgate` (src/mail/gate.rs, src/cli/mailgate.rs, src/core/mailgate.rs)
mailgate-setting-number = eine ganze Zahl ab { $min }
mailgate-reason-unreadable = nicht als E-Mail lesbar
mailgate-reason-too-large = zu groß: { $size } Bytes (höchstens { $max })
mailgate-reason-own-loop = eine E-Mail von kontor selbst kam ohne Ticket zurück
mailgate-reason-closed-ticket = eine Antwort auf das geschlossene Ticket { $number }, dessen Queue sie ablehnt
mailgate-reason-unknown-queue = es gibt keine Queue { $queue }
mailgate-reason-refused = abgelehnt: { $why }
mailgate-attachment-dropped = [Anhang { $name } verworfen: { $size } Bytes, höchstens { $max } werden aufbewahrt]
mailgate-empty-text = (leere Nachricht)
mailgate-no-subject = (kein Betreff)
mailgate-ack-body =
    Vielen Dank für Ihre Nachricht. Wir haben sie als Ticket { $number } („{ $subject }“) erhalten und melden uns bei Ihnen.

    Bitte lassen Sie die Ticketnummer im Betreff, wenn Sie uns dazu schreiben.
mailgate-opened = neues Ticket { $ticket }
mailgate-appended = Ticket { $ticket }, Artikel { $article }
mailgate-reopened = wieder geöffnet
mailgate-ack-queued = Eingangsbestätigung in den Postausgang gestellt (Postausgang { $id })
mailgate-ack-automatic = keine Eingangsbestätigung: automatische E-Mail
mailgate-ack-over-budget = keine Eingangsbestätigung: die stündliche Grenze des Absenders ist erreicht
mailgate-ack-not-sent = keine Eingangsbestätigung: { $why }
mailgate-dropped = { $count } Anhänge wegen ihrer Größe verworfen
mailgate-duplicate = schon im Ticket { $ticket }: nicht noch einmal gespeichert
mailgate-quarantined = in Quarantäne aufbewahrt als { $id }: { $reason }
mailgate-busy = die Datenbank { $path } wird von einem anderen Prozess benutzt und kein kontor serve antwortet: später erneut versuchen
mailgate-quarantine-empty = die Quarantäne ist leer
mailgate-quarantine-row = { $id }  { $at }  Queue { $queue }  { $size } Bytes  { $why }
mailgate-quarantine-deleted = Nachricht { $id } der Quarantäne gelöscht

# `kontor mailgate --help`, `kontor mail quarantine|attachment --help`
cli-help-mailgate = Eine E-Mail von stdin lesen und einem Ticket zuordnen (für Postfix, Exim, fetchmail)
cli-help-mailgate--queue = Die Queue, in die eine E-Mail kommt, die ein Ticket eröffnet
cli-help-mail-quarantine = Vom Mail-Gateway aufbewahrte statt zugeordnete Nachrichten: auflisten, zeigen, neu verarbeiten, löschen
cli-help-mail-quarantine-list = Die aufbewahrten Nachrichten, neueste zuerst
cli-help-mail-quarantine-show = Eine aufbewahrte Nachricht: warum, und ihre Rohdaten (`--raw`: nur die Bytes)
cli-help-mail-quarantine-show--id = Nummer der aufbewahrten Nachricht
cli-help-mail-quarantine-show--raw = Nur die Bytes der Nachricht schreiben, wie sie ankamen
cli-help-mail-quarantine-reprocess = Eine aufbewahrte Nachricht erneut durch das Mail-Gateway schicken
cli-help-mail-quarantine-reprocess--id = Nummer der aufbewahrten Nachricht
cli-help-mail-quarantine-delete = Eine aufbewahrte Nachricht endgültig löschen
cli-help-mail-quarantine-delete--id = Nummer der aufbewahrten Nachricht
cli-help-mail-attachment = Die Bytes eines Ticket-Anhangs (seine Blob-Nummer, `ticket show --format json`)
cli-help-mail-attachment--blob = Nummer des Blobs des Anhangs
cli-help-mail-attachment--output = In diese Datei statt auf stdout schreiben

# Die Art des Datensatzes (Familie cli-kind-<name> von src/cli/mod.rs).
cli-kind-quarantined-mail = Mail in Quarantäne

# The quarantine screen of the TUI (src/tui/screens/quarantine.rs).
legend-go-quarantine = Quarantäne
action-go-quarantine = Zur Mail-Quarantäne
legend-reprocess-mail = Neu ablegen
action-reprocess-mail = Nachricht erneut durchs Mailgate
mailgate-tui-title = Mail-Quarantäne
mailgate-tui-hint = { $count } zurückgehaltene Nachrichten · Enter mehr der Nachricht · d löschen
mailgate-tui-col-id = Nr.
mailgate-tui-col-received = Eingang
mailgate-tui-col-reason = Grund
mailgate-tui-col-message = Absender · Betreff
mailgate-tui-col-size = Bytes
mailgate-tui-no-header = kein Kopf ({ $size } Bytes)
mailgate-tui-head = Nachricht { $id }
mailgate-tui-none-selected = keine Nachricht ausgewählt
mailgate-tui-delete-question = Nachricht { $id } der Quarantäne endgültig löschen?
mailgate-no-reprocessor = dieses Programm kann das Mailgate nicht ausführen: kontor mail quarantine reprocess verwenden
