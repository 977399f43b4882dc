## Das Einwilligungsregister (domain::consent, core::consent, core::consent_optin, cli consent).

consent-bad-channel = „{ $text }“ ist kein Kanal; einer von: { $choices }
consent-bad-purpose = „{ $text }“ ist kein Zweck: Kleinbuchstaben, Ziffern und „-“, beginnend mit einem Buchstaben (z. B. { $examples })
consent-bad-party = „{ $text }“ nennt niemanden: customer:NR oder lead:NR schreiben
consent-bad-email = „{ $text }“ ist keine E-Mail-Adresse
consent-no-address = die Postanschrift ist leer
consent-no-party = angeben, wessen Einwilligung es ist (--party customer:NR oder lead:NR)
consent-no-channel = den Kanal angeben (email, phone, sms, post)
consent-no-source = angeben, wie sie zustande kam (--source form, call, import …)
consent-unknown-text = es gibt keinen Einwilligungstext „{ $label }“; zuerst ablegen mit: kontor consent text add { $label } DATEI
consent-record-kind = auf diesem Weg werden nur erteilte, widerrufene oder widersprochene Einwilligungen erfasst
consent-use-not-confirmed = Eintrag { $id } ist keine bestätigte Einwilligung; eine Nutzung muss sich auf eine stützen
consent-use-what = angeben, welche Aussendung oder welcher Anruf sich darauf stützte (--what)
consent-text-label = die Bezeichnung eines Einwilligungstexts ist ein Wort ohne Leerzeichen (z. B. newsletter-2026-01)
consent-text-empty = der Einwilligungstext ist leer
consent-text-exists = Einwilligungstext „{ $label }“ ist schon abgelegt; ein neuer Wortlaut braucht eine neue Bezeichnung
consent-text-unreadable = { $file } ist nicht lesbar: { $error }
consent-text-kept = Einwilligungstext „{ $label }“ abgelegt (SHA-256 { $sha256 })
consent-setting-link-base = die Adresse angeben, mit der die Links beginnen, z. B. https://kontor.example.com/m
consent-no-link-base = zuerst die Adresse der Bestätigungslinks setzen: kontor settings marketing_link_base https://…
consent-mail-subject = Bitte bestätigen: { $purpose } [{ $token }]
consent-mail-wording = {"\u000A"}Sie haben diesem Text zugestimmt:{"\u000A"}{"\u000A"}{ $text }{"\u000A"}
consent-mail-body =
    Guten Tag,

    wir wurden gebeten, Ihnen an diese Adresse E-Mails zum Zweck „{ $purpose }“ zu senden.
    Das tun wir erst, wenn Sie es bestätigen. Zum Bestätigen öffnen Sie diesen Link:

    { $link }

    oder antworten Sie einfach auf diese E-Mail. Der Link gilt { $days } Tage.
    { $wording }
    Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Sie hören nichts mehr von uns.
consent-token-invalid = dieses Bestätigungszeichen ist nicht gültig
consent-request-expired = diese Anfrage ist älter als { $days } Tage und kann nicht mehr bestätigt werden; bitte erneut anfragen
consent-reply-automatic = eine automatische Antwort auf eine Bestätigungsmail bestätigt nichts
consent-reply-other-sender = die Antwort kam von { $sender }, die Bestätigungsmail ging an { $address }: nicht bestätigt
consent-reply-confirmed = Einwilligungsanfrage { $request } per Antwort bestätigt (Eintrag { $event })
consent-requested = Einwilligungsanfrage { $id } erfasst; Bestätigungsmail an { $address } als Postausgangsnachricht { $mail } eingereiht
consent-recorded = Einwilligungseintrag { $id } erfasst: { $action }
consent-may-relying = Kontakt erlaubt, gestützt auf Eintrag { $id }
consent-may-post = Kontakt erlaubt (Post: niemand hat widersprochen)
consent-may-not = Kontakt nicht erlaubt: { $reason }
consent-refusal-no-consent = keine Einwilligung
consent-refusal-only-requested = Einwilligung angefragt, nicht bestätigt
consent-refusal-withdrawn = Einwilligung widerrufen
consent-refusal-objected = Widerspruch
consent-action-requested = angefragt
consent-action-confirmed = bestätigt
consent-action-withdrawn = widerrufen
consent-action-objected = widersprochen
consent-action-used = genutzt
consent-event-line = { $at }  #{ $id } { $action }: { $channel } { $address }, { $purpose }; Quelle { $source }, von { $actor }
consent-event-used = ; gestützt auf #{ $relied_on } für { $what }
consent-event-person = ; Person { $person }
consent-event-text = ; Text { $label } (SHA-256 { $sha256 })
consent-event-ip = ; IP { $ip }
consent-evidence-customer = Kunde { $id }, { $name }
consent-evidence-lead = Interessent { $id }
consent-evidence-title = Nachweis der Einwilligungen: { $party }
consent-evidence-as-of = Stand: { $at }.
consent-evidence-keep-until = Aufzubewahren bis { $date } (fünf Jahre nach der letzten Nutzung, § 7a UWG).
consent-evidence-none = Das Register enthält keine Einträge zu dieser Person.
consent-evidence-standing = Aktueller Stand:
consent-evidence-history = Alle Einträge, älteste zuerst:
consent-evidence-texts = Die gezeigten Einwilligungstexte im Wortlaut:

