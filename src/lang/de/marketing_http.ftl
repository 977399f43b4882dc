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
cli-kind-mailing-bounce = Bounce eines Mailings
mailgate-returned-unknown-token = an die Bounce- oder Abmeldeadresse eines Mailings, deren Token keinen Versand nennt
mailgate-returned-unreadable = ein Zustellbericht an die Bounce-Adresse eines Mailings ohne lesbaren Status
mailgate-returned-bounce = { $hard ->
    [true] Hard Bounce
   *[other] Soft Bounce
  } von { $address } (Versand { $send }){ $suppressed ->
    [true] ; die Adresse steht jetzt auf der Sperrliste
   *[other] {""}
  }
mailgate-returned-complaint = Beschwerde über Versand { $send }: { $address } abgemeldet
mailgate-returned-unsubscribed = { $address } per Mail abgemeldet (Versand { $send })
mailgate-returned-noted = Zustellbericht zu Versand { $send } ohne Fehler: nichts zu tun
cli-help-serve--http = Auch die Links der Marketing-Mails (Abmelden, Einwilligung bestätigen) hier über einfaches HTTP bereitstellen, hinter einem Reverse-Proxy, der TLS macht [Standard: aus]
cli-help-serve--http-trusted-proxy = Ein Reverse-Proxy, dessen X-Forwarded-For den HTTP-Client nennt (mehrfach möglich)
