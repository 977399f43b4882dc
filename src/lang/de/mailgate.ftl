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
