# Service desk: tickets, their articles and queues.

## Ticket numbers, priorities, statuses, articles
domain-ticket-number-full = the ticket numbers of this year are used up (at most 999999)
domain-ticket-number-malformed = “{ $number }” is no ticket number: YYYY-NNNNNN-C (e.g. 2026-000042-7)
domain-ticket-number-check = “{ $number }” has a wrong check digit: please check the number (a digit mistyped or two swapped)
domain-ticket-priority-low = low
domain-ticket-priority-normal = normal
domain-ticket-priority-high = high
domain-ticket-priority-urgent = urgent
domain-ticket-status-new = new
domain-ticket-status-open = open
domain-ticket-status-waiting-for-customer = waiting for customer
domain-ticket-status-waiting-for-third-party = waiting for third party
domain-ticket-status-resolved = resolved
domain-ticket-status-closed = closed
domain-article-mail-in = Mail in
domain-article-mail-out = Mail out
domain-article-phone-in = Call in
domain-article-phone-out = Call out
domain-article-note = Note
domain-article-empty = article { $seq } has no text
domain-ticket-merge-self = a ticket cannot be merged into itself
domain-ticket-merge-merged = ticket { $number } was itself merged into another ticket
domain-queue-warn = warning percentages must be from 1 to 100, separated by commas: 70,80,90
domain-queue-address = “{ $address }” is no mail address

## Core
core-ticket-not-in-queue = { $user } ({ $role }) is not an agent of queue { $queue }: not permitted
core-ticket-unknown = there is no ticket { $number }
core-ticket-merged = ticket { $number } was merged into { $into }
core-ticket-reply-channel = a reply goes out by mail or phone
core-ticket-link-unknown = there is no { $kind } “{ $reference }”
core-queue-unknown = there is no queue “{ $name }”
core-queue-exists = a queue named “{ $name }” exists already

## CLI
cli-ticket-saved = Ticket { $number } ({ $status }) saved.
cli-ticket-merged = Merged into ticket { $number }.
cli-ticket-was-merged = Ticket { $number } was merged into { $into }.
cli-ticket-head = Ticket { $number }: { $subject }
    Queue: { $queue } · Priority: { $priority } · Status: { $status } · Owner: { $owner }
    Customer: { $customer } · Opened: { $created }
cli-ticket-article = — { $kind }, { $author }, { $at }{ $internal ->
        [yes] {" "}(internal)
       *[no] {""}
    }
cli-ticket-unassigned = nobody
cli-queue-saved = Queue { $name } saved.
cli-queue-target = “{ $spec }” is not PRIORITY=TIME (normal=4h, urgent=1h30m)
cli-queue-yes-no = “{ $value }” is neither yes nor no

