# cli: the command line's own words (kontor's human output, errors, --help).

## Errors
cli-error-unknown-lang = unknown language "{ $given }" (de or en)
cli-error-unknown-zone = { $variable }={ $zone }: unknown time zone (an IANA name such as Europe/Berlin)
cli-error-inconsistent = { $count } index problem(s) found; run `kontor reindex` to rebuild the indexes
cli-error-changed = { $error }; nothing was saved — look at it again and retry with --expect-version { $version }
cli-error-not-found = { $kind } { $id } does not exist
cli-error-no-data-dir = cannot find a data directory for this user; give --db DIR
cli-error-runs-before-open = runs before the database is opened
cli-error-cannot-read = cannot read { $path }: { $error }
cli-error-cannot-write = cannot write { $path }: { $error }
cli-error-cannot-write-in = cannot write in { $dir }: { $error }
cli-error-unexpected-answer = unexpected answer from the core
cli-error-unexpected-bom-answer = unexpected answer to a bill-of-materials command
cli-error-unexpected-payroll-answer = unexpected answer to a payroll command

## Usage errors
cli-usage-needs-subcommand = `{ $command }` needs a subcommand
cli-usage-see-help = { $message } (see `{ $command } --help`)
cli-usage-id-needed = an id is needed
cli-usage-unknown-subcommand = unknown subcommand { $name }
cli-usage-subcommand-needed = a subcommand is needed
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-usage-invalid-value-of = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
cli-usage-value-refused = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-missing-subcommand = '{ $command }' requires a subcommand but one was not provided [subcommands: { $valid }]
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
cli-usage-did-you-mean = did you mean '{ $suggested }'?

## Lists
cli-list-limited = first { $limit } shown; --limit N shows more
cli-pipeline-total = total

## Values in tables
cli-value-true = true
cli-value-false = false

## demo
cli-demo-loaded = demo data loaded into { $path }: { $customers } customers, { $interactions } interactions, { $opportunities } opportunities
cli-demo-stock = stock: { $counts }
cli-demo-payroll = payroll: { $employees }, { $payslips } in { $periods } ({ $posted } posted)

## Counts
cli-count-location = { $count ->
        [one] 1 location
       *[other] { $count } locations
    }
cli-count-item = { $count ->
        [one] 1 item
       *[other] { $count } items
    }
cli-count-stock-move = { $count ->
        [one] 1 stock move
       *[other] { $count } stock moves
    }
cli-count-bom = { $count ->
        [one] 1 BOM
       *[other] { $count } BOMs
    }
cli-count-production-run = { $count ->
        [one] 1 production run
       *[other] { $count } production runs
    }
cli-count-employee = { $count ->
        [one] 1 employee
       *[other] { $count } employees
    }
cli-count-payslip = { $count ->
        [one] 1 payslip
       *[other] { $count } payslips
    }
cli-count-draft-payslip = { $count ->
        [one] 1 draft payslip
       *[other] { $count } draft payslips
    }
cli-count-period = { $count ->
        [one] 1 period
       *[other] { $count } periods
    }
cli-count-payment = { $count ->
        [one] 1 payment
       *[other] { $count } payments
    }
cli-count-component = { $count ->
        [one] 1 component
       *[other] { $count } components
    }

## check, reindex, settings
cli-check-ok = ok: every index entry matches its record
cli-reindex-done = rebuilt every index from the records
cli-settings-give-value = give a value: kontor settings { $name } VALUE

## Records
cli-deleted = deleted { $kind } { $id } ({ $name })
cli-deleted-cascaded = deleted { $kind } { $id } ({ $name }) and { $count } records referring to it

## import
cli-import-delimiter = delimiter must be one ASCII character, not { $given }
cli-import-no-header = { $path }: cannot read the header row: { $error }
cli-import-empty-header = { $path }: the header row is empty
cli-import-columns = expected { $expected } columns, found { $found } (quote cells that contain the delimiter)
cli-import-more-problems = … and { $count } more problems
cli-import-refused = { $path }: { $count } problem(s); nothing was imported
cli-import-rejoined = { $count } rows with an unquoted delimiter before a space were rejoined
cli-import-ignored = ignored columns: { $columns }
cli-import-dry-run = would import { $records } from { $path } { $tail }; nothing written (--dry-run)
cli-import-done = imported { $records } from { $path } { $tail }
cli-import-done-opening = imported { $records } and { $receipts } opening receipts at { $location } from { $path } { $tail }
cli-import-on-line = line { $line }: { $reason }
cli-import-in-column = line { $line }: column { $column }: { $reason }
cli-import-opening-items-only = --opening-stock applies to `import items` only
cli-import-opening-new-items = --opening-stock { $name }: opening stock goes with new items: leave out the id column
cli-import-opening-no-column = --opening-stock { $name }: no such column (columns: { $columns })
cli-import-opening-negative = opening stock { $quantity } is negative
cli-import-stock-kind = { $kind } cannot be imported: stock changes only by postings (import items with --opening-stock COLUMN)
cli-import-not-importable = { $kind } cannot be imported
cli-import-not-in-encoding = text is not valid in the file's encoding
cli-import-not-utf8 = not valid UTF-8 at line { $line } (byte offset { $offset }); if the file comes from Windows, try --encoding windows-1252
cli-import-map-form = --map { $map }: write FIELD=COLUMN
cli-import-map-field = --map { $map }: unknown field "{ $field }" (fields: { $fields })
cli-import-map-column = --map { $map }: no column "{ $column }" in the file (columns: { $columns })
cli-import-id-empty = empty: with an id column every row keeps its id (leave the column out to number the records anew)
cli-import-id-taken = { $id } is taken: this database has given out ids up to { $given } — import into an empty database, or leave the id column out to number the records anew
cli-import-id-twice = { $id } is also the id on line { $line }
cli-import-not-whole = "{ $text }" is not a kontor { $field } (a whole number from 1)

## Progress bars
cli-progress-eta = eta
cli-progress-rows = rows
cli-progress-entries = entries
cli-progress-received = received from kontor serve

## Counts of records by the name import and export give their kind (family: cli-records-<kind>)
cli-records-customers = { $count } customers
cli-records-suppliers = { $count } suppliers
cli-records-locations = { $count } locations
cli-records-employees = { $count } employees
cli-records-items = { $count } items
cli-records-opportunities = { $count } opportunities
cli-records-interactions = { $count } interactions
cli-records-moves = { $count } moves
cli-records-balances = { $count } balances
cli-records-price-rules = { $count } price rules

## Kinds of record (family: cli-kind-<name>)
cli-kind-customer = customer
cli-kind-supplier = supplier
cli-kind-location = location
cli-kind-employee = employee
cli-kind-item = item
cli-kind-opportunity = opportunity
cli-kind-interaction = interaction
cli-kind-move = move
cli-kind-bom = bom
cli-kind-payslip = payslip
cli-kind-audit-entry = audit entry
cli-kind-user = user
cli-kind-price-rule = price rule

