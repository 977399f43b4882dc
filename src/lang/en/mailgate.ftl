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
