# Die SLA-Uhren eines Tickets (`ticket sla`) und das nächste Ticket (`ticket next`).

## Prüfungen
ticket-sla-calendar-missing = Die Queue { $queue } verwendet den Kalender „{ $calendar }“, den es nicht (mehr) gibt; einen anderen setzt kontor queue edit { $queue } --calendar NAME
ticket-sla-lease-minutes = „{ $value }“ ist keine Reservierungsdauer: ganze Minuten von 1 bis 1440

## Uhren
ticket-sla-clock-first-response = Erste Antwort
ticket-sla-clock-next-response = Nächste Antwort Nr. { $cycle }
ticket-sla-clock-next-response-any = Nächste Antwort
ticket-sla-clock-resolution = Lösung
ticket-sla-head = Ticket { $number } · { $subject } · Queue { $queue } · Priorität { $priority } · Status { $status }
ticket-sla-calendar = Kalender: { $calendar } ({ $zone }); die Uhren zählen nur seine Geschäftszeit
ticket-sla-around-the-clock = Kein Kalender: Die Uhren der Queue laufen rund um die Uhr, jeden Tag, auch an Feiertagen
ticket-sla-none = Für dieses Ticket läuft keine Uhr.
ticket-sla-duration = { $hours } Std. { $minutes } Min.
ticket-sla-no-target = kein Ziel
ticket-sla-state-running = läuft
ticket-sla-state-paused = angehalten
ticket-sla-state-stopped = gestoppt { $at }
ticket-sla-figures = Ziel { $target } · verbraucht { $consumed } · angehalten { $paused }
ticket-sla-due = fällig { $due } · noch { $remaining }
ticket-sla-overdue = fällig { $due } · überfällig um { $overdue }
ticket-sla-met = eingehalten, { $remaining } Reserve
ticket-sla-warning = Warnung: { $percent } % des Ziels verbraucht
ticket-sla-breached = VERLETZT am { $at }

## Erklärung
ticket-sla-explain-business = { $from } – { $to }: { $duration } Geschäftszeit
ticket-sla-explain-ahead = { $from } – { $to }: { $duration } Geschäftszeit stehen noch bevor
ticket-sla-explain-paused = { $from } – { $to }: angehalten ({ $status }), { $duration } Geschäftszeit nicht gezählt
ticket-sla-explain-closed = { $date }: geschlossen ({ $why }), übersprungen

## Restzeit in Listen
ticket-sla-left = { $clock }: noch { $remaining }
ticket-sla-left-overdue = { $clock }: überfällig um { $overdue }

## Nächstes Ticket
ticket-sla-next-none = In Ihren Queues ist gerade kein offenes Ticket frei.
ticket-sla-next = Nächstes: { $number } · { $subject } · Queue { $queue } · Priorität { $priority } — Ihres bis { $until }

## Felder
cli-field-time-left = Restzeit

## Hilfe
cli-help-ticket-sla = Die SLA-Uhren: fällig, Restzeit, Warnungen, Verletzung (--explain: wie es dazu kam)
cli-help-ticket-sla--number = Die Ticketnummer
cli-help-ticket-sla--explain = Die gezählte Geschäftszeit, die Pausen und die übersprungenen geschlossenen Tage auflisten
cli-help-ticket-next = Das dringendste freie Ticket Ihrer Queues nehmen (für eine Weile für Sie reserviert)
