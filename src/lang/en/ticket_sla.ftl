# The SLA clocks of a ticket (`ticket sla`) and the next ticket (`ticket next`).

## Checks
ticket-sla-calendar-missing = Queue { $queue } uses the calendar “{ $calendar }”, which does not exist (any more); set another with kontor queue edit { $queue } --calendar NAME
ticket-sla-lease-minutes = “{ $value }” is not a lease length: whole minutes from 1 to 1440

## Clocks
ticket-sla-clock-first-response = First response
ticket-sla-clock-next-response = Next response #{ $cycle }
ticket-sla-clock-next-response-any = Next response
ticket-sla-clock-resolution = Resolution
ticket-sla-head = Ticket { $number } · { $subject } · queue { $queue } · priority { $priority } · status { $status }
ticket-sla-calendar = Calendar: { $calendar } ({ $zone }); the clocks count its business time only
ticket-sla-around-the-clock = No calendar: the queue's clocks run around the clock, every day, holidays included
ticket-sla-none = No clock runs for this ticket.
ticket-sla-duration = { $hours } h { $minutes } min
ticket-sla-no-target = no target
ticket-sla-state-running = running
ticket-sla-state-paused = paused
ticket-sla-state-stopped = stopped { $at }
ticket-sla-figures = target { $target } · consumed { $consumed } · paused { $paused }
ticket-sla-due = due { $due } · { $remaining } left
ticket-sla-overdue = due { $due } · overdue by { $overdue }
ticket-sla-met = met with { $remaining } to spare
ticket-sla-warning = warning: { $percent } % of the target used
ticket-sla-breached = BREACHED at { $at }

## Explanation
ticket-sla-explain-business = { $from } – { $to }: { $duration } business time
ticket-sla-explain-ahead = { $from } – { $to }: { $duration } business time still to come
ticket-sla-explain-paused = { $from } – { $to }: paused ({ $status }), { $duration } business time not counted
ticket-sla-explain-closed = { $date }: closed ({ $why }), skipped

## Time left in lists
ticket-sla-left = { $clock }: { $remaining } left
ticket-sla-left-overdue = { $clock }: overdue by { $overdue }

## Next ticket
ticket-sla-next-none = No open ticket in your queues is free right now.
ticket-sla-next = Next: { $number } · { $subject } · queue { $queue } · priority { $priority } — yours until { $until }

## Fields
cli-field-time-left = time left

## Help
cli-help-ticket-sla = The SLA clocks: due, time left, warnings, breach (--explain: how they came about)
cli-help-ticket-sla--number = The ticket's number
cli-help-ticket-sla--explain = List the business time counted, the pauses and the closed days skipped
cli-help-ticket-next = Take the most urgent free ticket of your queues (leased to you for a while)