## --help von kontor consent (cli::help).
cli-help-consent = Einwilligungen: add, withdraw, object, request (Double-Opt-in), confirm, use, show, standing, evidence, text
cli-help-consent-add = Eine erteilte Einwilligung erfassen (Anruf, unterschriebenes Formular)
cli-help-consent-add--party = customer:NR oder lead:NR (eine Zahl allein ist die eines Kunden)
cli-help-consent-add--channel = email, phone, sms oder post
cli-help-consent-add--address = Die E-Mail-Adresse, Telefonnummer oder Postanschrift
cli-help-consent-add--purpose = newsletter, offers, surveys, events, calls oder ein eigener Kurzname
cli-help-consent-add--source = Wie sie zustande kam: form, call, import, letter …
cli-help-consent-add--person = Name der Kontaktperson (leer: der Kunde oder Interessent selbst)
cli-help-consent-add--text = Bezeichnung des gezeigten Einwilligungstexts
cli-help-consent-add--ip = Die IP-Adresse, von der sie kam
cli-help-consent-withdraw = Erfassen, dass jemand eine Einwilligung für einen Zweck widerrufen hat
cli-help-consent-withdraw--party = customer:NR oder lead:NR (eine Zahl allein ist die eines Kunden)
cli-help-consent-withdraw--channel = email, phone, sms oder post
cli-help-consent-withdraw--address = Die E-Mail-Adresse, Telefonnummer oder Postanschrift
cli-help-consent-withdraw--purpose = newsletter, offers, surveys, events, calls oder ein eigener Kurzname
cli-help-consent-withdraw--source = Wie es dazu kam: form, call, import, letter …
cli-help-consent-withdraw--person = Name der Kontaktperson (leer: der Kunde oder Interessent selbst)
cli-help-consent-withdraw--text = Bezeichnung des gezeigten Einwilligungstexts
cli-help-consent-withdraw--ip = Die IP-Adresse, von der er kam
cli-help-consent-object = Einen Widerspruch gegen Direktwerbung auf einem Kanal erfassen (alle Zwecke)
cli-help-consent-object--party = customer:NR oder lead:NR (eine Zahl allein ist die eines Kunden)
cli-help-consent-object--channel = email, phone, sms oder post
cli-help-consent-object--address = Die E-Mail-Adresse, Telefonnummer oder Postanschrift
cli-help-consent-object--purpose = newsletter, offers, surveys, events, calls oder ein eigener Kurzname
cli-help-consent-object--source = Wie es dazu kam: form, call, import, letter …
cli-help-consent-object--person = Name der Kontaktperson (leer: der Kunde oder Interessent selbst)
cli-help-consent-object--text = Bezeichnung des gezeigten Einwilligungstexts
cli-help-consent-object--ip = Die IP-Adresse, von der er kam
cli-help-consent-request = E-Mail-Einwilligung per Double-Opt-in anfragen: erfasst die Anfrage und reiht die Bestätigungsmail ein
cli-help-consent-request--party = customer:NR oder lead:NR (eine Zahl allein ist die eines Kunden)
cli-help-consent-request--email = Die Adresse, an die die Bestätigungsmail geht
cli-help-consent-request--purpose = newsletter, offers, surveys, events, calls oder ein eigener Kurzname
cli-help-consent-request--source = Woher die Anfrage kam: form, call, fair …
cli-help-consent-request--person = Name der Kontaktperson (leer: der Kunde oder Interessent selbst)
cli-help-consent-request--text = Bezeichnung des gezeigten Einwilligungstexts
cli-help-consent-request--ip = Die IP-Adresse, von der sie kam
cli-help-consent-confirm = Eine angefragte Einwilligung mit dem Zeichen ihrer Bestätigungsmail bestätigen (Support)
cli-help-consent-confirm--token = Das Zeichen aus Link oder Betreff der Bestätigungsmail
cli-help-consent-use = Eine Werbemail oder einen Werbeanruf erfassen, der sich auf eine bestätigte Einwilligung stützte
cli-help-consent-use--event = Nummer des bestätigenden Eintrags, auf den er sich stützte
cli-help-consent-use--what = Die Aussendung oder der Anruf (z. B. "Anruf 2026-03-02 anna")
cli-help-consent-show = Die Einwilligungshistorie einer Person, älteste zuerst
cli-help-consent-show--party = customer:NR oder lead:NR (eine Zahl allein ist die eines Kunden)
cli-help-consent-standing = Ob kontor eine Adresse jetzt auf einem Kanal zu einem Zweck kontaktieren darf
cli-help-consent-standing--channel = email, phone, sms oder post
cli-help-consent-standing--address = Die E-Mail-Adresse, Telefonnummer oder Postanschrift
cli-help-consent-standing--purpose = newsletter, offers, surveys, events, calls oder ein eigener Kurzname
cli-help-consent-evidence = Alles, was kontor über die Einwilligungen einer Person belegen kann (--format text|csv|json)
cli-help-consent-evidence--party = customer:NR oder lead:NR (eine Zahl allein ist die eines Kunden)
cli-help-consent-text = Einwilligungstexte nach Version: add BEZEICHNUNG DATEI, list
cli-help-consent-text-add = Den genauen Wortlaut eines Einwilligungstexts unter einer Versionsbezeichnung ablegen
cli-help-consent-text-add--label = Die Versionsbezeichnung, ein Wort (z. B. newsletter-2026-01)
cli-help-consent-text-add--file = Eine UTF-8-Datei mit dem Text
cli-help-consent-text-list = Alle Einwilligungstexte mit ihrem SHA-256

## Namen der Arten (cli::kind_word).
cli-kind-consent-event = Einwilligungseintrag
cli-kind-consent-text = Einwilligungstext

## Die Marketing-Felder des Anrufformulars (Kampagne, Zweck).
marketing-call-label-campaign = Kampagne
marketing-call-label-purpose = Einwilligungszweck
marketing-call-pick-campaign = Kampagne wählen
marketing-call-used = Nutzung der Einwilligung { $id } für { $number } erfasst.
