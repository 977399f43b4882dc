# Mail out: the outbox, its settings and the SMTP server (src/core/outbox.rs,
# src/core/mail_settings.rs, src/mail/, src/cli/mail.rs).

mail-password-set = (set)
mail-password-unset = (not set)
mail-setting-number = a whole number from 1 to { $max }
mail-setting-security = one of none, starttls, tls
mail-setting-mailbox = an e-mail address, optionally with a name: Name <address@example.org>
mail-setting-host = a host name without spaces or @
mail-no-sender = no sender set; set one with: kontor settings mail_from "Name <address@example.org>"
mail-no-recipient = no recipient
mail-bad-recipient = { $mailbox } is not an e-mail address
mail-bad-state = the state is one of { $choices }
mail-retry-sent = outbox mail { $id } was sent already; it is not sent again
mail-no-server = no SMTP server set; set one with: kontor settings smtp_host mail.example.org
mail-bad-tls = the TLS settings of the SMTP server are refused: { $error }
mail-test-subject = kontor test message
mail-test-body = This is a test message from kontor: mail out through { $server } works.
mail-queued = queued outbox mail { $id } to { $to } ({ $message_id })
mail-retried = outbox mail { $id } is queued again
mail-retried-failed = { $count ->
    [one] one failed mail is queued again
   *[other] { $count } failed mails are queued again
}
mail-sent-report = sent { $sent }, deferred { $deferred }, failed { $failed }
mail-nothing-due = nothing due in the outbox
mail-col-id = No.
mail-col-state = State
mail-col-to = To
mail-col-subject = Subject
mail-col-attempts = Attempts
mail-col-when = When
mail-col-reply = Server reply
mail-state-queued = queued
mail-state-sending = sending
mail-state-sent = sent
mail-state-failed = failed
mail-outbox-empty = the outbox is empty

# `kontor mail --help` (the family of src/cli/help.rs).
cli-help-mail = Mail out: the outbox, delivering it through the SMTP server, a test message
cli-help-mail-outbox = List the outbox, newest first
cli-help-mail-outbox--state = Only messages in this state: queued, sending, sent, failed
cli-help-mail-retry = Queue a failed message again (due now)
cli-help-mail-retry--id = Number of the outbox message
cli-help-mail-retry--all-failed = Queue every failed message again
cli-help-mail-send = Deliver every message that is due now through the SMTP server
cli-help-mail-test = Queue a test message to ADDRESS and deliver the outbox
cli-help-mail-test--address = Where the test message goes

# The log of `kontor serve` (src/server/mail_out.rs).
mail-log-delivered = outbox: sent { $sent }, deferred { $deferred }, failed { $failed }
mail-log-failed = delivering the outbox failed: { $error }

# The kind of record (family cli-kind-<name> of src/cli/mod.rs).
cli-kind-outbox-mail = outbox mail
