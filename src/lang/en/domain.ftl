# domain
# Record kinds as messages name them.
domain-kind-customer = customer
domain-kind-interaction = interaction
domain-kind-opportunity = opportunity
domain-kind-item = item
domain-kind-location = location
domain-kind-move = move
domain-kind-stock-move = stock move
domain-kind-bom = bom
domain-kind-bom-capital = BOM
domain-kind-supplier = supplier
domain-kind-employee = employee
domain-kind-payslip = payslip
domain-kind-user = user
domain-kind-audit-entry = audit entry
domain-record = { $kind } { $id }

# Typed values the domain refuses.
domain-unknown-choice = unknown { $field } "{ $text }" (one of: { $choices })
domain-date-invalid = "{ $text }" is not a date (YYYY-MM-DD)
domain-date-outside-years = "{ $text }" is outside the years { $first }–{ $last }
domain-instant-invalid = "{ $text }" is not a time (2026-11-27T09:30:00+01:00, 2026-11-27 09:30 or 27.11.2026 09:30)
domain-duration-invalid = "{ $text }" is not a duration (e.g. 4m30s)

# Field labels of forms, list headings and detail screens, per kind and field.
domain-field-customer-id = Id
domain-field-customer-kind = Kind
domain-field-customer-number = Number
domain-field-customer-name = Name
domain-field-customer-status = Status
domain-field-customer-owner = Owner
domain-field-customer-phone = Phone
domain-field-customer-email = E-mail
domain-field-customer-contact = Contact
domain-field-customer-contact-role = Contact role
domain-field-customer-contact-phone = Contact phones
domain-field-customer-contact-email = Contact e-mails
domain-field-customer-street = Street
domain-field-customer-postal-code = Postal code
domain-field-customer-city = City
domain-field-customer-region = Region
domain-field-customer-country = Country
domain-field-customer-tags = Tags
domain-field-customer-notes = Notes
domain-field-customer-created = Created
domain-field-customer-updated = Updated
domain-field-customer-version = Version
domain-field-employee-id = Id
domain-field-employee-number = Number
domain-field-employee-name = Name
domain-field-employee-joined = Joined
domain-field-employee-left = Left
domain-field-employee-hourly = Hourly rate
domain-field-employee-salary = Monthly salary
domain-field-employee-currency = Currency
domain-field-employee-deductions = Deductions
domain-field-employee-iban = IBAN
domain-field-employee-created = Created
domain-field-employee-updated = Updated
domain-field-employee-version = Version
domain-field-interaction-id = Id
domain-field-interaction-contact = Contact
domain-field-interaction-channel = Channel
domain-field-interaction-subject = Subject
domain-field-interaction-body = Notes
domain-field-interaction-outcome = Outcome
domain-field-interaction-duration = Duration
domain-field-interaction-agent = Agent
domain-field-interaction-at = At
domain-field-interaction-follow-up = Follow-up
domain-field-interaction-follow-up-done = Follow-up done
domain-field-interaction-version = Version
domain-field-item-id = Id
domain-field-item-sku = SKU
domain-field-item-name = Name
domain-field-item-uom = Unit
domain-field-item-barcode = Barcodes
domain-field-item-cost = Cost
domain-field-item-price = Price
domain-field-item-currency = Currency
domain-field-item-reorder-min = Reorder min
domain-field-item-reorder-max = Reorder max
domain-field-item-order-multiple = Order multiple
domain-field-item-lead-days = Lead days
domain-field-item-active = Active
domain-field-item-created = Created
domain-field-item-updated = Updated
domain-field-item-version = Version
domain-field-location-id = Id
domain-field-location-code = Code
domain-field-location-name = Name
domain-field-location-kind = Kind
domain-field-location-created = Created
domain-field-location-version = Version
domain-field-opportunity-id = Id
domain-field-opportunity-title = Title
domain-field-opportunity-amount = Amount
domain-field-opportunity-currency = Currency
domain-field-opportunity-stage = Stage
domain-field-opportunity-probability = Probability %
domain-field-opportunity-weighted = Weighted
domain-field-opportunity-expected-close = Expected close
domain-field-opportunity-owner = Owner
domain-field-opportunity-lost-reason = Lost reason
domain-field-opportunity-closed-at = Closed
domain-field-opportunity-created = Created
domain-field-opportunity-updated = Updated
domain-field-opportunity-version = Version
domain-field-supplier-id = Id
domain-field-supplier-number = Number
domain-field-supplier-name = Name
domain-field-supplier-contact = Contact
domain-field-supplier-contact-role = Contact role
domain-field-supplier-phone = Phone
domain-field-supplier-email = E-mail
domain-field-supplier-street = Street
domain-field-supplier-postal-code = Postal code
domain-field-supplier-city = City
domain-field-supplier-region = Region
domain-field-supplier-country = Country
domain-field-supplier-vat-id = VAT ID
domain-field-supplier-payment-terms = Payment terms
domain-field-supplier-tags = Tags
domain-field-supplier-notes = Notes
domain-field-supplier-created = Created
domain-field-supplier-updated = Updated
domain-field-supplier-version = Version
domain-field-customer-ref = Customer

