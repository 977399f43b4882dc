# core
# A record saved by someone else in between.
core-changed = { $record } was { $by } (now version { $version })
core-changed-by = changed by { $user } at { $at }
core-changed-by-someone = changed by someone else

# What the store reports.
core-store-in-use = database { $path } is in use by another kontor process; close it first (only one process may open a database)
core-store-open = cannot open database { $path }: { $reason }
core-store-not-found = { $record } does not exist
core-store-stale = { $record } was changed by someone else (now version { $current }, you edited version { $expected }); reload and try again
core-store-corrupt = stored { $kind } record is damaged: { $reason }
core-store-sum-too-large = the amounts add up to more than kontor can sum; nothing was saved — lower the largest amount
core-store-too-new = stored { $kind } record has schema version { $found }, newer than this kontor understands ({ $known }); upgrade kontor
core-store-disk-full = the disk holding the database is full: this change was not saved; free some space and try again
core-store-sled = database error: { $reason }
core-store-postgres = PostgreSQL error: { $reason }
core-store-unreachable = cannot reach the PostgreSQL database { $location }: { $reason }
core-store-commit-unknown = the connection to the PostgreSQL database { $location } was lost while the change was being committed ({ $reason }): whether it was saved is unknown; look before you repeat it
core-store-bad-address = { $location } is not a PostgreSQL address (postgres://user@host/database): { $reason }
core-store-copy-target-not-empty = the target database holds records already; migrate into a new or empty one
core-store-copy-differs = the copy differs from its source in { $tree } at key { $key }

# Rights and records.
core-not-permitted = not permitted for role { $role }
core-nobody = nobody
core-belongs-to = { $record } belongs to { $owner }: not permitted for role { $role }
core-the-opportunity = the opportunity
core-unknown-record = "{ $text }" is not { $a_kind } (list them with: kontor { $kind } list)
core-import-duplicate = "{ $text }" is also the { $field } on line { $line }
core-taken = { $field } "{ $text }" is already used by { $record } ({ $name })
core-import-shared = "{ $text }" is the { $field } of both { $first } and { $second }
core-delete-kept = they are kept, so it stays
core-delete-force = --force deletes them too
core-delete-referred = { $record } ({ $name }) is referred to by { $by }; { $then }
core-no-follow-up = { $record } has no follow-up
core-unknown-setting = unknown setting "{ $name }" (one of: { $choices })

# Stock, BOMs and production.
core-shortage-line = { $sku } needs { $needed }, has { $on_hand }, short { $short }
core-shortages = cannot produce { $producing } at { $location }: { $count ->
        [one] { $count } component
       *[other] { $count } components
    } short ({ $lines }); nothing moved
core-no-bom = { $sku } has no bill of materials (add one with: kontor bom set { $sku } --line SKU:QTY)
core-bom-would-cycle = the BOM of { $sku } would create a cycle { $path }; nothing saved
core-bom-no-version = { $sku } has no bill of materials yet, so none at version { $version }
core-produce-virtual = { $location } is virtual; produce at an internal location
core-bom-cycle = the bills of materials form a cycle { $path }; change one of them with kontor bom set
core-bom-currency = { $what } of { $sku } is in { $found }, but the roll-up is in { $expected }; give costs and rates in { $expected }
core-bom-unknown-item = { $record } is used in a bill of materials but does not exist
core-count-negative = a counted quantity cannot be negative
core-count-virtual = { $location } is virtual and holds no stock to count
core-move-reversed = { $record } was already reversed by { $by }
core-move-short = only { $on_hand } { $uom } of { $sku } at { $location }; { $needed } needed (short { $short }); nothing posted (use --allow-negative to post anyway)
core-no-item = no item with SKU or barcode "{ $code }"
core-unknown-location = unknown location "{ $code }" (add it with: kontor location add { $code })
core-opening-negative = opening stock { $quantity } is negative
core-opening-new-items = opening stock goes with new items: leave out the id column

# Payroll, employees, locations, search, demo data.
core-payroll-already-posted = { $period } is already posted
core-payroll-hours-twice = hours of employee { $number } are given twice
core-payroll-no-employee = no employee has number { $number }
core-payroll-nobody-employed = nobody is employed in { $period }; add employees first (kontor employee add)
core-payroll-not-permitted = payroll data is only for the payroll and admin roles; { $user } has the { $role } role
core-payroll-posted = { $period } is posted; its payslips are final and it cannot be run again
core-payroll-no-payslips = { $period } has no payslips; run it first: kontor payroll run --period { $period }
core-payroll-unknown-employee = no employee has number { $number }; see kontor employee list
core-payroll-no-payslip = employee { $number } has no payslip for { $period }
core-payroll-draft = { $period } is a draft; post it first (kontor payroll post --period { $period }), then export its payment list
core-employee-unknown = no employee has number { $number }: "{ $number }" is not an employee (list them with: kontor employee list)
core-location-virtual-name = "{ $code }" is virtual: it has no name to change
core-location-unknown = "{ $code }" is not a location (list them with: kontor location list)
core-location-stays = location { $code } stays: moves and balances are kept under its code
core-search-digits = type at least { $digits } digits of the number
core-search-too-long = the text is { $length } characters long; search for at most { $most }
core-demo-not-empty = database { $path } is not empty; demo data goes only into an empty database

# Imports and backups.
core-store-ids-taken = { $kind } { $low } to { $high } cannot keep their ids: this database has given out { $kind } ids up to { $last } — import into an empty database, or leave the id column out to number them anew
core-store-import-more = import wrote more { $kind } than it announced
core-store-some-ids = { $with_id } of { $count } { $kind } have an id and the others none: give every one its id, or none
core-store-id-twice = { $kind } id { $id } appears twice
core-store-taken = { $field } "{ $text }" is already used by { $record }
core-store-unreadable = could not be read: { $reason }
core-store-backup-unknown-tree = holds records of "{ $tree }", which this kontor does not know; restore it with the release that wrote it
core-store-restore-not-empty = { $path } is not empty; restore into a new or empty directory
core-store-restore-database-not-empty = { $database } holds records already; restore into a new database or one without records
core-store-backup-failed = writing the backup failed: { $reason }
core-store-backup-too-short = is not a kontor backup (too short)
core-store-backup-not = is not a kontor backup
core-store-backup-newer = was written by a newer kontor (backup format { $format }; this kontor reads up to { $known }); restore it with that release
core-store-backup-truncated = is cut short (the backup did not finish, or the file was truncated)
core-store-backup-damaged = is damaged: its checksum does not match its contents
core-store-backup-running = a backup of this database is already running; wait for it to finish

# Opening and checking the database.
core-store-step-undo-import = removing an import that did not finish
core-store-step-upgrade = upgrading the { $kind } to this release's format (runs once)
core-store-step-reindex = filling the { $kind } indexes new in this release (runs once)
core-store-step-finish-reindex = finishing a reindex that was cut short
core-store-check-missing = missing entry
core-store-check-extra = extra entry
core-store-check-stale = stale entry
core-store-check-unreadable = unreadable record
core-store-check-overreserved = over-reserved
core-store-check-for = for { $record }
core-store-check-points-to = points to { $record }
core-store-check-figures-differ = figures differ from { $record }
core-store-check-sums = the sums per key over the kind { $kind }
core-store-balance-differs = holds { $stored }, the moves sum to { $wanted }
core-store-balance-missing = missing, the moves sum to { $wanted }
core-store-balance = { $record } at { $location }: { $detail }
core-store-reserved-over = { $record } at { $location }: { $reserved } reserved by confirmed orders, { $on_hand } on hand (reindex does not mend this: receive or count the stock, or cancel or re-allocate reservations)
core-store-reserved-everywhere = all locations

# What the search of each kind finds by.
core-search-by-location = code or name
core-search-by-customer = name, e-mail, phone or number
core-search-by-opportunity = title
core-search-by-item = SKU, barcode or name
core-search-by-supplier = name, phone or number
core-search-by-employee = number or name
core-search-by-interaction = subject

# Figures beyond what kontor can sum.
core-pipeline-too-large = the pipeline's amounts add up to more than kontor can sum; lower the largest with `kontor opportunity edit ID --amount A`
# Accounts
core-user-exists = user "{ $name }" already exists
core-user-key-twice = key { $fingerprint } is given twice
core-user-has-key = user "{ $name }" already has key { $fingerprint }
core-user-no-such-key = user "{ $name }" has no key { $fingerprint }
core-user-unknown = no user named "{ $name }"
core-user-key-taken = key { $fingerprint } already belongs to user "{ $owner }"
# A record of a kind, with its article ("a supplier", "an item")
core-a-kind = { $kind ->
    [employee] an { $noun }
    [interaction] an { $noun }
    [item] an { $noun }
    [opportunity] an { $noun }
   *[other] a { $noun }
}
# The test pin of the clock
core-clock-bad-pin = { $variable }={ $text } is not an instant; write it as 2026-12-05T09:30:00Z

# Roles as people read them (English: the machine name).
core-role-agent = agent
core-role-sales = sales
core-role-sales-manager = sales-manager
core-role-warehouse = warehouse
core-role-payroll = payroll
core-role-purchasing = purchasing
core-role-accounting = accounting
core-role-marketing = marketing
core-role-admin = admin
# A file or directory others may read (what: "database", "host key")
core-store-exposed = warning: { $what } { $path } is readable by others (mode { $mode }); fix: chmod { $recursive }go-rwx { $path }

## Prices
core-search-by-price-rule = tag
core-price-no-item = no item with SKU or barcode "{ $code }"
core-price-no-customer = no customer with number or id "{ $text }"

## Quotes and sales orders
core-sales-no-lines = a quote or an order needs at least one line (--line SKU:QTY)
core-sales-valid-past = the last valid day must not be before today
core-sales-currency = { $sku } is priced in { $item }, but documents are in { $currency }
core-sales-opportunity-customer = opportunity { $opportunity } is not one of { $customer }'s
core-sales-no-quote = no quote with number or id "{ $text }"
core-sales-no-order = no order with number or id "{ $text }"
core-order-not-confirmed = order { $number } has not been confirmed yet: confirm it with `kontor order confirm { $number }`
core-order-no-confirmation = order { $number } has no confirmation { $sequence }; it has { $count ->
    [one] { $count } confirmation
   *[other] { $count } confirmations
}
core-reservations-busy = stock and reservations kept changing while this was written; nothing written, try again
core-move-reserved = only { $available } { $uom } of { $sku } available ({ $on_hand } on hand, { $reserved } reserved for { $orders }); { $needed } needed; nothing posted (use --allow-negative to post anyway)
core-move-reserved-at = only { $available } { $uom } of { $sku } available at { $location } ({ $on_hand } on hand, { $reserved } reserved there for { $orders }); { $needed } needed; nothing posted (use --allow-negative to post anyway, or re-allocate the reservation first)

## company settings (the letterhead)
core-setting-company-name = Company name as on the letterhead, e.g. Müller Maschinenbau
core-setting-company-street = Street and number of the company's address
core-setting-company-postal-code = Postal code of the company's address
core-setting-company-city = City of the company's address
core-setting-company-country = Country of the company's address, ISO code or name (DE, Germany)
core-setting-company-legal-form = Legal form, e.g. GmbH
core-setting-company-seat = Seat of the company (registered office), e.g. Berlin
core-setting-company-register-court = Register court, e.g. Amtsgericht Berlin-Charlottenburg
core-setting-company-register-number = Commercial register number, e.g. HRB 123456 B
core-setting-company-managing-directors = Managing directors, as one line
core-setting-company-vat-id = The company's VAT ID, e.g. DE123456789 (checked for shape)
core-setting-company-tax-number = Tax number of the tax office (Steuernummer)
core-setting-company-bank-name = Name of the bank
core-setting-company-iban = IBAN of the bank account (check digits verified)
core-setting-company-bic = BIC of the bank, 8 or 11 characters
core-setting-company-phone = Phone number on the letterhead
core-setting-company-email = E-mail address on the letterhead
core-setting-one-line = { $name } is one line of text
core-setting-bic-invalid = "{ $text }" is not a BIC: 8 or 11 letters and digits, e.g. COBADEFFXXX
core-release-not-permitted = only a sales manager or an admin releases held orders; your role is { $role }
core-hold-setting-range = { $name } must not be negative (a margin at most 100)
core-delivery-rest-cancelled = not delivered with { $number }: the order takes no backorders
core-order-backorders-cancelled = not in stock at confirmation: the order takes no backorders
core-no-delivery = no delivery note with number or id "{ $text }"

## Order history import and sales reports
core-history-number-twice = this order number is on line { $first } already
core-history-imported = order { $number } of this customer is imported already
core-history-no-order = no order { $number } in the orders file
core-history-no-lines = order { $number } has no lines in the lines file
core-history-no-customer = no customer with number "{ $number }"
core-history-no-item = no item with SKU "{ $sku }"
core-history-discount = "{ $text }" is not a discount: 0–100 %, e.g. 5% or 0.05 (below 1 a fraction)
core-history-numbers-moved = orders of { $year } were numbered meanwhile; nothing was imported, please import again
core-rfm-champions = champions
core-rfm-loyal = loyal
core-rfm-new = new
core-rfm-needs-attention = needs attention
core-rfm-at-risk = at risk
core-rfm-hibernating = hibernating
core-reallocate-same = a reservation moves between two different orders
core-entry-no-line = the order has no line { $line }
core-link-secret-random = The link secret could not be made: no randomness from the system ({ $error }).
