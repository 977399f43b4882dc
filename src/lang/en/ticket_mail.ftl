# Ticket answers by mail (threaded, with templates) and calls on tickets.

## Answers by mail
ticket-mail-no-recipient = ticket { $number } has no address to answer to: give it a sender, a contact's e-mail or a customer with an e-mail address
ticket-mail-template-unknown = there is no template “{ $name }”: { $choices }
ticket-mail-template-answer-label = Answer with greeting
ticket-mail-template-received-label = Request received
ticket-mail-template-need-info-label = Information needed
ticket-mail-template-solved-label = Solved
ticket-mail-template-answer =
    Hello { $contact },

    { $text }

    Kind regards
    { $agent }
ticket-mail-template-received =
    Hello { $contact },

    thank you for your message “{ $subject }”. We have received it as ticket { $ticket } and will get back to you shortly.

    Kind regards
    { $agent }
ticket-mail-template-need-info =
    Hello { $contact },

    to help you with ticket { $ticket } we need a little more information:

    { $text }

    Kind regards
    { $agent }
ticket-mail-template-solved =
    Hello { $contact },

    we have solved ticket { $ticket } (“{ $subject }”) for { $customer }. If anything is still wrong, just answer this mail.

    Kind regards
    { $agent }
ticket-mail-delivery-queued = mail waiting in the outbox
ticket-mail-delivery-sent = mail sent { $at }: { $reply }
ticket-mail-delivery-failed = mail NOT sent { $at }: { $reply }
cli-help-ticket-reply--template = Answer with a template (answer, received, need-info, solved); the text goes where it says {"{"}text{"}"}
cli-help-ticket-reply--mail = The answer is a mail (the default)

## Calls on tickets
ticket-mail-call-not-a-call = only a call (call-in or call-out) can be put on a ticket
cli-help-interaction-add--ticket = Put the call on this ticket (its number): a call in is the customer's message
cli-help-interaction-add--new-ticket = Open a ticket in this queue from the call (subject: the call's)
ticket-mail-call-on-ticket = Call logged on ticket { $number }.
ticket-mail-caller-tickets = Open tickets: { $count }
ticket-mail-column-ticket = Ticket
ticket-mail-column-subject = Subject
ticket-mail-column-status = Status
ticket-mail-column-queue = Queue
ticket-mail-column-sla = SLA left
ticket-mail-pick-ticket = pick ticket
ticket-mail-pick-queue = pick queue
ticket-mail-label-ticket = On ticket
ticket-mail-label-new-ticket = New ticket in queue
ticket-mail-ticket-or-new = either on a ticket or a new ticket, not both