# Amounts, quantities and currencies.
domain-currency-not-a-code = "{ $text }" is not an ISO 4217 code like EUR or USD
domain-currency-unknown = "{ $text }" is not an ISO 4217 currency code like EUR or USD
domain-number-invalid = "{ $text }" is not a number
domain-number-too-large = "{ $text }" is too large (at most 999,999,999,999.99)
domain-number-too-small = "{ $text }" is too large (at least -999,999,999,999.99)
domain-money-ambiguous = "{ $text }" is ambiguous: write { $whole } or { $decimal }
domain-money-no-decimals = { $currency } takes no decimals: write { $nearest }
domain-money-decimals = { $currency } takes at most { $digits } decimals: write { $nearest }

# Rules of records.
domain-must-not-be-empty = must not be empty
domain-must-not-be-negative = must not be negative
domain-must-be-positive = must be greater than zero
domain-percent = must be between 0 and 100
domain-spaces-around = "{ $text }" has spaces around it
domain-no-spaces = "{ $text }" must not contain spaces
domain-too-long = "{ $text }" is { $length } characters long; at most { $most }
domain-number-characters = "{ $text }" contains | or a control character
domain-tag-empty = a tag must not be empty
domain-contact-needs-name = a contact needs a name
domain-email-invalid = "{ $text }" is not an e-mail address
domain-phone-invalid = "{ $text }" is not a phone number (expected digits, e.g. +49 30 1234567)
domain-barcode-invalid = a barcode must not be empty or contain spaces
domain-below-minimum = { $max } is below the minimum { $min }
domain-location-virtual = "{ $code }" is a virtual location and always exists
domain-location-empty-segment = "{ $code }" has an empty bin segment (write WH1/A-01-03)
domain-location-code-stays = the code of { $code } stays: moves and balances are kept under it (add a new location and move the stock there)
domain-opportunity-won = opportunity { $id } is won; move it back to an open stage first to reopen it
domain-opportunity-reason = only a lost opportunity keeps a reason; { $stage } is not lost
domain-opportunity-needs-reason = a lost opportunity needs a reason
domain-days-invalid = "{ $text }" is not a number of days (a whole number from 0)
domain-days-too-many = { $days } days is more than { $most }
domain-quantity-not-positive = { $quantity } must be greater than zero
domain-move-same-location = from and to are both { $location }
domain-move-needs-internal = a move needs at least one internal location
domain-call-outcome = what came of the call?

