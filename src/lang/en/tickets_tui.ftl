# The service desk in the TUI: the ticket queue, the ticket detail and its editor.

legend-go-tickets = Tickets
action-go-tickets = Go to the service desk's ticket queue
legend-next-ticket = Next ticket
action-next-ticket = Take the most urgent free ticket
ticket-tui-no-next = No free ticket in your queues.
legend-ticket-answer = Answer
action-ticket-answer = Answer the customer by mail
legend-ticket-note = Note
action-ticket-note = Add an internal note to the ticket
legend-ticket-status = Status
action-ticket-status = Change the ticket's status
legend-ticket-priority = Priority
action-ticket-priority = Change the ticket's priority
legend-ticket-assign = Owner
action-ticket-assign = Give the ticket an owner
legend-ticket-merge = Merge
action-ticket-merge = Merge the ticket into another ticket

ticket-tui-list-title = Tickets
ticket-tui-view-mine = my tickets
ticket-tui-view-queues = my queues
ticket-tui-view-unassigned = unassigned
ticket-tui-view-all = all open
ticket-tui-view-legend = View: { $view }
ticket-tui-col-priority = Priority
ticket-tui-col-subject = Subject
ticket-tui-col-owner = Owner
ticket-tui-pick-status = pick status
ticket-tui-pick-priority = pick priority

ticket-tui-detail-title = Ticket { $number }
ticket-tui-queue = Queue
ticket-tui-status = Status
ticket-tui-customer = Customer
ticket-tui-articles = Articles (newest last)
ticket-tui-merged-from = Ticket { $number } was merged into this one.
ticket-tui-attachment = attachment: { $name } ({ $bytes } bytes)
ticket-tui-public = public
ticket-tui-internal = internal
ticket-tui-automatic = automatic
ticket-tui-delivery-queued = queued
ticket-tui-delivery-sent = sent
ticket-tui-delivery-failed = failed: { $reply }
ticket-tui-saved = Ticket { $number } changed.

ticket-tui-answer-title = Answer to { $number }
ticket-tui-note-title = Note on { $number }
ticket-tui-empty = Nothing written yet.
ticket-tui-answered = Answer to { $number } queued for sending.
ticket-tui-noted = Note added to { $number }.

ticket-tui-assign-title = Owner of { $number }
ticket-tui-assign-owner = Owner (me, a user; empty: nobody)
ticket-tui-merge-title = Merge { $number } into
ticket-tui-merge-into = Ticket number
ticket-tui-merged = { $number } merged into { $into }.

ticket-tui-col-sla = SLA left
ticket-tui-sla-paused = paused
ticket-tui-sla-line = { $clock }: due { $due } ({ $left })

ticket-tui-pick-template = pick template
ticket-tui-col-template = Template

legend-ticket-link = Link
action-ticket-link = Link an order, invoice or ticket
ticket-tui-link-title = Link { $number } to
ticket-tui-link-kind = Kind ({ $kinds })
ticket-tui-link-reference = Number (an interaction: its id)
