# Receivables: payments, open items, ageing, dunning and the DATEV export.

## Payments: the rules of an allocation (domain)
domain-payment-negative = an amount cannot be negative
domain-payment-over-allocated = the allocations are more than the payment's amount
domain-payment-invoice-twice = invoice { $invoice } is named twice
domain-payment-nothing-open = invoice { $invoice } has nothing open
domain-payment-no-skonto = invoice { $invoice } has no Skonto in its payment terms
domain-payment-skonto-late = the Skonto of invoice { $invoice } could be taken until { $until }; the payment is later
domain-payment-skonto-whole = with Skonto the payment must settle the whole rest of invoice { $invoice }: { $rest } (Skonto { $skonto })
domain-payment-more-than-open = invoice { $invoice } has { $open } open; the rest of a payment stays as credit when no invoice names it
domain-payment-write-off-reason = a write-off needs a reason
domain-payment-write-off-limit = the remainder of invoice { $invoice }, { $rest }, is above the write-off limit of { $limit }
domain-payment-nothing-left = nothing of the payment is left for invoice { $invoice }

## Payments (core)
core-payment-no-customer = no customer has the number or id { $text }
core-payment-no-invoice = there is no invoice { $invoice }
core-payment-credit-note = { $invoice } is a credit note; a payment settles invoices
core-payment-other-customer = invoice { $invoice } is not an invoice of { $customer }
core-payment-currencies = invoice { $invoice } is not in { $currency } like the payment's other invoices
core-payment-amount = the amount must be zero or more, with at most the currency's decimals
core-write-off-limit-range = the write-off limit cannot be negative

## Payments and ageing (cli)
cli-payment-recorded = Payment { $number } of { $amount } recorded; left as credit: { $credit }
cli-kind-payment = payment
cli-ageing-total = total
cli-field-unallocated = unallocated
cli-field-invoices = invoices
cli-field-invoice = invoice
cli-field-skonto = skonto
cli-field-write-off = write_off
cli-field-issued = issued
cli-field-due = due
cli-field-owed = owed
cli-field-paid = paid
cli-field-open = open
cli-field-open-items = open_items
cli-field-credit = credit
cli-field-balance = balance
cli-field-not-due = not_due
cli-field-1-30 = 1_30
cli-field-31-60 = 31_60
cli-field-61-90 = 61_90
cli-field-over-90 = over_90
cli-field-total = total

## --help of payment and report ageing
cli-help-payment = Payments received (Zahlungseingänge): add with their allocation to invoices, list; a customer's balance
cli-help-payment-add = Record a payment received and allocate it to invoices; what is left stays as credit
cli-help-payment-add--customer = Number or id of the customer who paid
cli-help-payment-add--amount = The money received
cli-help-payment-add--date = The day it was received [default: today]
cli-help-payment-add--reference = The bank statement's reference text
cli-help-payment-add--invoices = INVOICE[:AMOUNT] it pays (repeatable) [default amount: the invoice's rest, up to what is left]
cli-help-payment-add--skonto = Take each invoice's Skonto (only within its period, only settling its whole rest)
cli-help-payment-add--write-off = Write off each invoice's remainder up to the write_off_limit setting, for this reason
cli-help-payment-list = List the payments, newest first, or those of one customer
cli-help-payment-list--customer = Number or id of the customer [default: every customer]
cli-help-payment-balance = A customer's open invoices and account: open items, credit, balance
cli-help-payment-balance--customer = Number or id of the customer
cli-help-report-ageing = Open receivables by days past due: not due, 1–30, 31–60, 61–90, over 90; per customer and total
cli-help-report-ageing--date = The day the days overdue are counted to [default: today]