# Fields, BOMs, payroll.
domain-customer-no-phone = customer { $id } has no phone "{ $text }"
domain-customer-no-email = customer { $id } has no e-mail "{ $text }"
domain-customer-no-contact = customer { $id } has no contact "{ $text }"
domain-employee-joined-required = the join date is required (YYYY-MM-DD)
domain-employee-one-pay-basis = give exactly one pay basis: hourly (rate per hour) or salary (per month)
domain-not-an-id = "{ $text }" is not a record id
domain-interaction-stays = stays as logged: only subject, body, outcome, duration and follow-up change
domain-lead-days-invalid = "{ $text }" is not a number of days
domain-list-separator = "{ $text }" contains "{ $separator }", which separates values in exports; use another character
domain-not-yes-or-no = "{ $text }" is not yes or no
domain-percent-invalid = "{ $text }" is not a percentage from 0 to 100
domain-opportunity-stage-moves = the stage changes by moving the opportunity, not by editing it
domain-opportunity-field-stays = the { $field } of an opportunity stays as it was added
domain-bom-needs-line = a bill of materials needs at least one component line
domain-bom-self = { $item } cannot be a component of itself
domain-bom-twice = { $item } appears in two lines; give its whole quantity in one
domain-bom-quantity = { $item }: quantity { $quantity } must be greater than zero
domain-bom-scrap = { $item }: scrap { $scrap }% must be at least 0 and below 100
domain-bom-operation-name = an operation needs a name
domain-bom-minutes = { $operation }: minutes must not be negative
domain-bom-rate = { $operation }: the hourly rate must not be negative
domain-bom-line-invalid = "{ $text }" is not SKU:QTY or SKU:QTY:SCRAP% (e.g. SPOKE:36:5)
domain-bom-operation-invalid = "{ $text }" is not NAME:MINUTES:RATE (e.g. Assembly:45:40.00)
domain-bom-cycle = the bills of materials form a cycle through items { $items }
domain-bom-overflow = the figures grow beyond what a decimal holds
domain-bom-currency = { $what } of item { $item } is in { $found }, the roll-up is in { $expected }
domain-bom-unknown-item = item { $item } does not exist
domain-bom-standard-cost = the standard cost
domain-bom-operation-rate = the rate of operation "{ $operation }"
domain-payroll-threshold = must be above 0 hours
domain-payroll-factor = must be at least 1
domain-payroll-hours-invalid = "{ $text }" is not NUMBER=HOURS (e.g. E7=181.5)
domain-payroll-hours-negative = { $text }: hours must not be negative
domain-payroll-not-employed = employee { $number } is not employed in { $period }; drop their hours
domain-payroll-needs-hours = employee { $number } is paid by the hour; give their hours as { $number }=HOURS
domain-payroll-salaried = employee { $number } has a monthly salary; drop their hours
domain-deduction-invalid = "{ $text }" is not a deduction (NAME:PERCENT%[:CAP] or NAME:AMOUNT)
domain-deduction-name = needs a name without ':' or '|'
domain-deduction-percent = the percentage must be above 0 and at most 100
domain-deduction-cap = the cap must not be negative
domain-deduction-amount = the amount must not be negative
domain-employee-left-before-joined = must not be before the join date
domain-employee-hourly = the hourly rate must be above 0
domain-employee-salary = the monthly salary must be above 0
domain-employee-number = "{ $text }" must not contain spaces or '='
domain-iban-characters = "{ $text }" is not an IBAN: only letters and digits are allowed
domain-iban-shape = "{ $text }" is not an IBAN (two letters, two check digits, 15–34 characters)
domain-iban-length = "{ $text }" has { $length } characters; an IBAN from { $country } has { $expected }
domain-iban-checksum = "{ $text }" has a wrong checksum; check for a typing error
domain-period-invalid = "{ $text }" is not a period (YYYY-MM, e.g. 2026-02)
domain-country-unknown = unknown country "{ $text }": use an ISO 3166 code (DE, GB, US …) or an English or German name

