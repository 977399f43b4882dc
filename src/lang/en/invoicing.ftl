# Invoices and credit notes: the records, issuing them, their CLI and screens.
domain-invoice-kind-invoice = invoice
domain-invoice-kind-credit-note = credit note
domain-invoice-no-lines = an invoice needs at least one line
domain-invoice-line-quantity = line { $line }: the quantity must be more than zero
