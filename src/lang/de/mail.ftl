# Mail-Versand: der Postausgang, seine Einstellungen und der SMTP-Server (src/core/outbox.rs,
# src/core/mail_settings.rs, src/mail/, src/cli/mail.rs).

mail-password-set = (gesetzt)
mail-password-unset = (nicht gesetzt)
mail-setting-number = eine ganze Zahl von 1 bis { $max }
mail-setting-security = none, starttls oder tls
mail-setting-mailbox = eine E-Mail-Adresse, gern mit Namen: Name <adresse@example.org>
mail-setting-host = ein Hostname ohne Leerzeichen und ohne @
mail-no-sender = kein Absender gesetzt; setzen Sie einen mit: kontor settings mail_from "Name <adresse@example.org>"
mail-no-recipient = kein Empfänger
mail-bad-recipient = { $mailbox } ist keine E-Mail-Adresse
mail-bad-state = der Status ist einer von { $choices }
mail-retry-sent = Postausgangs-Mail { $id } ist schon gesendet; sie wird nicht noch einmal gesendet
mail-no-server = kein SMTP-Server gesetzt; setzen Sie einen mit: kontor settings smtp_host mail.example.org
mail-bad-tls = die TLS-Einstellungen des SMTP-Servers werden abgelehnt: { $error }
mail-test-subject = kontor-Testnachricht
mail-test-body = Dies ist eine Testnachricht von kontor: Der Mail-Versand über { $server } funktioniert.
mail-queued = Postausgangs-Mail { $id } an { $to } eingereiht ({ $message_id })
mail-retried = Postausgangs-Mail { $id } ist wieder eingereiht
mail-retried-failed = { $count ->
    [one] eine fehlgeschlagene Mail ist wieder eingereiht
   *[other] { $count } fehlgeschlagene Mails sind wieder eingereiht
}
mail-sent-report = gesendet { $sent }, zurückgestellt { $deferred }, fehlgeschlagen { $failed }
mail-nothing-due = im Postausgang ist nichts fällig
mail-col-id = Nr.
mail-col-state = Status
mail-col-to = An
mail-col-subject = Betreff
mail-col-attempts = Versuche
mail-col-when = Zeitpunkt
mail-col-reply = Antwort des Servers
mail-state-queued = wartend
mail-state-sending = wird gesendet
mail-state-sent = gesendet
mail-state-failed = fehlgeschlagen
mail-outbox-empty = der Postausgang ist leer

# `kontor mail --help` (die Familie von src/cli/help.rs).
cli-help-mail = Mail-Versand: der Postausgang, sein Versand über den SMTP-Server, eine Testnachricht
cli-help-mail-outbox = Den Postausgang auflisten, neueste zuerst
cli-help-mail-outbox--state = Nur Nachrichten in diesem Status: queued, sending, sent, failed
cli-help-mail-retry = Eine fehlgeschlagene Nachricht wieder einreihen (sofort fällig)
cli-help-mail-retry--id = Nummer der Nachricht im Postausgang
cli-help-mail-retry--all-failed = Jede fehlgeschlagene Nachricht wieder einreihen
cli-help-mail-send = Jede jetzt fällige Nachricht über den SMTP-Server versenden
cli-help-mail-test = Eine Testnachricht an ADRESSE einreihen und den Postausgang versenden
cli-help-mail-test--address = Wohin die Testnachricht geht

# Das Protokoll von `kontor serve` (src/server/mail_out.rs).
mail-log-delivered = Postausgang: gesendet { $sent }, zurückgestellt { $deferred }, fehlgeschlagen { $failed }
mail-log-failed = der Versand des Postausgangs ist fehlgeschlagen: { $error }

# Die Art des Datensatzes (Familie cli-kind-<name> von src/cli/mod.rs).
cli-kind-outbox-mail = Postausgangs-Mail