# Numbers of records.
domain-count-customer = { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
domain-count-interaction = { $count ->
        [one] { $count } interaction
       *[other] { $count } interactions
    }
domain-count-opportunity = { $count ->
        [one] { $count } opportunity
       *[other] { $count } opportunities
    }
domain-count-item = { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
domain-count-location = { $count ->
        [one] { $count } location
       *[other] { $count } locations
    }
domain-count-stock-move = { $count ->
        [one] { $count } stock move
       *[other] { $count } stock moves
    }
domain-count-bom = { $count ->
        [one] { $count } BOM
       *[other] { $count } BOMs
    }
domain-count-supplier = { $count ->
        [one] { $count } supplier
       *[other] { $count } suppliers
    }
domain-count-employee = { $count ->
        [one] { $count } employee
       *[other] { $count } employees
    }
domain-count-payslip = { $count ->
        [one] { $count } payslip
       *[other] { $count } payslips
    }

# The help line of each field's CLI flag.
domain-help-customer-kind = company or person
domain-help-customer-number = The customer number, unique when set (case and accents ignored), at most 32 characters; empty clears it on edit
domain-help-customer-name = Name of the company or person
domain-help-customer-status = lead, prospect, customer or inactive
domain-help-customer-owner = Who looks after the customer, a user name [default: nobody]; empty clears it on edit
domain-help-customer-phone = A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable)
domain-help-customer-email = An e-mail address (repeatable)
domain-help-customer-contact = Contact person (NAME or NAME:ROLE, repeatable)
domain-help-customer-contact-role = The role of the contact at the same place (repeatable)
domain-help-customer-contact-phone = The phones of the contact at the same place, separated by commas (repeatable)
domain-help-customer-contact-email = The e-mails of the contact at the same place, separated by commas (repeatable)
domain-help-customer-street = Street and house number (of the first address; repeated, of the next)
domain-help-customer-postal-code = Postal code (of the first address; repeated, of the next)
domain-help-customer-city = City (of the first address; repeated, of the next)
domain-help-customer-region = Region or state (of the first address; repeated, of the next)
domain-help-customer-country = ISO code or English/German name (DE, Germany, Deutschland), of the first address
domain-help-customer-tags = A tag; commas separate several (repeatable)
domain-help-customer-notes = Free-text notes
domain-help-employee-number = Employee number, unique (case ignored), without spaces
domain-help-employee-name = Full name
domain-help-employee-joined = Join date, YYYY-MM-DD
domain-help-employee-left = Last day employed, YYYY-MM-DD; empty clears it on edit (employed again)
domain-help-employee-hourly = Pay per hour worked (give this or --salary; setting one replaces the other)
domain-help-employee-salary = Pay per month, prorated by calendar days when joining or leaving (or --hourly)
domain-help-employee-currency = Currency of the pay [default: the currency setting]
domain-help-employee-deductions = NAME:PERCENT%[:CAP] or NAME:AMOUNT, applied in the order given (repeatable; on edit replaces all, empty clears)
domain-help-employee-iban = Spaces and lowercase are fine; the checksum is verified; empty clears it on edit
domain-help-interaction-contact = Who was talked to at the customer, free text
domain-help-interaction-channel = call-in, call-out, email, visit, social, chat or note
domain-help-interaction-subject = What it was about
domain-help-interaction-body = What was said, free text (an empty one edits it away)
domain-help-interaction-outcome = What came of it, free text; a call logged needs one (an empty one edits it away)
domain-help-interaction-duration = e.g. 4m30s (an empty one edits it to zero)
domain-help-interaction-agent = [default: your user name]
domain-help-interaction-at = When: RFC 3339, or local `YYYY-MM-DD HH:MM` / `DD.MM.YYYY HH:MM` [default: now]
domain-help-interaction-follow-up = Follow-up due date, YYYY-MM-DD (an empty one edits it away; a new date is open again)
domain-help-interaction-follow-up-done = yes or no [default: no]; then `interaction done` completes it
domain-help-item-sku = The item's unique code, without spaces; no other item may have it as SKU or barcode
domain-help-item-name = Name of the item
domain-help-item-uom = Unit of measure [default: pcs]
domain-help-item-barcode = A barcode, unique across SKUs and barcodes (repeatable; on edit replaces all, empty clears)
domain-help-item-cost = Standard cost of one unit
domain-help-item-price = Sales price of one unit
domain-help-item-currency = Currency of cost and price [default: the currency setting]
domain-help-item-reorder-min = Reorder point: `stock reorder` lists the item when its on-hand across all internal locations is below this
domain-help-item-reorder-max = On-hand to fill up to when reordering [default: the reorder point]
domain-help-item-order-multiple = Reorder in whole multiples of this quantity
domain-help-item-lead-days = Days from ordering to delivery, a whole number [default: 0]
domain-help-item-active = yes or no [default: yes]
domain-help-location-code = Code of the location, without spaces (WH1, or a bin: WH1/A-01-03)
domain-help-location-name = Name shown next to the code
domain-help-opportunity-title = What is to be sold, e.g. "Wartungsvertrag 2027"
domain-help-opportunity-amount = Expected amount, not negative (1200.50 or 1.200,50), in the opportunity's currency
domain-help-opportunity-currency = ISO 4217 code, e.g. EUR [default: the currency setting]
domain-help-opportunity-stage = qualification, needs-analysis, proposal, negotiation, won or lost [default: qualification]; then it moves with `opportunity stage`
domain-help-opportunity-probability = Percent, 0–100 [default: the stage's default]; empty on edit returns to it
domain-help-opportunity-expected-close = Expected close date, YYYY-MM-DD; empty clears it on edit
domain-help-opportunity-owner = Who owns it, a user name [default: nobody, for an agent the agent]; empty clears it on edit
domain-help-opportunity-lost-reason = Why it was lost (with --stage lost, which needs it)
domain-help-supplier-number = The supplier number, unique when set (case and accents ignored); empty clears it on edit
domain-help-supplier-name = Name of the supplier
domain-help-supplier-contact = Name of the person to talk to
domain-help-supplier-contact-role = What the contact person does, e.g. Sales Manager
domain-help-supplier-phone = A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable; on edit replaces all, empty clears)
domain-help-supplier-email = An e-mail address (repeatable; on edit replaces all, empty clears)
domain-help-supplier-street = Street and house number
domain-help-supplier-postal-code = Postal code
domain-help-supplier-city = City
domain-help-supplier-region = Region or state
domain-help-supplier-country = ISO code or English/German name (DE, Germany, Deutschland)
domain-help-supplier-vat-id = VAT identification number
domain-help-supplier-payment-terms = Days until the supplier's invoices are due, a whole number from 0
domain-help-supplier-tags = A tag; commas separate several (repeatable; on edit replaces all, empty clears)
domain-help-supplier-notes = Free-text notes
domain-help-customer-ref = Id of the customer

# Choices as a person reads them (English: the machine name as it is).
domain-stage-qualification = qualification
domain-stage-needs-analysis = needs-analysis
domain-stage-proposal = proposal
domain-stage-negotiation = negotiation
domain-stage-won = won
domain-stage-lost = lost
domain-customer-kind-company = company
domain-customer-kind-person = person
domain-status-lead = lead
domain-status-prospect = prospect
domain-status-customer = customer
domain-status-inactive = inactive
domain-channel-call-in = call-in
domain-channel-call-out = call-out
domain-channel-email = email
domain-channel-visit = visit
domain-channel-social = social
domain-channel-chat = chat
domain-channel-note = note
# Accounts (user add, user key)
domain-user-name-too-long = "{ $name }" is longer than { $most } characters
domain-user-name-characters = "{ $name }" may only hold lowercase letters, digits, '.', '_' and '-', starting with a letter or digit
domain-user-key-empty = the key is empty
domain-user-key-not-openssh = "{ $shown }…" is not an OpenSSH public key line (expected e.g. "ssh-ed25519 AAAA… comment", the contents of a .pub file)
domain-user-key-unsupported = { $algorithm } keys are not supported; use an ed25519 key (ssh-keygen -t ed25519)

# Stages in narrow columns (at most 9 characters).
domain-stage-short-qualification = qualify
domain-stage-short-needs-analysis = needs
domain-stage-short-proposal = proposal
domain-stage-short-negotiation = negotiate
domain-stage-short-won = won
domain-stage-short-lost = lost

# A duration as people read it: its parts, then joined.
domain-duration-hours = { $count }h
domain-duration-minutes = { $count }m
domain-duration-seconds = { $count }s
domain-duration-joined = { $first }{ $rest }

# Payslip lines and states as people read them (English: the machine name).
domain-pay-line-regular = regular
domain-pay-line-overtime = overtime
domain-pay-line-salary = salary
domain-pay-line-deduction = deduction
domain-pay-gross = gross
domain-pay-net = net
domain-payslip-draft = draft
domain-payslip-posted = posted

# Channels and customer statuses in narrow list columns (English: the machine name).
domain-channel-short-call-in = call-in
domain-channel-short-call-out = call-out
domain-channel-short-email = email
domain-channel-short-visit = visit
domain-channel-short-social = social
domain-channel-short-chat = chat
domain-channel-short-note = note
domain-status-short-lead = lead
domain-status-short-prospect = prospect
domain-status-short-customer = customer
domain-status-short-inactive = inactive

# Audit changes as people read them (English: the machine name).
domain-change-created = created
domain-change-changed = changed
domain-change-deleted = deleted
domain-change-imported = imported

# Pay lines described for people (English is what kontor stores).
domain-pay-regular-hours = regular hours
domain-pay-overtime-hours = overtime hours × { $factor }
domain-pay-salary = monthly salary
domain-pay-salary-part = monthly salary, { $days } of { $total } days
domain-pay-total = { $kind } pay

# VAT: categories, tax treatments, the rate table and the notes documents print.
domain-vat-category-standard = standard
domain-vat-category-reduced = reduced
domain-vat-category-zero = zero
domain-vat-category-exempt = exempt
domain-vat-treatment-domestic = domestic
domain-vat-treatment-intra-eu = intra-eu
domain-vat-treatment-reverse-charge = reverse-charge
domain-vat-treatment-export = export
domain-vat-exempt-needs-reason = an exempt supply needs the reason it is exempt
domain-vat-reason-only-exempt = only an exempt supply takes a reason, not { $category }
domain-vat-no-rate = no VAT rates of { $country } for { $date }: the table begins on { $first }
domain-vat-discount-range = line { $line }: the discount { $discount } % is outside 0–100 %
domain-vat-too-large = the amounts are too large to compute
domain-vat-note-reverse-charge = Reverse charge: the recipient is liable for the VAT
domain-vat-note-intra-eu = Tax-exempt intra-Community supply
domain-vat-note-export = Tax-exempt export supply
domain-vat-note-exempt = Exempt from VAT: { $reason }

## Price rules
domain-kind-price-rule = price-rule
domain-count-price-rule = { $count ->
        [one] { $count } price rule
       *[other] { $count } price rules
    }
domain-field-price-rule-id = Id
domain-field-price-rule-item = Item
domain-field-price-rule-customer = Customer
domain-field-price-rule-tag = Tag
domain-field-price-rule-min-qty = From quantity
domain-field-price-rule-price = Unit price
domain-field-price-rule-discount = Discount %
domain-field-price-rule-valid-from = Valid from
domain-field-price-rule-valid-until = Valid until
domain-field-price-rule-version = Version
domain-help-price-rule-item = Id of the item the rule prices
domain-help-price-rule-customer = Id of the one customer the rule is for (not with --tag; neither: everyone)
domain-help-price-rule-tag = The customer tag the rule is for (not with --customer; neither: everyone)
domain-help-price-rule-min-qty = Quantity break: the rule applies from this quantity on [default: 1]
domain-help-price-rule-price = Fixed unit price in the currency of the item's list price (not with --discount)
domain-help-price-rule-discount = Discount in percent off the list price, e.g. 5 or 5% (not with --price)
domain-help-price-rule-valid-from = First day the rule is valid (2026-12-05 or 05.12.2026) [default: always]
domain-help-price-rule-valid-until = Last day the rule is valid [default: no end]
domain-price-discount-range = { $text } % is no discount; give more than 0 and at most 100
domain-price-until-before-from = ends on { $until }, before it starts on { $from }
domain-price-customer-or-tag = a rule is for one customer or for a tag, not both
domain-price-price-or-discount = give either a price or a discount
domain-price-skip-other-customer = for customer { $id } only
domain-price-skip-tag = tag "{ $tag }" is not on the customer
domain-price-skip-not-yet = not valid yet (from { $from })
domain-price-skip-expired = expired (until { $until })
domain-price-skip-below-break = quantity below its break of { $min }
domain-price-skip-outranked = outranked by rule { $rule }

## Quotes and sales orders
domain-kind-quote = quote
domain-kind-sales-order = sales order
domain-count-quote = { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }
domain-count-sales-order = { $count ->
        [one] { $count } sales order
       *[other] { $count } sales orders
    }
domain-sales-line-form = "{ $text }" is not a line: write SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]], e.g. CH-001:12 or CH-001:12:9.50:5%
domain-sales-text-line-form = "{ $text }" is not a text line: write TEXT:QTY:PRICE[:DISCOUNT%[:VAT]], e.g. Installation:2:75.00
domain-sales-line-quantity = line { $line }: the quantity must be greater than zero
domain-sales-line-price = line { $line }: the price must not be negative
domain-sales-line-discount = line { $line }: the discount must be between 0 and 100 %
domain-sales-line-text = line { $line }: a line without an item needs a text
domain-quote-state-draft = draft
domain-quote-state-sent = sent
domain-quote-state-accepted = accepted
domain-quote-state-declined = declined
domain-quote-state-expired = expired
domain-quote-cannot = quote { $number } is { $state }; it cannot become { $target }
domain-quote-not-accepted = quote { $number } is { $state }; only an accepted quote becomes an order
domain-quote-converted = quote { $number } is already order { $order }
domain-order-state-open = open
domain-order-state-cancelled = cancelled
domain-order-state-confirmed = confirmed
domain-order-cannot-confirm = order { $number } is { $state }; only an open order can be confirmed
domain-order-cancelled-already = order { $number } is { $state } already
domain-order-confirmation-unchanged = order { $number } is confirmed already and nothing changed since confirmation { $sequence } of { $date }: there is nothing to confirm again
domain-order-no-line = the order has no line { $line }; it has { $count ->
    [one] { $count } line
   *[other] { $count } lines
}
domain-order-line-quantity = line { $line }: the quantity must be above zero and at least { $least } (delivered and cancelled)

