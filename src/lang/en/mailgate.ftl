## The mailgate: reading incoming mail, the loop guard and threading

mailgate-not-mail = Not an e-mail message: no header block (binary data, or text without headers).
mailgate-no-sender = The message has no sender: no From field with an address.
mailgate-rule-tag = Ticket number { $number } in the subject
mailgate-rule-in-reply-to = Reply to message { $id }
mailgate-rule-references = References message { $id }
mailgate-rule-new = New ticket
mailgate-auto-own-loop = Sent by kontor itself (X-Loop)
mailgate-auto-delivery-report = Delivery status report
mailgate-auto-mailer-daemon = From the mail system ({ $from })
mailgate-auto-null-sender = Empty return path (Return-Path: <>)
mailgate-auto-submitted = Sent automatically (Auto-Submitted: { $value })
mailgate-auto-autoresponder = Automatic reply ({ $field })
mailgate-auto-out-of-office = Out-of-office reply
mailgate-auto-precedence = Bulk mail (Precedence: { $value })
mailgate-auto-mailing-list = Mailing list { $list }
mailgate-auto-foreign-loop = Passed through another system (X-Loop: { $value })

## `kontor mailgate` (src/mail/gate.rs, src/cli/mailgate.rs, src/core/mailgate.rs)
mailgate-setting-number = a whole number of at least { $min }
mailgate-reason-unreadable = not readable as an e-mail
mailgate-reason-too-large = too large: { $size } bytes (at most { $max })
mailgate-reason-own-loop = kontor's own mail came back without a ticket
mailgate-reason-closed-ticket = a reply to closed ticket { $number }, whose queue refuses them
mailgate-reason-unknown-queue = there is no queue { $queue }
mailgate-reason-refused = refused: { $why }
mailgate-attachment-dropped = [Attachment { $name } dropped: { $size } bytes, at most { $max } are kept]
mailgate-empty-text = (empty message)
mailgate-no-subject = (no subject)
mailgate-ack-body =
    Thank you for your message. We have received it as ticket { $number } ("{ $subject }") and will get back to you.

    Please keep the ticket number in the subject when you write to us about it.
mailgate-opened = new ticket { $ticket }
mailgate-appended = ticket { $ticket }, article { $article }
mailgate-reopened = reopened
mailgate-ack-queued = acknowledgement queued (outbox { $id })
mailgate-ack-automatic = no acknowledgement: automatic mail
mailgate-ack-over-budget = no acknowledgement: the sender's hourly limit is reached
mailgate-ack-not-sent = no acknowledgement: { $why }
mailgate-dropped = { $count } attachments dropped for their size
mailgate-duplicate = already on ticket { $ticket }: not stored again
mailgate-quarantined = kept in quarantine as { $id }: { $reason }
mailgate-busy = the database { $path } is in use by another process and no kontor serve answers: try again later
mailgate-quarantine-empty = the quarantine is empty
mailgate-quarantine-row = { $id }  { $at }  queue { $queue }  { $size } bytes  { $why }
mailgate-quarantine-deleted = quarantined message { $id } deleted

# `kontor mailgate --help`, `kontor mail quarantine|attachment --help`
cli-help-mailgate = Read one e-mail on stdin and file it on a ticket (for Postfix, Exim, fetchmail)
cli-help-mailgate--queue = The queue a message that opens a ticket goes to
cli-help-mail-quarantine = Messages the mailgate kept instead of filing them: list, show, reprocess, delete
cli-help-mail-quarantine-list = The kept messages, newest first
cli-help-mail-quarantine-show = One kept message: why, and its raw bytes (`--raw`: only the bytes)
cli-help-mail-quarantine-show--id = Number of the kept message
cli-help-mail-quarantine-show--raw = Write only the message's bytes, as they arrived
cli-help-mail-quarantine-reprocess = Run a kept message through the mailgate again
cli-help-mail-quarantine-reprocess--id = Number of the kept message
cli-help-mail-quarantine-delete = Delete a kept message for good
cli-help-mail-quarantine-delete--id = Number of the kept message
cli-help-mail-attachment = The bytes of a ticket attachment (its blob number, `ticket show --format json`)
cli-help-mail-attachment--blob = Number of the attachment's blob
cli-help-mail-attachment--output = Write them to this file instead of stdout

# The kind of record (family cli-kind-<name> of src/cli/mod.rs).
cli-kind-quarantined-mail = quarantined mail

# The quarantine screen of the TUI (src/tui/screens/quarantine.rs).
legend-go-quarantine = Quarantine
action-go-quarantine = Go to the mail quarantine
legend-reprocess-mail = Reprocess
action-reprocess-mail = Run the kept mail through the mailgate
mailgate-tui-title = Mail quarantine
mailgate-tui-hint = { $count } kept messages · Enter more of the message · d delete
mailgate-tui-col-id = Id
mailgate-tui-col-received = Received
mailgate-tui-col-reason = Reason
mailgate-tui-col-message = Sender · subject
mailgate-tui-col-size = Bytes
mailgate-tui-no-header = no header ({ $size } bytes)
mailgate-tui-head = Message { $id }
mailgate-tui-none-selected = no message selected
mailgate-tui-delete-question = Delete quarantined message { $id } for good?
mailgate-no-reprocessor = this program cannot run the mailgate: use kontor mail quarantine reprocess
