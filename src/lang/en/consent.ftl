## The consent ledger (domain::consent, core::consent, core::consent_optin, cli consent).

consent-bad-channel = "{ $text }" is not a channel; one of: { $choices }
consent-bad-purpose = "{ $text }" is not a purpose: lower-case letters, digits and "-", starting with a letter (e.g. { $examples })
consent-bad-party = "{ $text }" names no party: write customer:ID or lead:ID
consent-bad-email = "{ $text }" is not an e-mail address
consent-no-address = the postal address is empty
consent-no-party = say whose consent it is (--party customer:ID or lead:ID)
consent-no-channel = say the channel (email, phone, sms, post)
consent-no-source = say how it came about (--source form, call, import …)
consent-unknown-text = there is no consent text "{ $label }"; keep it first with: kontor consent text add { $label } FILE
consent-record-kind = only consent given, withdrawn or objected is recorded this way
consent-use-not-confirmed = event { $id } is not a confirmed consent; a use must rely on one
consent-use-what = say which mailing or call relied on it (--what)
consent-text-label = a consent text's label is one word without spaces (e.g. newsletter-2026-01)
consent-text-empty = the consent text is empty
consent-text-exists = consent text "{ $label }" is already kept; a new wording needs a new label
consent-text-unreadable = cannot read { $file }: { $error }
consent-text-kept = consent text "{ $label }" kept (SHA-256 { $sha256 })
consent-setting-link-base = write the address the links start with, e.g. https://kontor.example.com/m
consent-no-link-base = set the address of the confirmation links first: kontor settings marketing_link_base https://…
consent-mail-subject = Please confirm: { $purpose } [{ $token }]
consent-mail-wording = {"\u000A"}You agreed to this text:{"\u000A"}{"\u000A"}{ $text }{"\u000A"}
consent-mail-body =
    Hello,

    we were asked to send you e-mail for the purpose "{ $purpose }" at this address.
    We will only do so once you confirm it. To confirm, open this link:

    { $link }

    or simply reply to this e-mail. The link is valid for { $days } days.
    { $wording }
    If you did not ask for this, ignore this e-mail: you will hear nothing more from us.
consent-token-invalid = this confirmation token is not valid
consent-request-expired = this request is older than { $days } days and can no longer be confirmed; ask again
consent-reply-automatic = an automatic reply to a confirmation mail confirms nothing
consent-reply-other-sender = the reply came from { $sender }, the confirmation mail went to { $address }: not confirmed
consent-reply-confirmed = consent request { $request } confirmed by reply (event { $event })
consent-requested = consent request { $id } recorded; confirmation mail to { $address } queued as outbox message { $mail }
consent-recorded = consent event { $id } recorded: { $action }
consent-may-relying = may contact, relying on event { $id }
consent-may-post = may contact (post: nobody objected)
consent-may-not = may not contact: { $reason }
consent-refusal-no-consent = no consent
consent-refusal-only-requested = consent requested, not confirmed
consent-refusal-withdrawn = consent withdrawn
consent-refusal-objected = objected
consent-action-requested = requested
consent-action-confirmed = confirmed
consent-action-withdrawn = withdrawn
consent-action-objected = objected
consent-action-used = used
consent-event-line = { $at }  #{ $id } { $action }: { $channel } { $address }, { $purpose }; source { $source }, by { $actor }
consent-event-used = ; relied on #{ $relied_on } for { $what }
consent-event-person = ; person { $person }
consent-event-text = ; text { $label } (SHA-256 { $sha256 })
consent-event-ip = ; IP { $ip }
consent-evidence-customer = customer { $id }, { $name }
consent-evidence-lead = lead { $id }
consent-evidence-title = Evidence of consent: { $party }
consent-evidence-as-of = As of { $at }.
consent-evidence-keep-until = Kept until { $date } (five years after the last use, § 7a UWG).
consent-evidence-none = The ledger holds no events for this person.
consent-evidence-standing = Standing now:
consent-evidence-history = Every event, oldest first:
consent-evidence-texts = The consent texts shown, word for word:

## --help of kontor consent (cli::help).
cli-help-consent = Consent (Einwilligungen): add, withdraw, object, request (double opt-in), confirm, use, show, standing, evidence, text
cli-help-consent-add = Record consent a person gave (a call, a signed form)
cli-help-consent-add--party = customer:ID or lead:ID (a bare number is a customer's)
cli-help-consent-add--channel = email, phone, sms or post
cli-help-consent-add--address = The e-mail address, phone number or postal address
cli-help-consent-add--purpose = newsletter, offers, surveys, events, calls or a slug of your own
cli-help-consent-add--source = How it came about: form, call, import, letter …
cli-help-consent-add--person = The contact person's name (empty: the customer or lead itself)
cli-help-consent-add--text = The label of the consent text shown
cli-help-consent-add--ip = The IP address it came from
cli-help-consent-withdraw = Record that a person took consent back for a purpose
cli-help-consent-withdraw--party = customer:ID or lead:ID (a bare number is a customer's)
cli-help-consent-withdraw--channel = email, phone, sms or post
cli-help-consent-withdraw--address = The e-mail address, phone number or postal address
cli-help-consent-withdraw--purpose = newsletter, offers, surveys, events, calls or a slug of your own
cli-help-consent-withdraw--source = How it came about: form, call, import, letter …
cli-help-consent-withdraw--person = The contact person's name (empty: the customer or lead itself)
cli-help-consent-withdraw--text = The label of the consent text shown
cli-help-consent-withdraw--ip = The IP address it came from
cli-help-consent-object = Record a person's objection to direct marketing on a channel (every purpose)
cli-help-consent-object--party = customer:ID or lead:ID (a bare number is a customer's)
cli-help-consent-object--channel = email, phone, sms or post
cli-help-consent-object--address = The e-mail address, phone number or postal address
cli-help-consent-object--purpose = newsletter, offers, surveys, events, calls or a slug of your own
cli-help-consent-object--source = How it came about: form, call, import, letter …
cli-help-consent-object--person = The contact person's name (empty: the customer or lead itself)
cli-help-consent-object--text = The label of the consent text shown
cli-help-consent-object--ip = The IP address it came from
cli-help-consent-request = Ask for e-mail consent by double opt-in: records the request and queues the confirmation mail
cli-help-consent-request--party = customer:ID or lead:ID (a bare number is a customer's)
cli-help-consent-request--email = The address the confirmation mail goes to
cli-help-consent-request--purpose = newsletter, offers, surveys, events, calls or a slug of your own
cli-help-consent-request--source = How the request came: form, call, fair …
cli-help-consent-request--person = The contact person's name (empty: the customer or lead itself)
cli-help-consent-request--text = The label of the consent text shown
cli-help-consent-request--ip = The IP address it came from
cli-help-consent-confirm = Confirm a requested consent with the token of its confirmation mail (support staff)
cli-help-consent-confirm--token = The token from the confirmation mail's link or subject
cli-help-consent-use = Record a marketing mail or call that relied on a confirmed consent
cli-help-consent-use--event = Number of the confirmation event relied on
cli-help-consent-use--what = The mailing or call (e.g. "call 2026-03-02 anna")
cli-help-consent-show = A party's consent history, oldest first
cli-help-consent-show--party = customer:ID or lead:ID (a bare number is a customer's)
cli-help-consent-standing = Whether kontor may contact an address on a channel for a purpose now
cli-help-consent-standing--channel = email, phone, sms or post
cli-help-consent-standing--address = The e-mail address, phone number or postal address
cli-help-consent-standing--purpose = newsletter, offers, surveys, events, calls or a slug of your own
cli-help-consent-evidence = Everything kontor can prove about one person's consent (--format text|csv|json)
cli-help-consent-evidence--party = customer:ID or lead:ID (a bare number is a customer's)
cli-help-consent-text = Consent texts kept by version: add LABEL FILE, list
cli-help-consent-text-add = Keep the exact wording of a consent text under a version label
cli-help-consent-text-add--label = The version label, one word (e.g. newsletter-2026-01)
cli-help-consent-text-add--file = A UTF-8 file with the text
cli-help-consent-text-list = Every consent text with its SHA-256

## Names of the kinds (cli::kind_word).
cli-kind-consent-event = consent event
cli-kind-consent-text = consent text

## The log-call form's marketing call (campaign, purpose).
marketing-call-label-campaign = Campaign
marketing-call-label-purpose = Consent purpose
marketing-call-pick-campaign = pick a campaign
marketing-call-used = Consent use { $id } recorded for { $number }.