## Sales terms of customers, VAT of items
domain-field-customer-credit-limit = Credit limit
domain-field-customer-tax-treatment = Tax treatment
domain-field-customer-vat-id = VAT ID
domain-field-customer-partial-deliveries = Part deliveries
domain-field-customer-backorders = Backorders
domain-help-customer-credit-limit = Most the customer may owe, in the currency setting [default: no limit]
domain-help-customer-tax-treatment = domestic, intra-eu, reverse-charge or export [default: domestic]
domain-help-customer-vat-id = VAT ID, e.g. DE123456789; required for intra-eu and reverse-charge
domain-help-customer-partial-deliveries = yes or no: an order may be delivered in parts [default: yes]
domain-help-customer-backorders = yes or no: what is missing stays open as a backorder [default: yes]
domain-field-item-vat = VAT
domain-field-item-vat-reason = Exempt because
domain-help-item-vat = standard, reduced, zero or exempt [default: standard]
domain-help-item-vat-reason = Why the item is exempt (e.g. § 4 Nr. 14 UStG); only with exempt
domain-vat-id-invalid = "{ $text }" is not a VAT ID: an EU country prefix and 2 to 13 letters or digits, e.g. DE123456789
domain-vat-id-required = a customer taxed { $treatment } needs a VAT ID
domain-credit-limit-negative = a credit limit cannot be negative
domain-delivery-not-confirmed = order { $number } is { $state }; only a confirmed order can be delivered
domain-delivery-nothing = order { $number } holds nothing reserved to deliver
domain-delivery-no-line = order { $number } has no item line { $line }
domain-delivery-too-much = line { $line }: { $quantity } cannot be delivered, { $reserved } is reserved for it
domain-delivery-no-partial = order { $number } can only be delivered complete: the customer takes no partial deliveries

