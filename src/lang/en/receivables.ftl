# Receivables: payments, open items, ageing, dunning and the DATEV export.

## DATEV export
domain-datev-no-debitor = customer number “{ $number }” gives no debitor account: it must end in digits, giving an account from 10000 to 69999 (10000 + the trailing number)
domain-datev-currency = { $number } is in { $currency }: the DATEV export takes EUR only
domain-datev-fiscal-year-start = the start of the fiscal year is no date (datev_fiscal_year_start, MMDD)
domain-datev-one-fiscal-year = the period must lie within one fiscal year, from before until
domain-datev-consultant = the consultant number (datev_consultant) must be from 1001 to 9999999
domain-datev-client = the client number (datev_client) must be from 1 to 99999
domain-datev-outside = { $document } lies outside the export's period
domain-datev-document = “{ $document }” cannot be a DATEV document number: at most 36 letters, digits, $ % - /

## Dunning
domain-dunning-level-reminder = payment reminder
domain-dunning-level-first = 1st dunning letter
domain-dunning-level-second = 2nd dunning letter
domain-dunning-no-base-rate = no base rate is set for { $date } (setting dunning_base_rates)
domain-dunning-base-rate-entry = “{ $entry }” is not DATE=RATE (2025-07-01=1.27)
domain-dunning-base-rates = give at least one base rate, each date once: 2025-01-01=2.27; 2025-07-01=1.27
domain-dunning-three-values = give three values, one per level, separated by semicolons (reminder; 1st; 2nd letter): 7;14;14
core-datev-setting-missing = set { $name } first (kontor settings { $name } NUMBER): the DATEV header needs it
core-dunning-days = “{ $text }” is no number of days (0 to 3650)
core-dunning-fee = “{ $text }” is no fee: an amount not below zero
core-dunning-yes-no = “{ $text }” is neither yes nor no
cli-export-datev-out = the DATEV export needs --from DATE --until DATE --out FILE
cli-export-datev-done = exported { $count } documents as a DATEV Buchungsstapel to { $path }
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
cli-field-write-off = write_off
cli-field-issued = issued
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
# Payment entry.
payment-entry-title = Payment entry
payment-entry-box = Invoice number (type or scan), then the amount
payment-entry-invoice = Invoice
payment-entry-amount = Amount
payment-entry-credit-note = { $number } is a credit note: payments go on invoices
payment-entry-amount-positive = the amount must be more than zero
payment-entry-posted = payment { $payment } recorded: { $amount } on { $invoice }, { $open } still open
payment-entry-skonto = { $percent } % until { $until }: pay { $pay } ({ $skonto } off)
payment-entry-skonto-past = its period ended { $until }
payment-entry-skonto-none = none in the terms
# The open items of a customer's detail.
open-items-title = Open items ({ $count })
open-items-row = { $number } due { $due } { $open }
open-items-overdue = , { $days } days overdue
open-items-balance = Balance { $balance } { $currency } · credit { $credit }

## The dunning run (core)
core-dunning-not-blocked = it is not blocked from dunning
core-dunning-block-reason = a block from dunning needs a reason
core-dunning-already-blocked = { $number } is blocked from dunning already: { $reason }
core-dunning-no-letter = there is no dunning letter { $number }

## The dunning letter (documents)
doc-dunning-number = Letter no.
doc-dunning-open = Open amounts
doc-dunning-interest = Default interest
doc-dunning-fee = Dunning fee
doc-dunning-total = Total due
doc-dunning-interest-rule = Default interest under § 288 BGB: the base rate plus { $points } percentage points, currently { $rate } % a year, for each day in default.
doc-dunning-interest-line = { $invoice }: { $days } days in default, { $amount }
doc-dunning-pay = Please pay { $amount } within 10 days.
doc-dunning-already-paid = If you have paid in the meantime, please disregard this letter.
doc-dunning-subject-reminder = Payment reminder { $number }
doc-dunning-subject-first = First dunning letter { $number }
doc-dunning-subject-second = Second dunning letter { $number }
doc-dunning-intro-reminder = according to our records the following invoices are still unpaid. Perhaps this has escaped your notice; we kindly ask you to settle them.
doc-dunning-intro-first = despite our payment reminder the following invoices are still unpaid. We ask you to pay them now.
doc-dunning-intro-second = despite our reminder and our first dunning letter the following invoices are still unpaid. This is our last request before we hand the matter over for collection.
doc-col-invoice = Invoice
doc-col-due = Due
doc-col-days-overdue = Days overdue
doc-col-open = Open
doc-col-interest = Interest

