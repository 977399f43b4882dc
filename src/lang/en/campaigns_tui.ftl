## Marketing in the TUI: campaigns, segments, mailings (src/tui/screens/campaign*.rs, segment*.rs, mailing*.rs)

legend-go-campaigns = Campaigns
action-go-campaigns = Go to the marketing campaigns
legend-book-cost = Book cost
action-book-cost = Book a cost against the campaign
legend-go-segments = Segments
action-go-segments = Go to the customer segments
legend-go-mailings = Mailings
action-go-mailings = Go to the marketing mailings
legend-mailing-preview = Preview
action-mailing-preview = Preview the mailing per recipient
legend-mailing-dry-run = Dry run
action-mailing-dry-run = Who is not mailed, and why
legend-mailing-send = Send
action-mailing-send = Send the mailing (asks first)

campaign-tui-title = Campaigns
campaign-tui-hint = {$count ->
    [one] 1 campaign
   *[other] {$count} campaigns
} · amounts in each campaign's currency
campaign-tui-none = no campaign selected
campaign-tui-col-id = Id
campaign-tui-col-name = Name
campaign-tui-col-cost = Cost
campaign-tui-col-leads = Leads
campaign-tui-col-won = Won
campaign-tui-col-revenue = Won revenue
campaign-tui-col-pipeline = Pipeline
campaign-tui-col-roi = ROI
campaign-tui-percent = {$value} %
campaign-tui-detail-title = Campaign {$name}
campaign-tui-channel = Channel · status
campaign-tui-period = Period
campaign-tui-budget = Budget
campaign-tui-expected = Expected revenue
campaign-tui-cost = Cost
campaign-tui-leads = Leads · cost per lead
campaign-tui-won = Won · won revenue
campaign-tui-pipeline = Pipeline (weighted)
campaign-tui-roi = ROI
campaign-tui-costs = Costs booked ({$count})
campaign-tui-col-date = Date
campaign-tui-col-amount = Amount
campaign-tui-col-what = What
campaign-tui-new-title = New campaign
campaign-tui-edit-title = Edit campaign {$name}
campaign-tui-cost-title = Book a cost: {$name}
campaign-tui-field-name = Name
campaign-tui-field-channel = Channel
campaign-tui-field-status = Status
campaign-tui-field-from = First day
campaign-tui-field-to = Last day
campaign-tui-field-budget = Budget
campaign-tui-field-expected = Expected revenue
campaign-tui-field-amount = Amount ({$currency})
campaign-tui-field-what = What
campaign-tui-field-date = Day
campaign-tui-cost-booked = {$amount} booked against {$name}

segment-tui-title = Segments
segment-tui-hint = {$count ->
    [one] 1 segment
   *[other] {$count} segments
} · Enter lists the members
segment-tui-none = no segment selected
segment-tui-col-id = Id
segment-tui-col-name = Name
segment-tui-col-filter = Filter
segment-tui-members = Members
segment-tui-new-title = New segment
segment-tui-edit-title = Segment {$id}
segment-tui-name = Name
segment-tui-filter = Filter
segment-tui-counting = counting…
segment-tui-count = {$count ->
    [one] 1 customer
   *[other] {$count} customers
} (found by {$plan})
segment-tui-more = … and {$count} more
segment-tui-keys = key=value pairs separated by ";": {$keys}
segment-tui-saved = segment {$name} saved

mailing-tui-title = Mailings
mailing-tui-hint = {$count ->
    [one] 1 mailing
   *[other] {$count} mailings
} · kontor serve sends those in state sending
mailing-tui-none = no mailing selected
mailing-tui-col-id = Id
mailing-tui-col-name = Name
mailing-tui-col-state = State
mailing-tui-col-sent = Sent
mailing-tui-col-failed = Failed
mailing-tui-col-uncertain = Unsure
mailing-tui-col-remaining = To go
mailing-tui-col-customer = Cust.
mailing-tui-col-address = Address
mailing-tui-col-reason = Why not
mailing-tui-state-draft = draft
mailing-tui-state-sending = sending
mailing-tui-state-sent = sent
mailing-tui-state-paused = paused
mailing-tui-detail-title = Mailing {$name}
mailing-tui-state = State
mailing-tui-subject = Subject
mailing-tui-purpose = Consent purpose
mailing-tui-sent = Sent
mailing-tui-failed = Failed
mailing-tui-uncertain = Uncertain
mailing-tui-suppressed = Suppressed
mailing-tui-remaining = Still to go
mailing-tui-sending-note = Sending: kontor serve hands the messages over in the background (or run kontor mailing send {$id}); this view reads the ledger every second.
mailing-tui-draft-note = A draft: preview it (V), check the dry run (T), then send (M).
mailing-tui-already-sent = {$name} is sent: members added since get the next mailing
mailing-tui-send-question = Send {$name} to {$count ->
    [one] 1 recipient
   *[other] {$count} recipients
}?
mailing-tui-planned = {$count ->
    [one] 1 message
   *[other] {$count} messages
} planned for sending
mailing-tui-preview-title = Preview: {$name}
mailing-tui-preview-who = Recipient {$number} of {$count}
mailing-tui-preview-nobody = nobody in the audience has an e-mail address
mailing-tui-previous = Previous recipient
mailing-tui-next = Next recipient
mailing-tui-dry-run-title = Dry run: {$name}
mailing-tui-open-customer = Customer
