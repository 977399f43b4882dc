## Marketing mailings (src/domain/salutation.rs, src/core/mailing*.rs, src/cli/mailing.rs)

salutation-female = Dear Ms {$name},
salutation-male = Dear Mr {$name},
salutation-titled = Dear {$name},
salutation-unknown = Hello {$name},
salutation-nobody = Dear Sir or Madam,

mailing-required = required
mailing-unknown-field = unknown merge field {$fields}; known: {$known}
mailing-skip-no-address = no e-mail address
mailing-skip-suppressed = on the suppression list
mailing-skip-duplicate = address already mailed to another member
mailing-added = mailing {$id} written (draft)
mailing-dry-run-summary = {$mailed} would be mailed, {$skipped} not
mailing-resend-planned = {$count} uncertain sends planned again
mailing-bad-reason = unknown reason; one of: {$choices}
mailing-suppressed = {$address} is on the suppression list
mailing-already-suppressed = {$address} was already on the suppression list
mailing-preview-nobody = {$to} is not in the mailing's audience
mailing-preview-to = To
mailing-preview-subject = Subject
mailing-sent-report = sent {$sent}, failed {$failed}, deferred {$deferred}, uncertain {$uncertain}
mailing-next-at = deferred messages are due again from {$at}: run the send again or let kontor serve continue
mailing-uncertain-address = uncertain: {$address} (interrupted while handed over; resend-uncertain sends it again)
mailing-log-round = mailing {$id}: sent {$sent}, failed {$failed}, deferred {$deferred}, uncertain {$uncertain}
cli-kind-mailing = mailing
cli-kind-mailing-send = mailing send
cli-kind-suppression = suppression

cli-help-mailing = Marketing mailings: write, preview, dry-run, send exactly once, status, suppress
cli-help-mailing-add = Write a draft mailing to the customers and contacts carrying a tag or of a segment
cli-help-mailing-add--name = Name of the mailing
cli-help-mailing-add--subject = Subject line (merge fields allowed)
cli-help-mailing-add--body = Text body (merge fields such as {"{"}salutation{"}"}, {"{"}name{"}"}, {"{"}unsubscribe_url{"}"})
cli-help-mailing-add--body-file = Read the text body from this file
cli-help-mailing-add--html-file = Read an HTML part from this file
cli-help-mailing-add--tag = The audience: customers and contacts carrying this tag
cli-help-mailing-add--purpose = The consent purpose the mailing relies on
cli-help-mailing-add--campaign = The campaign it belongs to
cli-help-mailing-list = List the mailings, newest first
cli-help-mailing-preview = Show the message one recipient would get
cli-help-mailing-preview--id = Number of the mailing
cli-help-mailing-preview--to = A customer number (id) or an e-mail address of the audience
cli-help-mailing-dry-run = List every audience member who would not be mailed, and why
cli-help-mailing-dry-run--id = Number of the mailing
cli-help-mailing-send = Send the mailing now (resumes an interrupted send)
cli-help-mailing-send--id = Number of the mailing
cli-help-mailing-status = Counts of the mailing's sends by state, the uncertain and failed addresses
cli-help-mailing-status--id = Number of the mailing
cli-help-mailing-resend-uncertain = Plan the uncertain sends again (their recipients may get the mail twice)
cli-help-mailing-resend-uncertain--id = Number of the mailing
cli-help-mailing-suppress = Put an address on the suppression list: it gets no marketing mail
cli-help-mailing-suppress--address = The e-mail address
cli-help-mailing-suppress--reason = unsubscribed, hard-bounce, soft-bounces, complaint or manual

## Replies to marketing mail (the mailgate) and the campaign's responses.
mailing-reply-logged = reply to send { $send }: logged as interaction { $interaction } for campaign { $campaign } ({ $leads } leads touched, { $opportunities } opportunities attributed)
mailing-reply-again = reply already logged as interaction { $interaction }: nothing attributed again
mailing-reply-on-ticket = filed on ticket { $ticket }
cli-field-replies = replies
cli-field-replied-leads = replied_leads
cli-field-replied-opportunities = replied_opportunities
campaign-tui-replies = Replies (leads, opps)