## The dunning run (cli)
cli-dunning-nothing = Nothing is due for a dunning letter.
cli-dunning-held = Held by a block:
cli-dunning-posted = { $count ->
        [one] Posted 1 dunning letter.
       *[other] Posted { $count } dunning letters.
    }
cli-dunning-blocked = { $number } is blocked from dunning: { $reason }
cli-dunning-unblocked = { $number } may be dunned again
cli-field-days-overdue = days_overdue
cli-field-days-in-default = days_in_default
cli-field-interest = interest
cli-field-dunning-level = dunning_level
cli-field-fee = fee

cli-kind-dunning-block = dunning block
cli-kind-dunning-letter = dunning letter

## --help of dunning
cli-help-dunning = Dunning (Mahnwesen): the dunning run, posted letters, blocks
cli-help-dunning-run = List the letters a dunning run proposes and the items held by a block; --post records them
cli-help-dunning-run--date = The day of the run: days overdue and interest are counted to it [default: today]
cli-help-dunning-run--post = Record the letters (MA-…): each item's level advances and its grace days start again
cli-help-dunning-run--skip = Leave this invoice out of the run, for the next one (repeatable)
cli-help-dunning-block = Keep a customer or an invoice out of dunning, with a reason
cli-help-dunning-block--customer = Number or id of the customer
cli-help-dunning-block--invoice = Number of the invoice (RE-2026-00001)
cli-help-dunning-block--reason = Why it must not be dunned
cli-help-dunning-unblock = Let a blocked customer or invoice be dunned again
cli-help-dunning-unblock--customer = Number or id of the customer
cli-help-dunning-unblock--invoice = Number of the invoice (RE-2026-00001)
cli-help-dunning-blocks = List the customers and invoices blocked from dunning
cli-help-dunning-show = Print a posted dunning letter as text; write it as PDF
cli-help-dunning-show--number = Number of the letter (MA-2026-00001)
cli-help-dunning-show--pdf = Write the letter as PDF to this file

## The dunning run in the TUI
legend-go-dunning = Dunning
legend-dunning-skip = Skip
legend-dunning-block = Block
legend-dunning-post = Post
action-go-dunning = Go to the dunning run
action-dunning-skip = Skip the item in this run, or print it
action-dunning-block = Block the invoice from dunning (reason)
action-dunning-post = Post the dunning run: record its letters
erp-dunning-title = Dunning run
erp-dunning-hint = { $count ->
        [one] 1 letter proposed for today
       *[other] { $count } letters proposed for today
    }
erp-dunning-print = print
erp-dunning-skip = skip
erp-dunning-held = held
erp-dunning-col-option = Option
erp-dunning-col-level = Level
erp-dunning-col-invoice = Invoice
erp-dunning-col-due = Due
erp-dunning-col-days = Days
erp-dunning-col-open = Open
erp-dunning-col-interest = Interest
erp-dunning-is-held = a block holds this item; unblock it with kontor dunning unblock
erp-dunning-none-selected = no item is selected
erp-dunning-nothing = nothing is due for a dunning letter today
erp-dunning-post-question = { $count ->
        [one] Post 1 dunning letter?
       *[other] Post { $count } dunning letters?
    }
erp-dunning-posted = { $count ->
        [one] Posted 1 dunning letter.
       *[other] Posted { $count } dunning letters.
    }
erp-dunning-block-title = Block { $number } from dunning
erp-dunning-block-reason = Reason
erp-dunning-blocked = { $number } is blocked from dunning
