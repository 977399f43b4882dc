## Consent wired into segments, mailings, call lists, merges and unsubscribes
## (core::consent_reach, core::mailing, core::mailing_ledger, cli call_list, interaction log).

wiring-action-merged = attributed by a merge
wiring-count-consent-event = { $count ->
        [one] { $count } consent event
       *[other] { $count } consent events
    }
wiring-tag-or-segment = give the audience: a tag (--tag) or a saved segment (--segment)
wiring-skip-unsubscribed = unsubscribed
wiring-skip-bounced = address bounced
wiring-skip-no-consent = no consent for this purpose ({ $reason })
wiring-sent-no-consent = not sent for lack of consent: { $count }
wiring-call-no-phone = { $who } has no phone number to call
wiring-call-refused = { $who } may not be called for "{ $purpose }": { $reason }; record the consent first (kontor consent add --channel phone)
wiring-calllist-why-not = Not to call ({ $count }):
wiring-calllist-no-phone = no phone number
wiring-marketing-not-a-call = a marketing call (--campaign, --purpose) is logged with channel call-out or call-in
