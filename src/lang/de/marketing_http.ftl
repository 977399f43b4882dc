# Der Link-Endpunkt von kontor serve --http (Abmelden, Einwilligung bestätigen) und die
# Bounces, Beschwerden und Abmelde-Mails des Mailgates.
http-log-listening = Links (Abmelden, Bestätigen) über HTTP auf { $address }
http-not-found = Seite nicht gefunden
http-not-found-text = Diese Adresse ist unbekannt oder der Link ist nicht gültig.
http-method = Hier nicht möglich
http-bad-request = Ungültige Anfrage
http-bad-request-text = Die Anfrage konnte nicht gelesen werden.
http-failed = Etwas ist schiefgegangen
http-failed-text = Bitte versuchen Sie es später noch einmal.
http-gone = Link nicht mehr gültig
http-unsubscribe-title = Abmelden
http-unsubscribe-ask = Möchten Sie diese E-Mails nicht mehr erhalten?
http-unsubscribe-button = Abmelden
http-unsubscribed = Sie sind abgemeldet. Sie erhalten diese E-Mails nicht mehr.
http-confirm-title = Einwilligung bestätigen
http-confirm-ask = Bitte bestätigen Sie, dass Sie E-Mails von uns erhalten möchten ({ $purpose }).
http-confirm-button = Bestätigen
http-confirmed = Vielen Dank: Ihre Einwilligung ist bestätigt.
