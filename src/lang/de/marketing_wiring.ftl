## Einwilligungen in Segmenten, Mailings, Anruflisten, Zusammenführungen und Abmeldungen
## (core::consent_reach, core::mailing, core::mailing_ledger, cli call_list, interaction log).

wiring-action-merged = durch Zusammenführung zugeordnet
wiring-count-consent-event = { $count ->
        [one] { $count } Einwilligungseintrag
       *[other] { $count } Einwilligungseinträge
    }
wiring-tag-or-segment = Empfänger angeben: ein Schlagwort (--tag) oder ein gespeichertes Segment (--segment)
wiring-skip-unsubscribed = abgemeldet
wiring-skip-bounced = Adresse unzustellbar
wiring-skip-no-consent = keine Einwilligung für diesen Zweck ({ $reason })
wiring-sent-no-consent = mangels Einwilligung nicht gesendet: { $count }
wiring-call-no-phone = { $who } hat keine Telefonnummer
wiring-call-refused = { $who } darf für „{ $purpose }“ nicht angerufen werden: { $reason }; zuerst die Einwilligung erfassen (kontor consent add --channel phone)
wiring-calllist-why-not = Nicht anrufen ({ $count }):
wiring-calllist-no-phone = keine Telefonnummer
wiring-marketing-not-a-call = ein Werbeanruf (--campaign, --purpose) wird mit Kanal call-out oder call-in erfasst