## backup and restore
cli-backup-written = backup of { $dir } written to { $file }: { $entries } entries, { $size }
cli-backup-through-serve = backup through kontor serve: { $error }
cli-restore-done = restored { $file } into { $dir }: { $entries } entries; indexes rebuilt
cli-size-bytes = { $count } bytes

## export
cli-export-done = exported { $count } records to { $path }

## audit
cli-audit-not-a-record = "{ $text }" is not KIND:ID (customer:42)

## stock
cli-stock-no-item = no item with SKU or barcode "{ $code }"
cli-stock-count-matches = count matches: { $quantity } { $uom } of { $sku } at { $location }; nothing posted

## bom and produce
cli-bom-deleted = deleted the bill of materials of { $sku } (version { $version })
cli-bom-not-loaded = item { $id } of the tree was not loaded
cli-bom-show-note = quantities and minutes are per run of the assembly above; a run makes { $output_qty } units; { $rate } is per hour
cli-bom-not-positive = { $quantity } must be greater than zero
cli-bom-explode-note = leaf components for { $quantity } { $uom } of { $sku }, scrap included
cli-bom-cost-note = unit cost of { $sku }: { $cost } per { $uom } (material { $material }, operations { $operations })
cli-bom-cost-columns = { $qty_per_unit } and { $cost_per_unit } are per unit of { $sku }; { $material } and { $operations } per unit of each assembly; for operations { $qty_per_unit } is minutes and { $unit_cost } the hourly rate; amounts in { $currency }, rounded half away from zero
cli-bom-unused = no bill of materials uses { $sku }
cli-bom-produced = produced { $quantity } { $uom } of { $sku } at { $location } from { $components }

## payroll
cli-payroll-run = { $period }: { $payslips } computed, { $replaced } replaced
cli-payroll-posted = { $period }: posted { $payslips }; the period is locked
cli-payroll-no-iban = warning: employee { $number } ({ $name }) has no IBAN; pay them by other means or set one with kontor employee edit { $number } --iban IBAN
cli-payroll-exported = exported { $payments } to { $path }

## user and serve
cli-user-key-file-unread = cannot read key file { $path }: { $error }
cli-user-key-file-empty = key file { $path } holds no key
cli-user-removed = removed user { $name }
cli-user-no-key = (no key)
cli-serve-not-positive = must be longer than 0s

## Fields as table headings and record lines name them (family: cli-field-<field>; English the field's name)
cli-field-id = id
cli-field-name = name
cli-field-number = number
cli-field-kind = kind
cli-field-status = status
cli-field-owner = owner
cli-field-street = street
cli-field-postal-code = postal_code
cli-field-city = city
cli-field-region = region
cli-field-country = country
cli-field-phone = phone
cli-field-email = email
cli-field-tags = tags
cli-field-tag = tag
cli-field-for = for
cli-field-min-qty = min_qty
cli-field-discount = discount
cli-field-valid-from = valid_from
cli-field-valid-until = valid_until
cli-field-item = item
cli-field-contact = contact
cli-field-contact-role = contact_role
cli-field-contact-phone = contact_phone
cli-field-contact-email = contact_email
cli-field-notes = notes
cli-field-created = created
cli-field-updated = updated
cli-field-version = version
cli-field-vat-id = vat_id
cli-field-credit-limit = credit_limit
cli-field-tax-treatment = tax_treatment
cli-field-partial-deliveries = partial_deliveries
cli-field-backorders = backorders
cli-field-vat-reason = vat_reason
cli-field-payment-terms = payment_terms
cli-field-sku = sku
cli-field-barcode = barcode
cli-field-uom = uom
cli-field-price = price
cli-field-cost = cost
cli-field-currency = currency
cli-field-lead-days = lead_days
cli-field-reorder-min = reorder_min
cli-field-reorder-max = reorder_max
cli-field-order-multiple = order_multiple
cli-field-active = active
cli-field-at = at
cli-field-from = from
cli-field-to = to
cli-field-quantity = quantity
cli-field-reference = reference
cli-field-agent = agent
cli-field-reverses = reverses
cli-field-location = location
cli-field-code = code
cli-field-joined = joined
cli-field-left = left
cli-field-salary = salary
cli-field-hourly = hourly
cli-field-deduction = deduction
cli-field-deductions = deductions
cli-field-iban = iban
cli-field-amount = amount
cli-field-expected-close = expected_close
cli-field-closed-at = closed_at
cli-field-customer = customer
cli-field-lost-reason = lost_reason
cli-field-probability = probability
cli-field-stage = stage
cli-field-title = title
cli-field-weighted = weighted
cli-field-channel = channel
cli-field-subject = subject
cli-field-body = body
cli-field-duration = duration
cli-field-follow-up = follow_up
cli-field-follow-up-done = follow_up_done
cli-field-outcome = outcome
cli-field-description = description
cli-field-employee = employee
cli-field-gross = gross
cli-field-net = net
cli-field-period = period
cli-field-line = line
cli-field-rate = rate
cli-field-standard-rate = standard_rate
cli-field-reduced-rate = reduced_rate
cli-field-draft = draft
cli-field-count = count
cli-field-sum = sum
cli-field-entry = entry
cli-field-user = user
cli-field-command = command
cli-field-record = record
cli-field-change = change
cli-field-field = field
cli-field-old = old
cli-field-new = new
cli-field-role = role
cli-field-fingerprints = fingerprints
cli-field-keys = keys
cli-field-bound-keys = keys
cli-field-key = key
cli-field-layer = layer
cli-field-action = action
cli-field-part = part
cli-field-level = level
cli-field-scrap-pct = scrap_pct
cli-field-output-qty = output_qty
cli-field-qty-per-unit = qty_per_unit
cli-field-unit-cost = unit_cost
cli-field-material = material
cli-field-operations = operations
cli-field-cost-per-unit = cost_per_unit
cli-field-uses = uses
cli-field-needed = needed
cli-field-on-hand = on_hand
cli-field-short = short
cli-field-suggested = suggested
cli-field-running = running
cli-field-from-balance = from_balance
cli-field-to-balance = to_balance

## --help: clap's own words
cli-help-heading-usage = Usage
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
cli-help-heading-commands = Commands
cli-help-command-value = COMMAND
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-flag-help-command = Print this message or the help of the given subcommand(s)
cli-help-default = default
cli-help-possible = possible values
cli-help-env = env