## --help
cli-help-ticket = Service tickets: add, show, list, reply, note, status, priority, assign, merge, link
cli-help-queue = Service queues: add, edit, list (agents, SLA targets, calendar)
cli-help-ticket-add = Open a ticket in a queue, optionally with the call, note or mail that started it
cli-help-ticket-add--queue = The queue's name
cli-help-ticket-add--subject = What it is about
cli-help-ticket-add--customer = Number or id of the customer
cli-help-ticket-add--contact = The contact person (name or e-mail)
cli-help-ticket-add--sender = The mail address it came from
cli-help-ticket-add--priority = low, normal, high or urgent
cli-help-ticket-add--owner = The user who works on it
cli-help-ticket-add--phone = The customer's call that opened it (its notes)
cli-help-ticket-add--note = An internal note to start with
cli-help-ticket-add--mail = The customer's mail that opened it (its text)
cli-help-ticket-show = A ticket with its articles and history (a merged ticket's number shows where it went)
cli-help-ticket-show--number = The ticket's number (YYYY-NNNNNN-C)
cli-help-ticket-list = Tickets, most urgent first: open ones unless --all
cli-help-ticket-list--queue = Only this queue's tickets
cli-help-ticket-list--all = Resolved, closed and merged tickets too
cli-help-ticket-list--owner = Only tickets of this owner: a user name, `me`, or `nobody`
cli-help-ticket-list--customer = Only tickets of this customer (number or id)
cli-help-ticket-reply = Answer the customer: a mail (queued for sending) or a logged call
cli-help-ticket-reply--number = The ticket's number
cli-help-ticket-reply--text = The answer's text
cli-help-ticket-reply--phone = The answer was a phone call, not a mail
cli-help-ticket-reply--status = The status afterwards [default: open when the ticket was new, else unchanged]
cli-help-ticket-note = Add an internal note (the customer never sees it)
cli-help-ticket-note--number = The ticket's number
cli-help-ticket-note--text = The note's text
cli-help-ticket-status = Set the status: new, open, waiting-for-customer, waiting-for-third-party, resolved, closed
cli-help-ticket-status--number = The ticket's number
cli-help-ticket-status--status = The new status
cli-help-ticket-priority = Set the priority: low, normal, high, urgent
cli-help-ticket-priority--number = The ticket's number
cli-help-ticket-priority--priority = The new priority
cli-help-ticket-assign = Give the ticket an owner and/or move it to another queue
cli-help-ticket-assign--number = The ticket's number
cli-help-ticket-assign--owner = The new owner: a user name, `me`, or `nobody`
cli-help-ticket-assign--queue = The queue to move it to
cli-help-ticket-merge = Merge ticket FROM into ticket INTO: its articles move there, FROM is closed
cli-help-ticket-merge--from = The ticket merged away
cli-help-ticket-merge--into = The ticket that lives on
cli-help-ticket-link = Link the ticket to an interaction, order, invoice or another ticket
cli-help-ticket-link--number = The ticket's number
cli-help-ticket-link--kind = What it links to: interaction, order, invoice or ticket
cli-help-ticket-link--reference = The record's number (or id)
cli-help-queue-add = Add a queue (admins)
cli-help-queue-add--name = The queue's name
cli-help-queue-add--rename = A new name (edit)
cli-help-queue-add--calendar = The business calendar its clocks run on (empty: around the clock)
cli-help-queue-add--first-response = PRIORITY=TIME until the first answer, e.g. normal=4h (repeatable)
cli-help-queue-add--next-response = PRIORITY=TIME from a customer's message to the next answer (repeatable)
cli-help-queue-add--resolution = PRIORITY=TIME until resolved, e.g. urgent=8h (repeatable)
cli-help-queue-add--warn = Percentages of a target at which a ticket is flagged, e.g. 70,80,90
cli-help-queue-add--after-close = What a customer's mail to a closed ticket does: reopen, new-ticket or refuse
cli-help-queue-add--acknowledge = Acknowledge new tickets by mail: yes or no
cli-help-queue-add--template = The acknowledgement's text (empty: the standard text)
cli-help-queue-add--agents = The agents who work it, comma-separated user names
cli-help-queue-add--address = The queue's mail address (empty: none)
cli-help-queue-edit = Change a queue: only what is given changes (admins)
cli-help-queue-edit--name = The queue's name
cli-help-queue-edit--rename = A new name (edit)
cli-help-queue-edit--calendar = The business calendar its clocks run on (empty: around the clock)
cli-help-queue-edit--first-response = PRIORITY=TIME until the first answer, e.g. normal=4h (repeatable)
cli-help-queue-edit--next-response = PRIORITY=TIME from a customer's message to the next answer (repeatable)
cli-help-queue-edit--resolution = PRIORITY=TIME until resolved, e.g. urgent=8h (repeatable)
cli-help-queue-edit--warn = Percentages of a target at which a ticket is flagged, e.g. 70,80,90
cli-help-queue-edit--after-close = What a customer's mail to a closed ticket does: reopen, new-ticket or refuse
cli-help-queue-edit--acknowledge = Acknowledge new tickets by mail: yes or no
cli-help-queue-edit--template = The acknowledgement's text (empty: the standard text)
cli-help-queue-edit--agents = The agents who work it, comma-separated user names
cli-help-queue-edit--address = The queue's mail address (empty: none)
cli-help-queue-list = Every queue with its agents and SLA targets

## Kinds and table headings
cli-kind-ticket = ticket
cli-kind-queue = queue
cli-kind-ticket-attachment = ticket attachment
cli-field-queue = queue
cli-field-priority = priority
cli-field-agents = agents
cli-field-calendar = calendar
cli-field-first-response = first_response
cli-field-next-response = next_response
cli-field-resolution = resolution
cli-field-warn = warn
cli-field-after-close = after_close
cli-field-acknowledge = acknowledge
cli-field-address = address
cli-field-seq = seq
cli-field-author = author
cli-field-public = public

## Demo
core-demo-service-failed = the demo's service desk could not be loaded
cli-demo-service = service desk: { $queues } queues, { $tickets } tickets