## Holds on sales orders
domain-hold-credit = credit limit exceeded: exposure { $exposure } with this order, limit { $limit }
domain-hold-below-minimum = order value { $value } below the minimum { $minimum }
domain-hold-above-maximum = order value { $value } above the maximum { $maximum }
domain-hold-margin = line { $line }: margin { $margin } % below { $threshold } %
domain-hold-not-held = order { $number } is not on hold
domain-hold-held = order { $number } is on hold ({ $reasons }); a sales manager must release it first
domain-delivery-state-draft = pick list
domain-delivery-state-posted = posted
domain-delivery-state-unknown = unknown delivery state “{ $state }”: draft or posted
domain-delivery-posted-already = delivery note { $number } is posted already
domain-order-cancel-too-much = line { $line }: { $quantity } cannot be cancelled, { $left } is left of it
domain-order-terms-not-open = order { $number } is { $state }; only an open order's delivery terms can change
domain-reallocate-not-confirmed = order { $number } is { $state }: only confirmed orders give up or take reservations
domain-reallocate-too-little = order { $number } holds { $reserved } { $sku } reserved and not on a pick list, not { $quantity }
domain-reallocate-too-much = order { $number } waits for { $backordered } { $sku }, not { $quantity }
domain-duplicate-rule-email = same e-mail address
domain-duplicate-rule-phone = same phone number
domain-duplicate-rule-domain = same e-mail domain
domain-duplicate-rule-name-city = same name in the same city
domain-lot-rule-unknown = “{ $text }” is no lot rule: write lot-for-lot, fixed:QUANTITY or period:DAYS
domain-lot-maximum-below-minimum = the maximum { $maximum } is below the minimum { $minimum }
domain-safety-stock-negative = the safety stock at { $location } is negative ({ $quantity })