## --help of every command and argument (family: cli-help-<command path>[--<argument>]; English as the clap definitions say it)
cli-help-kontor = CRM and ERP on one database, for the terminal
cli-help-kontor--db = Database directory [default: the platform data directory, e.g. ~/.local/share/kontor]
cli-help-kontor--format = Output format of records and lists
cli-help-kontor--lang = Language of messages and help: de or en [default: KONTOR_LANG, else LC_ALL, LC_MESSAGES or LANG]
cli-help-kontor--preset = Key bindings preset: default or vim (the user's keymap.toml may choose too)
cli-help-kontor--keymap = Keymap file to merge over the preset [default: keymap.toml in the config directory]
cli-help-kontor--ascii = Only ASCII on the screen, whatever the terminal says
cli-help-customer = Customers: add, show, list, search, edit, delete
cli-help-customer-add = Add a customer and print it
cli-help-customer-add--kind = company or person
cli-help-customer-add--number = The customer number, unique when set (case and accents ignored), at most 32 characters; empty clears it on edit
cli-help-customer-add--name = Name of the company or person
cli-help-customer-add--status = lead, prospect, customer or inactive
cli-help-customer-add--owner = Who looks after the customer, a user name [default: nobody]; empty clears it on edit
cli-help-customer-add--phone = A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable)
cli-help-customer-add--email = An e-mail address (repeatable)
cli-help-customer-add--contact = Contact person (NAME or NAME:ROLE, repeatable)
cli-help-customer-add--contact-role = The role of the contact at the same place (repeatable)
cli-help-customer-add--contact-phone = The phones of the contact at the same place, separated by commas (repeatable)
cli-help-customer-add--contact-email = The e-mails of the contact at the same place, separated by commas (repeatable)
cli-help-customer-add--street = Street and house number (of the first address; repeated, of the next)
cli-help-customer-add--postal-code = Postal code (of the first address; repeated, of the next)
cli-help-customer-add--city = City (of the first address; repeated, of the next)
cli-help-customer-add--region = Region or state (of the first address; repeated, of the next)
cli-help-customer-add--country = ISO code or English/German name (DE, Germany, Deutschland), of the first address
cli-help-customer-add--tags = A tag; commas separate several (repeatable)
cli-help-customer-add--notes = Free-text notes
cli-help-customer-add--credit-limit = Most the customer may owe, in the currency setting [default: no limit]
cli-help-customer-add--tax-treatment = domestic, intra-eu, reverse-charge or export [default: domestic]
cli-help-customer-add--vat-id = VAT ID, e.g. DE123456789; required for intra-eu and reverse-charge
cli-help-customer-add--partial-deliveries = yes or no: an order may be delivered in parts [default: yes]
cli-help-customer-add--backorders = yes or no: what is missing stays open as a backorder [default: yes]
cli-help-customer-show = Show one customer
cli-help-customer-show--id = Id of the customer
cli-help-customer-search = Find customers by name, e-mail, phone or number (case and accents ignored)
cli-help-customer-search--text = What to look for: name, e-mail, phone or number
cli-help-customer-search--limit = At most this many rows
cli-help-customer-delete = Delete a customer; refused while other records refer to it
cli-help-customer-delete--id = Id of the customer
cli-help-customer-delete--force = Delete the records that refer to it too
cli-help-customer-list = List customers
cli-help-customer-list--status = Only customers with this status (lead, prospect, customer or inactive)
cli-help-customer-list--owner = Only customers of this owner (case and accents ignored)
cli-help-customer-list--tag = Only customers with this tag (case and accents ignored)
cli-help-customer-list--limit = At most this many rows
cli-help-customer-edit = Change a customer: each flag given sets its field, an empty value clears it
cli-help-customer-edit--id = Id of the customer
cli-help-customer-edit--kind = company or person
cli-help-customer-edit--number = The customer number, unique when set (case and accents ignored), at most 32 characters; empty clears it on edit
cli-help-customer-edit--name = Name of the company or person
cli-help-customer-edit--status = lead, prospect, customer or inactive
cli-help-customer-edit--owner = Who looks after the customer, a user name [default: nobody]; empty clears it on edit
cli-help-customer-edit--phone = A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable)
cli-help-customer-edit--email = An e-mail address (repeatable)
cli-help-customer-edit--contact = Contact person (NAME or NAME:ROLE, repeatable)
cli-help-customer-edit--contact-role = The role of the contact at the same place (repeatable)
cli-help-customer-edit--contact-phone = The phones of the contact at the same place, separated by commas (repeatable)
cli-help-customer-edit--contact-email = The e-mails of the contact at the same place, separated by commas (repeatable)
cli-help-customer-edit--street = Street and house number (of the first address; repeated, of the next)
cli-help-customer-edit--postal-code = Postal code (of the first address; repeated, of the next)
cli-help-customer-edit--city = City (of the first address; repeated, of the next)
cli-help-customer-edit--region = Region or state (of the first address; repeated, of the next)
cli-help-customer-edit--country = ISO code or English/German name (DE, Germany, Deutschland), of the first address
cli-help-customer-edit--tags = A tag; commas separate several (repeatable)
cli-help-customer-edit--notes = Free-text notes
cli-help-customer-edit--credit-limit = Most the customer may owe, in the currency setting [default: no limit]
cli-help-customer-edit--tax-treatment = domestic, intra-eu, reverse-charge or export [default: domestic]
cli-help-customer-edit--vat-id = VAT ID, e.g. DE123456789; required for intra-eu and reverse-charge
cli-help-customer-edit--partial-deliveries = yes or no: an order may be delivered in parts [default: yes]
cli-help-customer-edit--backorders = yes or no: what is missing stays open as a backorder [default: yes]
cli-help-customer-edit--expect-version = Refuse the edit unless the customer is still at this version
cli-help-customer-edit--add-phone = Add a phone number in any formatting (repeatable)
cli-help-customer-edit--remove-phone = Remove a phone number, written in any formatting (repeatable)
cli-help-customer-edit--add-email = Add an e-mail address (repeatable)
cli-help-customer-edit--remove-email = Remove an e-mail address, case ignored (repeatable)
cli-help-customer-edit--add-tag = Add a tag; commas separate several (repeatable)
cli-help-customer-edit--remove-tag = Remove a tag, written exactly as stored (repeatable)
cli-help-customer-edit--add-contact = Add a contact person (NAME or NAME:ROLE, repeatable)
cli-help-customer-edit--remove-contact = Remove a contact person by name, case ignored (repeatable; with --add-contact of the same name, changes the role and keeps the contact's phones and e-mails)
cli-help-supplier = Suppliers: add, show, list, search, edit, delete
cli-help-supplier-add = Add a supplier and print it
cli-help-supplier-add--number = The supplier number, unique when set (case and accents ignored); empty clears it on edit
cli-help-supplier-add--name = Name of the supplier
cli-help-supplier-add--contact = Name of the person to talk to
cli-help-supplier-add--contact-role = What the contact person does, e.g. Sales Manager
cli-help-supplier-add--phone = A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable; on edit replaces all, empty clears)
cli-help-supplier-add--email = An e-mail address (repeatable; on edit replaces all, empty clears)
cli-help-supplier-add--street = Street and house number
cli-help-supplier-add--postal-code = Postal code
cli-help-supplier-add--city = City
cli-help-supplier-add--region = Region or state
cli-help-supplier-add--country = ISO code or English/German name (DE, Germany, Deutschland)
cli-help-supplier-add--vat-id = VAT identification number
cli-help-supplier-add--payment-terms = Days until the supplier's invoices are due, a whole number from 0
cli-help-supplier-add--tags = A tag; commas separate several (repeatable; on edit replaces all, empty clears)
cli-help-supplier-add--notes = Free-text notes
cli-help-supplier-show = Show one supplier
cli-help-supplier-show--id = Id of the supplier
cli-help-supplier-list = List suppliers in id order
cli-help-supplier-list--after = Only those with a higher id (the next page)
cli-help-supplier-list--limit = At most this many rows
cli-help-supplier-search = Find suppliers by name, phone or number (case and accents ignored)
cli-help-supplier-search--text = What to look for: name, phone or number
cli-help-supplier-search--limit = At most this many rows
cli-help-supplier-edit = Change a supplier: each flag given sets its field, an empty value clears it
cli-help-supplier-edit--id = Id of the supplier
cli-help-supplier-edit--number = The supplier number, unique when set (case and accents ignored); empty clears it on edit
cli-help-supplier-edit--name = Name of the supplier
cli-help-supplier-edit--contact = Name of the person to talk to
cli-help-supplier-edit--contact-role = What the contact person does, e.g. Sales Manager
cli-help-supplier-edit--phone = A phone number in any formatting, read in the country of --country, else of the default_region setting (repeatable; on edit replaces all, empty clears)
cli-help-supplier-edit--email = An e-mail address (repeatable; on edit replaces all, empty clears)
cli-help-supplier-edit--street = Street and house number
cli-help-supplier-edit--postal-code = Postal code
cli-help-supplier-edit--city = City
cli-help-supplier-edit--region = Region or state
cli-help-supplier-edit--country = ISO code or English/German name (DE, Germany, Deutschland)
cli-help-supplier-edit--vat-id = VAT identification number
cli-help-supplier-edit--payment-terms = Days until the supplier's invoices are due, a whole number from 0
cli-help-supplier-edit--tags = A tag; commas separate several (repeatable; on edit replaces all, empty clears)
cli-help-supplier-edit--notes = Free-text notes
cli-help-supplier-edit--expect-version = Refuse the edit unless the supplier is still at this version
cli-help-supplier-delete = Delete a supplier; refused while other records refer to it
cli-help-supplier-delete--id = Id of the supplier
cli-help-supplier-delete--force = Delete the records that refer to it too
cli-help-location = Locations: add, show, list, search, edit
cli-help-location-add = Add a location and print it
cli-help-location-add--code = Code of the location, without spaces (WH1, or a bin: WH1/A-01-03)
cli-help-location-add--name = Name shown next to the code
cli-help-location-show = Show one location
cli-help-location-show--id = Code or id of the location (case ignored)
cli-help-location-search = Find locations by code or name (case and accents ignored)
cli-help-location-search--text = What to look for: code or name
cli-help-location-search--limit = At most this many rows
cli-help-location-edit = Change a location: each flag given sets its field, an empty value clears it
cli-help-location-edit--id = Code or id of the location (case ignored)
cli-help-location-edit--name = Name shown next to the code
cli-help-location-edit--expect-version = Refuse the edit unless the location is still at this version
cli-help-location-list = List internal and virtual locations
cli-help-employee = Employees: add, show, list, search, edit, delete
cli-help-employee-add = Add an employee and print it
cli-help-employee-add--number = Employee number, unique (case ignored), without spaces
cli-help-employee-add--name = Full name
cli-help-employee-add--joined = Join date, YYYY-MM-DD
cli-help-employee-add--left = Last day employed, YYYY-MM-DD; empty clears it on edit (employed again)
cli-help-employee-add--hourly = Pay per hour worked (give this or --salary; setting one replaces the other)
cli-help-employee-add--salary = Pay per month, prorated by calendar days when joining or leaving (or --hourly)
cli-help-employee-add--currency = Currency of the pay [default: the currency setting]
cli-help-employee-add--deductions = NAME:PERCENT%[:CAP] or NAME:AMOUNT, applied in the order given (repeatable; on edit replaces all, empty clears)
cli-help-employee-add--iban = Spaces and lowercase are fine; the checksum is verified; empty clears it on edit
cli-help-employee-show = Show one employee
cli-help-employee-show--id = Number or id of the employee (case ignored)
cli-help-employee-list = List employees in id order
cli-help-employee-list--after = Only those with a higher id (the next page)
cli-help-employee-list--limit = At most this many rows
cli-help-employee-search = Find employees by number or name (case and accents ignored)
cli-help-employee-search--text = What to look for: number or name
cli-help-employee-search--limit = At most this many rows
cli-help-employee-edit = Change an employee: each flag given sets its field, an empty value clears it
cli-help-employee-edit--id = Number or id of the employee (case ignored)
cli-help-employee-edit--number = Employee number, unique (case ignored), without spaces
cli-help-employee-edit--name = Full name
cli-help-employee-edit--joined = Join date, YYYY-MM-DD
cli-help-employee-edit--left = Last day employed, YYYY-MM-DD; empty clears it on edit (employed again)
cli-help-employee-edit--hourly = Pay per hour worked (give this or --salary; setting one replaces the other)
cli-help-employee-edit--salary = Pay per month, prorated by calendar days when joining or leaving (or --hourly)
cli-help-employee-edit--currency = Currency of the pay [default: the currency setting]
cli-help-employee-edit--deductions = NAME:PERCENT%[:CAP] or NAME:AMOUNT, applied in the order given (repeatable; on edit replaces all, empty clears)
cli-help-employee-edit--iban = Spaces and lowercase are fine; the checksum is verified; empty clears it on edit
cli-help-employee-edit--expect-version = Refuse the edit unless the employee is still at this version
cli-help-employee-delete = Delete an employee; refused while other records refer to it
cli-help-employee-delete--id = Number or id of the employee (case ignored)
cli-help-employee-delete--force = Delete the records that refer to it too
cli-help-item = Items: add, show, list, search, edit, delete
cli-help-item-add = Add an item and print it
cli-help-item-add--sku = The item's unique code, without spaces; no other item may have it as SKU or barcode
cli-help-item-add--name = Name of the item
cli-help-item-add--uom = Unit of measure [default: pcs]
cli-help-item-add--barcode = A barcode, unique across SKUs and barcodes (repeatable; on edit replaces all, empty clears)
cli-help-item-add--cost = Standard cost of one unit
cli-help-item-add--price = Sales price of one unit
cli-help-item-add--currency = Currency of cost and price [default: the currency setting]
cli-help-item-add--reorder-min = Reorder point: `stock reorder` lists the item when its on-hand across all internal locations is below this
cli-help-item-add--reorder-max = On-hand to fill up to when reordering [default: the reorder point]
cli-help-item-add--order-multiple = Reorder in whole multiples of this quantity
cli-help-item-add--lead-days = Days from ordering to delivery, a whole number [default: 0]
cli-help-item-add--active = yes or no [default: yes]
cli-help-item-add--vat = standard, reduced, zero or exempt [default: standard]
cli-help-item-add--vat-reason = Why the item is exempt (e.g. § 4 Nr. 14 UStG); only with exempt
cli-help-item-show = Show one item
cli-help-item-show--id = SKU or id of the item (case ignored)
cli-help-item-list = List items in id order
cli-help-item-list--after = Only those with a higher id (the next page)
cli-help-item-list--limit = At most this many rows
cli-help-item-search = Find items by SKU, barcode or name (case and accents ignored)
cli-help-item-search--text = What to look for: SKU, barcode or name
cli-help-item-search--limit = At most this many rows
cli-help-item-edit = Change an item: each flag given sets its field, an empty value clears it
cli-help-item-edit--id = SKU or id of the item (case ignored)
cli-help-item-edit--sku = The item's unique code, without spaces; no other item may have it as SKU or barcode
cli-help-item-edit--name = Name of the item
cli-help-item-edit--uom = Unit of measure [default: pcs]
cli-help-item-edit--barcode = A barcode, unique across SKUs and barcodes (repeatable; on edit replaces all, empty clears)
cli-help-item-edit--cost = Standard cost of one unit
cli-help-item-edit--price = Sales price of one unit
cli-help-item-edit--currency = Currency of cost and price [default: the currency setting]
cli-help-item-edit--reorder-min = Reorder point: `stock reorder` lists the item when its on-hand across all internal locations is below this
cli-help-item-edit--reorder-max = On-hand to fill up to when reordering [default: the reorder point]
cli-help-item-edit--order-multiple = Reorder in whole multiples of this quantity
cli-help-item-edit--lead-days = Days from ordering to delivery, a whole number [default: 0]
cli-help-item-edit--active = yes or no [default: yes]
cli-help-item-edit--vat = standard, reduced, zero or exempt [default: standard]
cli-help-item-edit--vat-reason = Why the item is exempt (e.g. § 4 Nr. 14 UStG); only with exempt
cli-help-item-edit--expect-version = Refuse the edit unless the item is still at this version
cli-help-item-delete = Delete an item; refused while other records refer to it
cli-help-item-delete--id = SKU or id of the item (case ignored)
cli-help-item-delete--force = Delete the records that refer to it too
cli-help-opportunity = Opportunities: add, show, list, search, edit, delete, stage, pipeline
cli-help-opportunity-add = Add an opportunity and print it
cli-help-opportunity-add--customer = Id of the customer
cli-help-opportunity-add--title = What is to be sold, e.g. "Wartungsvertrag 2027"
cli-help-opportunity-add--amount = Expected amount, not negative (1200.50 or 1.200,50), in the opportunity's currency
cli-help-opportunity-add--currency = ISO 4217 code, e.g. EUR [default: the currency setting]
cli-help-opportunity-add--stage = qualification, needs-analysis, proposal, negotiation, won or lost [default: qualification]; then it moves with `opportunity stage`
cli-help-opportunity-add--probability = Percent, 0–100 [default: the stage's default]; empty on edit returns to it
cli-help-opportunity-add--expected-close = Expected close date, YYYY-MM-DD; empty clears it on edit
cli-help-opportunity-add--owner = Who owns it, a user name [default: nobody, for an agent the agent]; empty clears it on edit
cli-help-opportunity-add--lost-reason = Why it was lost (with --stage lost, which needs it)
cli-help-opportunity-show = Show one opportunity
cli-help-opportunity-show--id = Id of the opportunity
cli-help-opportunity-search = Find opportunities by title (case and accents ignored)
cli-help-opportunity-search--text = What to look for: title
cli-help-opportunity-search--limit = At most this many rows
cli-help-opportunity-edit = Change an opportunity: each flag given sets its field, an empty value clears it
cli-help-opportunity-edit--id = Id of the opportunity
cli-help-opportunity-edit--title = What is to be sold, e.g. "Wartungsvertrag 2027"
cli-help-opportunity-edit--amount = Expected amount, not negative (1200.50 or 1.200,50), in the opportunity's currency
cli-help-opportunity-edit--probability = Percent, 0–100 [default: the stage's default]; empty on edit returns to it
cli-help-opportunity-edit--expected-close = Expected close date, YYYY-MM-DD; empty clears it on edit
cli-help-opportunity-edit--owner = Who owns it, a user name [default: nobody, for an agent the agent]; empty clears it on edit
cli-help-opportunity-edit--expect-version = Refuse the edit unless the opportunity is still at this version
cli-help-opportunity-delete = Delete an opportunity; refused while other records refer to it
cli-help-opportunity-delete--id = Id of the opportunity
cli-help-opportunity-delete--force = Delete the records that refer to it too
cli-help-opportunity-stage = Move an opportunity to a stage (lost needs --reason)
cli-help-opportunity-stage--id = Id of the opportunity
cli-help-opportunity-stage--stage = The new stage: qualification, needs-analysis, proposal, negotiation, won or lost
cli-help-opportunity-stage--reason = Why it was lost (only with lost, which needs it)
cli-help-opportunity-stage--probability = Percent, 0–100 [default: the stage's default, even when the stage stays]
cli-help-opportunity-list = List opportunities
cli-help-opportunity-list--stage = Only opportunities in this stage (qualification, needs-analysis, proposal, negotiation, won or lost)
cli-help-opportunity-list--customer = Only opportunities of this customer (its id)
cli-help-opportunity-list--limit = At most this many rows
cli-help-opportunity-pipeline = Per stage: count, sum, weighted sum; and totals
cli-help-interaction = Interactions: add, show, list, search, edit, delete, done
cli-help-interaction-show = Show one interaction
cli-help-interaction-show--id = Id of the interaction
cli-help-interaction-search = Find interactions by subject (case and accents ignored)
cli-help-interaction-search--text = What to look for: subject
cli-help-interaction-search--limit = At most this many rows
cli-help-interaction-edit = Change an interaction: each flag given sets its field, an empty value clears it
cli-help-interaction-edit--id = Id of the interaction
cli-help-interaction-edit--subject = What it was about
cli-help-interaction-edit--body = What was said, free text (an empty one edits it away)
cli-help-interaction-edit--outcome = What came of it, free text; a call logged needs one (an empty one edits it away)
cli-help-interaction-edit--duration = e.g. 4m30s (an empty one edits it to zero)
cli-help-interaction-edit--follow-up = Follow-up due date, YYYY-MM-DD (an empty one edits it away; a new date is open again)
cli-help-interaction-edit--expect-version = Refuse the edit unless the interaction is still at this version
cli-help-interaction-delete = Delete an interaction; refused while other records refer to it
cli-help-interaction-delete--id = Id of the interaction
cli-help-interaction-delete--force = Delete the records that refer to it too
cli-help-interaction-add = Log an interaction with a customer (a call needs an outcome)
cli-help-interaction-add--customer = Id of the customer
cli-help-interaction-add--contact = Who was talked to at the customer, free text
cli-help-interaction-add--channel = call-in, call-out, email, visit, social, chat or note
cli-help-interaction-add--subject = What it was about
cli-help-interaction-add--body = What was said, free text (an empty one edits it away)
cli-help-interaction-add--outcome = What came of it, free text; a call logged needs one (an empty one edits it away)
cli-help-interaction-add--duration = e.g. 4m30s (an empty one edits it to zero)
cli-help-interaction-add--agent = [default: your user name]
cli-help-interaction-add--at = When: RFC 3339, or local `YYYY-MM-DD HH:MM` / `DD.MM.YYYY HH:MM` [default: now]
cli-help-interaction-add--follow-up = Follow-up due date, YYYY-MM-DD (an empty one edits it away; a new date is open again)
cli-help-interaction-add--follow-up-done = yes or no [default: no]; then `interaction done` completes it
cli-help-interaction-list = List interactions
cli-help-interaction-list--customer = Only interactions with this customer (its id)
cli-help-interaction-list--agent = Only interactions of this agent, a user name (case and accents ignored)
cli-help-interaction-list--due = Open follow-ups due on or before DATE (default today)
cli-help-interaction-list--limit = At most this many rows
cli-help-interaction-done = Mark an interaction's follow-up done
cli-help-interaction-done--id = Id of the interaction
cli-help-stock = Stock: receive, issue, move, count, reverse; balances, ledger, reorder list
cli-help-stock-receive = Receive from a supplier (supplier → LOC)
cli-help-stock-receive--sku = SKU or barcode of the item
cli-help-stock-receive--quantity = How many, in the item's unit (more than zero)
cli-help-stock-receive--to = Location it goes to [default: the default location, WH1]
cli-help-stock-receive--reference = Reference kept with the move, e.g. an order number
cli-help-stock-issue = Issue to a customer (LOC → customer)
cli-help-stock-issue--sku = SKU or barcode of the item
cli-help-stock-issue--quantity = How many, in the item's unit (more than zero)
cli-help-stock-issue--from = Location it comes from [default: the default location, WH1]
cli-help-stock-issue--reference = Reference kept with the move, e.g. an order number
cli-help-stock-issue--allow-negative = Post even when the on-hand at the location goes below zero
cli-help-stock-move = Move between locations
cli-help-stock-move--sku = SKU or barcode of the item
cli-help-stock-move--quantity = How many, in the item's unit (more than zero)
cli-help-stock-move--from = Location it comes from
cli-help-stock-move--to = Location it goes to
cli-help-stock-move--reference = Reference kept with the move, e.g. an order number
cli-help-stock-move--allow-negative = Post even when the on-hand at the location goes below zero
cli-help-stock-count = Record a count; the difference is posted against `loss`
cli-help-stock-count--sku = SKU or barcode of the item
cli-help-stock-count--location = Location that was counted
cli-help-stock-count--quantity = The quantity found there, in the item's unit (zero or more)
cli-help-stock-reverse = Post the move that undoes MOVE_ID
cli-help-stock-reverse--move-id = Id of the move (see `stock ledger`)
cli-help-stock-balance = On-hand by item and location
cli-help-stock-balance--sku = Only this item (SKU or barcode) [default: all items]
cli-help-stock-balance--location = Only this location (not the bins under it) [default: all locations]
cli-help-stock-ledger = An item's moves with running on-hand
cli-help-stock-ledger--sku = SKU or barcode of the item
cli-help-stock-ledger--since = Only moves on or after this date (YYYY-MM-DD, UTC)
cli-help-stock-ledger--until = Only moves on or before this date (YYYY-MM-DD, UTC)
cli-help-stock-reorder = Items below their reorder point and what to order
cli-help-bom = Bills of materials: set, show, explode, cost roll-up, where-used
cli-help-bom-set = Create or replace the bill of materials of an item
cli-help-bom-set--sku = The item the bill of materials makes (SKU or barcode)
cli-help-bom-set--output-qty = Units one run makes; lines and operations are per run
cli-help-bom-set--lines = A component per run, scrap in percent (repeatable)
cli-help-bom-set--operations = An operation per run, the rate per hour (repeatable)
cli-help-bom-set--expect-version = Refuse unless the stored bill of materials is still at this version
cli-help-bom-show = The bill of materials as an indented tree
cli-help-bom-show--sku = SKU or barcode of the item
cli-help-bom-explode = The leaf components QTY units need, summed across the tree
cli-help-bom-explode--sku = SKU or barcode of the item
cli-help-bom-explode--qty = How many units of the item
cli-help-bom-cost = The cost of one unit, rolled up level by level
cli-help-bom-cost--sku = SKU or barcode of the item
cli-help-bom-where-used = Every item that uses SKU, directly or through sub-assemblies
cli-help-bom-where-used--sku = SKU or barcode of the component
cli-help-bom-delete = Delete the bill of materials of an item (the items stay)
cli-help-bom-delete--sku = SKU or barcode of the item
cli-help-produce = Make an item from its bill of materials: components out, product in, one transaction
cli-help-produce--sku = SKU or barcode of the item to make
cli-help-produce--quantity = How many units to make
cli-help-produce--location = Where the components are taken from and the product goes [default: the default location, WH1]
cli-help-payroll = Payroll: run a period's payslips, post (lock) it, show, export the payment list
cli-help-payroll-run = Compute the draft payslips of every employee employed in a period (running a draft period again recomputes it)
cli-help-payroll-run--period = The month, YYYY-MM
cli-help-payroll-run--hours = Hours worked by an hourly employee (repeat for each)
cli-help-payroll-post = Lock a period: its payslips become final and it cannot be run again
cli-help-payroll-post--period = The month, YYYY-MM
cli-help-payroll-show = Print a period's payslips with every line
cli-help-payroll-show--period = The month, YYYY-MM
cli-help-payroll-show--employee = Only this employee's payslip
cli-help-payroll-export = Write the payment list of a posted period as CSV: employee, name, IBAN, net
cli-help-payroll-export--period = The month, YYYY-MM
cli-help-payroll-export--out = Write to FILE (readable by its owner only) instead of standard output
cli-help-import = Import records from a CSV file (all or nothing)
cli-help-import--kind = What the file holds
cli-help-import--file = The CSV file, with a header row
cli-help-import--maps = FIELD=COLUMN; the same field may be named twice (phone=phone, phone=fax)
cli-help-import--delimiter = Column separator [default: detected, `,` or `;`]
cli-help-import--encoding = [default: detected; windows-1252 when the bytes are not UTF-8]
cli-help-import--null = A cell value that means empty, e.g. NULL
cli-help-import--dry-run = Check every row and report, but write nothing
cli-help-import--opening-stock = Items: post this column's quantity as opening stock (supplier → --location)
cli-help-import--location = Items: where opening stock goes [default: the default location, WH1]
cli-help-export = Export records as CSV that `import` reads back
cli-help-export--kind = What to export
cli-help-export--out = Write to FILE instead of standard output
cli-help-demo = Fill an empty database with demo data
cli-help-demo--customers = How many customers to create
cli-help-audit = Who changed what: the audit log (admins)
cli-help-audit--record = Only this record, as KIND:ID (customer:42, item:7)
cli-help-audit--user = Only what this user did
cli-help-audit--since = Only entries on or after this date (YYYY-MM-DD)
cli-help-audit--limit = At most this many entries, the latest (an entry shows a row per changed field)
cli-help-check = Verify every index entry against the records (exit 1 when inconsistent)
cli-help-reindex = Rebuild every index from the records
cli-help-backup = Write a backup of the database, consistent as of one moment (also while `kontor serve` runs on it)
cli-help-backup--out = The backup file to write (replaced only once the new backup is complete)
cli-help-restore = Make a new database in --db (new or empty) from a backup
cli-help-restore--file = The backup file to restore
cli-help-settings = Show or change database settings (default_region, currency, company_… for the letterhead); NAME alone explains it
cli-help-settings--name = Setting to change
cli-help-settings--value = New value
cli-help-keys = Print the effective key bindings
cli-help-keys--preset = Base keymap [default: `preset` in the keymap file, else default]
cli-help-keys--keymap = Keymap file merged over the preset [default: keymap.toml in the config directory, e.g. ~/.config/kontor/keymap.toml, when it exists]
cli-help-vat = VAT: the rate table by the date of supply
cli-help-vat-rates = The VAT rates by the date they take effect (percent); a document takes those of its date of supply
cli-help-vat-rates--date = Only the rates in effect on this date of supply, YYYY-MM-DD [default: every period]
cli-help-serve = Serve the database over SSH: one TUI per session, many users at once
cli-help-serve--listen = Address and port to listen on
cli-help-serve--host-key = Host key file [default: ssh_host_ed25519_key in the database directory, made on first start]
cli-help-serve--idle-timeout = End sessions without input for this long (30m, 1h, 90s)
cli-help-serve--resume-within = Keep a session whose connection dropped this long, for its user to resume (0s: keep none)
cli-help-serve--login-grace-time = Close connections not logged in this long after they connect (like OpenSSH's LoginGraceTime)
cli-help-serve--max-login-failures = Failed logins one address may make before its connections are refused
cli-help-serve--login-failure-window = The time in which a refused address gets its attempts back, one at a time
cli-help-user = Accounts of `kontor serve`: add, list, remove, set-role, set-lang, add-key, remove-key
cli-help-user-add = Add an account that logs in over SSH with a public key
cli-help-user-add--name = Name of the account, the SSH login: 1–32 of a-z, 0-9, `.`, `_`, `-`
cli-help-user-add--role = agent, sales, warehouse, payroll, purchasing or admin
cli-help-user-add--key = The public key line, e.g. "ssh-ed25519 AAAA… anna@desk"
cli-help-user-add--key-file = A file with public key lines, e.g. ~/.ssh/id_ed25519.pub
cli-help-user-set-lang = Set the language of an account's sessions: --lang de|en, or --client
cli-help-user-set-lang--name = Name of the account
cli-help-user-set-lang--client = Let the SSH client's LANG choose again (else the server's language)
cli-help-user-list = List accounts, their roles and key fingerprints
cli-help-user-remove = Remove an account
cli-help-user-remove--name = Name of the account
cli-help-user-set-role = Change an account's role
cli-help-user-set-role--name = Name of the account
cli-help-user-set-role--role = agent, sales, warehouse, payroll, purchasing or admin
cli-help-user-add-key = Let an account log in with another key
cli-help-user-add-key--name = Name of the account
cli-help-user-add-key--key = The public key line, e.g. "ssh-ed25519 AAAA… anna@desk"
cli-help-user-add-key--key-file = A file with public key lines, e.g. ~/.ssh/id_ed25519.pub
cli-help-user-remove-key = Remove one of an account's keys by its fingerprint (SHA256:…, see `user list`)
cli-help-user-remove-key--name = Name of the account
cli-help-user-remove-key--fingerprint = Fingerprint of the key, SHA256:…
cli-user-set-lang-either = give the language with --lang de|en, or --client for the SSH client's
cli-word-database = database

## price set|show|list
cli-price-one-scope = say whom the rule is for: one of --customer, --tag or --everyone
cli-price-for-customer = customer { $id }
cli-price-for-tag = tag { $tag }
cli-price-for-everyone = everyone
cli-price-buyer = customer { $id } ({ $name })
cli-price-anyone = anyone
cli-price-headline = { $sku } for { $buyer }, { $qty } { $uom } on { $date }: { $price } per unit
cli-price-applied = set by rule { $rule }
cli-price-list = the list price { $price } stands: no rule applies
cli-price-outcome-applied = applied

## help of price-rule and price
cli-help-price-rule = Price-rules: add, show, list, search, edit, delete
cli-help-price-rule-add = Add a price-rule and print it
cli-help-price-rule-add--item = Id of the item the rule prices
cli-help-price-rule-add--customer = Id of the one customer the rule is for (not with --tag; neither: everyone)
cli-help-price-rule-add--tag = The customer tag the rule is for (not with --customer; neither: everyone)
cli-help-price-rule-add--min-qty = Quantity break: the rule applies from this quantity on [default: 1]
cli-help-price-rule-add--price = Fixed unit price in the currency of the item's list price (not with --discount)
cli-help-price-rule-add--discount = Discount in percent off the list price, e.g. 5 or 5% (not with --price)
cli-help-price-rule-add--valid-from = First day the rule is valid (2026-12-05 or 05.12.2026) [default: always]
cli-help-price-rule-add--valid-until = Last day the rule is valid [default: no end]
cli-help-price-rule-show = Show one price-rule
cli-help-price-rule-show--id = Id of the price-rule
cli-help-price-rule-list = List price-rules in id order
cli-help-price-rule-list--after = Only those with a higher id (the next page)
cli-help-price-rule-list--limit = At most this many rows
cli-help-price-rule-search = Find price-rules by tag (case and accents ignored)
cli-help-price-rule-search--text = What to look for: tag
cli-help-price-rule-search--limit = At most this many rows
cli-help-price-rule-edit = Change a price-rule: each flag given sets its field, an empty value clears it
cli-help-price-rule-edit--id = Id of the price-rule
cli-help-price-rule-edit--item = Id of the item the rule prices
cli-help-price-rule-edit--customer = Id of the one customer the rule is for (not with --tag; neither: everyone)
cli-help-price-rule-edit--tag = The customer tag the rule is for (not with --customer; neither: everyone)
cli-help-price-rule-edit--min-qty = Quantity break: the rule applies from this quantity on [default: 1]
cli-help-price-rule-edit--price = Fixed unit price in the currency of the item's list price (not with --discount)
cli-help-price-rule-edit--discount = Discount in percent off the list price, e.g. 5 or 5% (not with --price)
cli-help-price-rule-edit--valid-from = First day the rule is valid (2026-12-05 or 05.12.2026) [default: always]
cli-help-price-rule-edit--valid-until = Last day the rule is valid [default: no end]
cli-help-price-rule-edit--expect-version = Refuse the edit unless the price-rule is still at this version
cli-help-price-rule-delete = Delete a price-rule; refused while other records refer to it
cli-help-price-rule-delete--id = Id of the price-rule
cli-help-price-rule-delete--force = Delete the records that refer to it too
cli-help-price = Prices: add a rule (set), show an item's price for a customer and why, list the rules
cli-help-price-set = Add a price rule to an item (what `price-rule add` does, by SKU and customer number)
cli-help-price-set--sku = SKU or barcode of the item
cli-help-price-set--customer = Number or id of the one customer the rule is for
cli-help-price-set--tag = The customer tag the rule is for
cli-help-price-set--everyone = The rule is for every customer
cli-help-price-set--min-qty = Quantity break: the rule applies from this quantity on [default: 1]
cli-help-price-set--price = Fixed unit price in the currency of the item's list price
cli-help-price-set--discount = Discount in percent off the list price, e.g. 5 or 5%
cli-help-price-set--from = First day the rule is valid [default: always]
cli-help-price-set--until = Last day the rule is valid [default: no end]
cli-help-price-show = The unit price of an item for a customer, quantity and date, and why: the rule applied and every rule skipped
cli-help-price-show--sku = SKU or barcode of the item
cli-help-price-show--customer = Number or id of the customer [default: no customer, only rules for everyone apply]
cli-help-price-show--qty = How many units
cli-help-price-show--date = The day the price is for (2026-12-05 or 05.12.2026) [default: today]
cli-help-price-list = The price rules of an item, or of every item
cli-help-price-list--sku = SKU or barcode of the item [default: every item]

## Quotes and sales orders
cli-kind-quote = quote
cli-kind-sales-order = sales order
cli-field-date = date
cli-field-state = state
cli-field-unit-price = unit_price
cli-field-vat = vat
cli-field-category = category
cli-field-text = text
cli-field-requested = requested
cli-field-cancelled = cancelled
cli-field-opportunity = opportunity
cli-field-order = order
cli-field-quote = quote
cli-field-reason = reason
cli-sales-net = Net:   { $amount }
cli-sales-vat = VAT:   { $amount }
cli-sales-gross = Gross: { $amount }
cli-help-quote = Quotes (Angebote): add, show, list, send, accept, decline, convert into an order
cli-help-quote-add = Add a draft quote for a customer
cli-help-quote-add--customer = Number or id of the customer
cli-help-quote-add--lines = SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]], repeatable; no price: the customer's price; VAT standard, reduced or zero
cli-help-quote-add--text-lines = A line without an item: TEXT:QTY:PRICE[:DISCOUNT%[:VAT]], repeatable, after the item lines
cli-help-quote-add--valid-until = Last day the quote is valid [default: 30 days from today]
cli-help-quote-add--opportunity = Id of the customer's opportunity the quote belongs to (won when the quote becomes an order)
cli-help-quote-show = Show a quote: its lines, the totals per VAT rate, net, VAT and gross
cli-help-quote-show--quote = Number (AN-2026-00001) or id of the quote
cli-help-quote-list = List the quotes, or those of one customer
cli-help-quote-list--customer = Number or id of the customer [default: every customer]
cli-help-quote-send = Mark a draft quote as sent to the customer
cli-help-quote-send--quote = Number (AN-2026-00001) or id of the quote
cli-help-quote-accept = Record that the customer accepted a sent quote
cli-help-quote-accept--quote = Number (AN-2026-00001) or id of the quote
cli-help-quote-decline = Record that the customer declined a sent quote
cli-help-quote-decline--quote = Number (AN-2026-00001) or id of the quote
cli-help-quote-convert = Make a sales order of an accepted quote; its opportunity moves to won
cli-help-quote-convert--quote = Number (AN-2026-00001) or id of the quote
cli-help-order = Sales orders (Aufträge): add, show, list, cancel
cli-help-order-add = Add an open sales order for a customer
cli-help-order-add--customer = Number or id of the customer
cli-help-order-add--lines = SKU:QTY[:PRICE[:DISCOUNT%[:VAT]]], repeatable; no price: the customer's price; VAT standard, reduced or zero
cli-help-order-add--text-lines = A line without an item: TEXT:QTY:PRICE[:DISCOUNT%[:VAT]], repeatable, after the item lines
cli-help-order-add--reference = The customer's own order reference
cli-help-order-add--reference-date = The date of the customer's order
cli-help-order-add--requested = The day the customer wants every line (the date of supply for VAT) [default: the order's date]
cli-help-order-show = Show an order: its lines, the totals per VAT rate, net, VAT and gross
cli-help-order-show--order = Number (AU-2026-00001) or id of the order
cli-help-order-list = List the orders, or those of one customer
cli-help-order-list--customer = Number or id of the customer [default: every customer]
cli-help-order-cancel = Cancel an open order, every line of it
cli-help-order-cancel--order = Number (AU-2026-00001) or id of the order
cli-help-order-cancel--reason = Why it is cancelled

## availability and reservations
cli-field-reserved = reserved
cli-field-backordered = backordered
cli-field-available = available
cli-order-confirmed = Order confirmation { $number } for { $customer }: { $complete } of { $lines } item lines reserved in full; the rest is backordered
cli-help-order-confirm = Confirm an open order: reserve what stock is available, backorder the rest
cli-help-order-confirm--order = Number (AU-2026-00001) or id of the order
cli-help-stock-available = On hand, reserved by confirmed orders and available of an item, per location and in total
cli-help-stock-available--sku = SKU or barcode of the item
cli-stock-available-total = total
