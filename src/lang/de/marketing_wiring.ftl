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

## Hilfe der Optionen, die diese Verdrahtung hinzufügt.
cli-help-interaction-add--campaign = Ein Werbeanruf dieser Kampagne: ohne telefonische Einwilligung abgelehnt, ihre Nutzung erfasst
cli-help-interaction-add--purpose = Ein Werbeanruf, der sich auf die telefonische Einwilligung für diesen Zweck stützt (Vorgabe mit --campaign: calls)
cli-help-interaction-add--phone = Die angerufene Nummer (Vorgabe: die des Ansprechpartners, sonst die des Kunden)
cli-help-campaign-calllist = Wen eine Telefonkampagne anrufen darf: die Personen eines Segments mit telefonischer Einwilligung für den Zweck
cli-help-campaign-calllist--id = Die Nummer der Kampagne
cli-help-campaign-calllist--segment = Das gespeicherte Segment, das angerufen wird (seine Nummer)
cli-help-campaign-calllist--purpose = Der Einwilligungszweck, auf den sich die Anrufe stützen
cli-help-campaign-calllist--why-not = Auch alle auflisten, die nicht angerufen werden dürfen, und warum
cli-help-segment-add--consent = Die Einwilligung erlaubt jetzt Kontakt über KANAL für ZWECK, z. B. email:newsletter oder phone:calls
cli-help-segment-edit--consent = Die Einwilligung erlaubt jetzt Kontakt über KANAL für ZWECK, z. B. email:newsletter oder phone:calls
cli-help-segment-members--consent = Die Einwilligung erlaubt jetzt Kontakt über KANAL für ZWECK, z. B. email:newsletter oder phone:calls
cli-help-segment-count--consent = Die Einwilligung erlaubt jetzt Kontakt über KANAL für ZWECK, z. B. email:newsletter oder phone:calls
cli-help-mailing-add--segment = Die Empfänger: die Kunden dieses gespeicherten Segments (seine Nummer) und ihre Ansprechpartner
