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

## Help of the options this wiring adds.
cli-help-interaction-add--campaign = A marketing call of this campaign: refused without phone consent, its use recorded
cli-help-interaction-add--purpose = A marketing call relying on phone consent for this purpose (default with --campaign: calls)
cli-help-interaction-add--phone = The number called (default: the contact's, else the customer's numbers)
cli-help-campaign-calllist = Whom a phone campaign may call: a segment's people whose phone consent allows the purpose
cli-help-campaign-calllist--id = The campaign's id
cli-help-campaign-calllist--segment = The saved segment to call (its id)
cli-help-campaign-calllist--purpose = The consent purpose the calls rely on
cli-help-campaign-calllist--why-not = Also list everyone not to call, and why
cli-help-segment-add--consent = Consent allows contact now on CHANNEL for PURPOSE, e.g. email:newsletter or phone:calls
cli-help-segment-edit--consent = Consent allows contact now on CHANNEL for PURPOSE, e.g. email:newsletter or phone:calls
cli-help-segment-members--consent = Consent allows contact now on CHANNEL for PURPOSE, e.g. email:newsletter or phone:calls
cli-help-segment-count--consent = Consent allows contact now on CHANNEL for PURPOSE, e.g. email:newsletter or phone:calls
cli-help-mailing-add--segment = The audience: the customers of this saved segment (its id) and their contacts
