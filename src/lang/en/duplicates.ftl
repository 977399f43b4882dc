# Customer duplicates and merging (kontor customer duplicates / merge).

duplicates-conflict-same = a customer cannot be merged into itself
duplicates-conflict-tax = different tax treatments ({ $survivor } and { $loser }): set one on both customers first
duplicates-conflict-vat-id = different VAT IDs ({ $survivor } and { $loser }): these are two firms for the tax office
duplicates-conflict-number = different customer numbers ({ $survivor } and { $loser }): use --keep-number to keep the survivor's
duplicates-conflict-credit-limit = different credit limits ({ $survivor } and { $loser }): set one on both customers first
duplicates-conflict-payment-terms = different payment terms: set the same days and early-payment discount on both customers first
duplicates-conflict-buyer-reference = different buyer references ({ $survivor } and { $loser }): their invoices go to different places
duplicates-merged-note = Merged customer { $id } ({ $name }) into this one on { $date }.
duplicates-merged-note-number = Merged customer { $id } ({ $name }, number { $number }) into this one on { $date }.
duplicates-merged-moved = { $line } Moved: { $moved }.
duplicates-changed-meanwhile = one of the two customers was changed meanwhile; nothing was merged, try again
duplicates-was-merged = customer { $id } was merged into customer { $survivor }
duplicates-loser-has-documents = customer { $id } has posted documents ({ $documents }), which keep their customer: keep customer { $id } as the survivor (swap the two)
duplicates-both-have-documents = both customers have posted documents (customer { $id }: { $documents }), which keep their customer: they cannot be merged
duplicates-count-ticket = { $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    }
duplicates-count-invoice = { $count ->
        [one] { $count } invoice
       *[other] { $count } invoices
    }
duplicates-count-payment = { $count ->
        [one] { $count } payment
       *[other] { $count } payments
    }
duplicates-count-delivery-note = { $count ->
        [one] { $count } delivery note
       *[other] { $count } delivery notes
    }
duplicates-count-dunning-block = { $count ->
        [one] { $count } dunning block
       *[other] { $count } dunning blocks
    }
duplicates-crowd = { $value } (too many to pair)
duplicates-no-customer = no customer has the id or number "{ $text }"
duplicates-moved-nothing = nothing else
duplicates-merged = { $dry ->
        [yes] Would merge customer { $loser } ({ $loser_name }) into customer { $survivor } ({ $survivor_name }); would move: { $moved }. Nothing was changed.
       *[no] Merged customer { $loser } ({ $loser_name }) into customer { $survivor } ({ $survivor_name }); moved: { $moved }.
    }

cli-field-left-name = name
cli-field-right = duplicate
cli-field-right-name = name
cli-field-rules = rules

cli-help-customer-duplicates = Pairs of customers that are probably one, best evidence first
cli-help-customer-duplicates--rule = Only pairs found by this rule: email, phone, domain or name-city
cli-help-customer-merge = Merge a duplicate customer (LOSER) into another (SURVIVOR), with everything that points at it
cli-help-customer-merge--survivor = Id or customer number of the customer that stays
cli-help-customer-merge--loser = Id or customer number of the customer merged away
cli-help-customer-merge--dry-run = Show what the merge would do and change nothing
cli-help-customer-merge--keep-number = With two different customer numbers, keep the survivor's (the loser's goes into its notes)
