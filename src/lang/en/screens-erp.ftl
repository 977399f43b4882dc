# screens-erp: items and stock, locations, BOMs, where-used, production, payroll, scan
# mode and the generic list, detail and form of every registry kind.

## Column headings shared by the ERP screens (padded and aligned in code).
erp-col-sku = SKU
erp-col-sku-short = SKU
erp-col-name = Name
erp-col-on-hand = On hand
erp-col-unit = Unit
erp-col-min = Min
erp-col-max = Max
erp-col-quantity = Quantity
erp-col-qty = Qty
erp-col-cost = Cost
erp-col-item = Item

## Items & stock
erp-items-title = Items & stock
erp-items-table = Items
erp-items-none-selected = no item selected
erp-items-hint = { $count } items — / to search SKU, barcode or name · ! below reorder point
erp-items-col-price = Price
erp-items-col-barcodes = Barcodes
erp-items-col-lead = Lead
erp-items-col-active = Active
erp-reorder-title = Reorder list
erp-reorder-table = Below reorder point
erp-reorder-nothing = nothing to reorder
erp-reorder-hint = { $count } items below their reorder point — order fills up to the maximum
erp-reorder-col-multiple = Mult
erp-reorder-col-order = Order

## An item's detail
erp-item-title = Item { $sku } { $name }
erp-item-title-id = Item { $id }
erp-item-panel = Item
erp-item-panel-version = Item { $id } · v{ $version }
erp-item-gone = item { $id } does not exist any more
erp-item-sku = SKU
erp-item-name = Name
erp-item-barcodes = Barcodes
erp-item-unit = Unit
erp-item-cost = Cost
erp-item-cost-value = { $cost } / price { $price }
erp-item-reorder = Reorder
erp-item-reorder-value = min { $min } max { $max } multiple { $multiple }
erp-item-lead = Lead
erp-item-lead-value = { $days } days · { $state }
erp-item-active = active
erp-item-inactive = inactive
erp-item-balances = On hand by location
erp-item-no-stock = no stock
erp-item-total = total
erp-item-to-order = to order
erp-item-ledger-refused = Ledger: { $why }
erp-item-ledger = Ledger ({ $count } { $count ->
        [one] move
       *[other] moves
    })
erp-item-col-when = When
erp-item-col-from = From
erp-item-col-to = To
erp-item-col-running = Running
erp-item-col-reference = Reference
erp-item-col-agent = Agent

## Where-used
erp-where-used-title = Where { $sku } is used
erp-where-used-table = Where { $sku } { $name } is used
erp-where-used-none = { $sku } is not used in any BOM
erp-where-used-col-parent = Used in (parent)
erp-where-used-col-uses = Uses

## Locations
erp-locations-title = Locations
erp-locations-error = Locations: { $error }
erp-locations-hint = { $count } locations — / to search by code or name
erp-locations-mixed = mixed units
erp-locations-internal = internal
erp-locations-virtual = virtual
erp-locations-no-name = { $code } is virtual: it has no name to change
erp-locations-no-stock = { $code } is virtual: it holds no stock (see an item's ledger)
erp-locations-none-selected = no location selected
erp-locations-col-code = Code
erp-locations-col-kind = Kind
erp-locations-col-items = Items
erp-stock-at = Stock at { $code }
erp-stock-not-a-location = { $code } is not a location
erp-stock-nothing-at = nothing at { $code }

## Bills of materials
erp-boms-title = Bills of materials
erp-boms-title-producing = Production: choose what to make (Enter)
erp-boms-table = BOMs
erp-boms-hint = { $count } BOMs — / to search by SKU or name
erp-boms-operation = op: { $name }
erp-boms-not-loaded = item { $id } is not loaded
erp-boms-not-an-item = { $name } is an operation, not an item: select an item row
erp-boms-none-selected = no BOM selected
erp-boms-rollup = Cost roll-up
erp-boms-rollup-per-unit = Cost roll-up per unit ({ $currency })
erp-boms-col-part = Item / operation
erp-boms-col-per-unit = Per unit
erp-bom-form-title = Bill of materials
erp-bom-saved = BOM of { $code } saved

## Production
erp-production-title = Produce { $sku }
erp-production-quantity = Quantity
erp-production-location = Location
erp-production-produced = produced { $quantity } { $sku }
erp-production-no-list = Quantity has no list to pick from
erp-production-type-quantity = type a quantity greater than zero
erp-production-short = cannot produce { $producing } at { $location }: { $count } component(s) short, see the table; nothing moved
erp-production-table = Components needed
erp-production-col-needed = Needed
erp-production-col-short = Short
erp-production-ready = all components on hand — { $key } posts
erp-production-shortages = { $count } component(s) short — nothing would be posted

## Payroll
erp-payroll-title = Payroll { $period }
erp-payroll-run-title = Run payroll { $period }
erp-payroll-computed = payroll { $period } computed (draft)
erp-payroll-post-question = Post { $period }? Its payslips become final. (y/n)
erp-payroll-posted = payroll { $period } posted
erp-payroll-no-payslips = no payslips yet — { $key } runs the period
erp-payroll-status = { $status } · { $count } payslips
erp-payroll-state-posted = posted
erp-payroll-state-draft = draft
erp-payroll-asking = Period:
erp-payroll-asking-hint = (YYYY-MM; Enter shows it, Esc keeps { $period })
erp-payroll-period = Period { $period } ({ $status }) — { $key } changes the period
erp-payroll-payslips = Payslips
erp-payroll-col-number = No.
erp-payroll-col-net = Net
erp-payroll-gross = gross
erp-payroll-deductions = deductions
erp-payroll-net = net
erp-payroll-payslip = Payslip

## Scan mode (short: 80×24 mono terminals)
erp-scan-title = Scan · { $mode }
erp-scan-box = Scan: { $explain }
erp-scan-mode = scan mode: { $mode }
erp-scan-receive = receive
erp-scan-issue = issue
erp-scan-move = move
erp-scan-count = count
erp-scan-explain-receive = supplier -> location
erp-scan-explain-issue = location -> customer
erp-scan-explain-move = from -> to
erp-scan-explain-count = difference against loss
erp-scan-location = Location
erp-scan-from = From
erp-scan-to = To
erp-scan-item = Item
erp-scan-quantity = Quantity
erp-scan-counted = Counted
erp-scan-pending-on-hand = ({ $quantity } { $unit } on hand)
erp-scan-type-location = scan or type a location
erp-scan-virtual = { $code } is a virtual location: scan a warehouse or bin
erp-scan-same-location = already moving from { $code }: scan another location
erp-scan-unknown-location = unknown location "{ $code }"
erp-scan-type-item = scan or type a barcode or SKU
erp-scan-unknown-code = unknown code "{ $code }": nothing posted
erp-scan-dropped = { $quantity } x { $sku } dropped, not posted
erp-scan-item-first = scan an item first
erp-scan-key-posts = { $key } posts { $quantity } x { $sku }
erp-scan-is-an-item = "{ $text }" is item { $sku }, not a quantity: post or drop the pending line first
erp-scan-not-a-quantity = "{ $text }" is not a quantity
erp-scan-no-list = type the quantity or scan again
erp-scan-posted-line = { $mode } { $quantity } x { $sku }
erp-scan-counted-line = count { $sku }: { $effect }
erp-scan-posted = posted: { $lines }
erp-scan-count-matches = count of { $sku } at { $location } matches: { $quantity }, nothing posted
erp-scan-matched = matched
erp-scan-effect = on hand { $on_hand } -> counted { $counted }: { $effect }
erp-scan-effect-matches = matches
erp-scan-effect-written-off = { $quantity } written off
erp-scan-effect-found = { $quantity } found
erp-scan-last = Last postings
erp-scan-col-mode = Mode
erp-scan-col-route = From -> to

## The generic screens of every registry kind
erp-kind-customers = customers
erp-kind-suppliers = suppliers
erp-kind-locations = locations
erp-kind-employees = employees
erp-kind-items = items
erp-kind-opportunities = opportunities
erp-kind-interactions = interactions
erp-kind-price-rules = price rules
erp-kind-none-selected = no { $kind } selected
erp-kind-hint = { $count }{ $more } { $plural } shown — / to search by { $by }
erp-kind-gone = { $kind } { $id } does not exist any more
erp-kind-named = { $kind } { $id } ({ $name })
erp-kind-id = { $kind } { $id }
erp-kind-delete-question = delete { $record }? (y/n)
erp-kind-deleted = { $record } deleted
erp-kind-new = New { $kind }
erp-kind-edit = Edit { $kind } { $label }
erp-kind-saved = { $kind } saved
erp-kind-record-saved = { $kind } { $label } saved
erp-kind-true = true
erp-kind-false = false

## Form labels of the BOM and payroll forms
erp-bom-field-parent = Parent item
erp-bom-field-output = Output quantity
erp-bom-field-lines = Lines
erp-bom-field-operations = Operations
erp-payroll-field-hours = Hours (NO=H, …)
erp-item-vat = VAT

## Quotes and sales orders (read-only)
erp-quotes-title = Quotes
erp-orders-title = Sales orders
erp-sales-none-selected = nothing selected
erp-sales-hint = { $count } { $count ->
    [one] document
   *[other] documents
    }  ·  Enter opens one
erp-sales-col-number = Number
erp-sales-col-customer = Customer
erp-sales-col-valid = Valid to
erp-sales-col-date = Date
erp-sales-col-state = State
erp-sales-col-net = Net
erp-quote-title = Quote { $number }
erp-order-title = Sales order { $number }
erp-confirmation-title = Order confirmation { $number }
erp-confirmation-draft-title = Order confirmation { $number } (draft, not confirmed yet)
erp-quote-heading = { $customer } · { $date } · valid to { $valid } · { $state }
erp-order-heading = { $customer } · { $date } · { $state }
erp-sales-group = { $category } { $rate } %
erp-sales-group-value = { $net } net, { $vat } VAT
erp-sales-net = Net
erp-sales-vat = VAT
erp-sales-gross = Gross
erp-sales-percent = { $value } %
erp-sales-col-item = Item
erp-sales-col-price = Price
erp-sales-col-discount = Disc.
erp-sales-col-vat = VAT
erp-sales-lines = Lines ({ $count })
erp-sales-totals = Totals

## Holds
erp-holds-title = Held orders
erp-holds-hint = { $count } held { $count ->
    [one] order
   *[other] orders
}, oldest hold first  ·  Enter opens one
erp-holds-none-selected = no held order selected
erp-holds-col-reasons = Reasons
erp-holds-reasons = Why { $number } is held
erp-release-title = Release { $number }
erp-release-reason = Reason
erp-released = { $number } released
erp-order-held = On hold since { $since }:
erp-order-released = Released { $at } by { $by }: { $reason }
## Delivery notes and pick lists (read-only)
erp-deliveries-title = Delivery notes
erp-deliveries-col-order = Order
erp-delivery-title = Delivery note { $number }
erp-delivery-heading = { $order } · { $customer } · { $state } · { $by } · { $at }
erp-delivery-col-location = Location
erp-delivery-col-bin = Bin
erp-delivery-col-line = Line
erp-delivery-picks = Pick list ({ $count })
erp-deliver-mode = deliver
erp-deliver-box = Deliver: order or pick list, then the items; Enter on an empty item posts
erp-deliver-document = Order
erp-deliver-item = Item
erp-deliver-col-scanned = Scanned
erp-deliver-scanned = { $sku }: { $scanned } of { $wanted }
erp-deliver-all-scanned = { $sku }: everything of it is scanned already
erp-deliver-wrong-item = { $sku } is not to be delivered with { $order }
erp-deliver-nothing-scanned = nothing scanned yet
erp-deliver-incomplete = pick list { $number } is posted whole: scan everything on it first
erp-deliver-posted = delivered: { $number } for { $order }

## Order entry
erp-entry-title = New sales order
erp-entry-customer = Customer
erp-entry-reference = Reference
erp-entry-requested = Requested
erp-entry-col-available = Available
erp-entry-hint = SKU or barcode, Enter, quantity, Enter: the next line
erp-entry-no-customer = no customer "{ $text }": type a number, or F4 picks one by name
erp-entry-customer-first = choose the customer first
erp-entry-quantity = the quantity must be above zero
erp-entry-no-lines = type at least one line
erp-entry-none-selected = no line selected (Up selects one)
erp-entry-no-picker = nothing to pick here
erp-entry-no-totals = the totals show once the customer is chosen
erp-entry-sum = Net { $net }  ·  VAT { $vat }  ·  Gross { $gross } { $currency }
erp-entry-saved = order { $number } saved
erp-entry-confirmed = order { $number } saved and confirmed
erp-entry-saved-held = order { $number } saved and on hold: { $reasons }
erp-entry-edit-line = Edit line
erp-entry-delete-line = Delete line
erp-why-title = Why this price: { $order } line { $line }
erp-why-line = { $item }: { $qty } on { $date } at { $price }
erp-why-free-text = a free-text line: its price was typed, no rule prices it
erp-why-applied = set by price rule { $rule }
erp-why-list = the list price { $price } stands: no rule applies
erp-why-differs = stored on the order: { $stored }; the rules give { $now } today (typed, or rules changed since)
erp-why-rule = rule { $rule } for { $scope }: { $outcome }
erp-why-outcome-applied = applied
erp-why-no-rules = the item has no price rules
erp-why-for-customer = customer { $id }
erp-why-for-tag = tag { $tag }
erp-why-for-everyone = everyone
erp-group-title = Lines in { $category } { $rate } %
erp-trends-title = Purchase trends and analyses
erp-trends-hint = { $month }: { $revenue } — a year before ({ $before }): { $previous } — v switches the table
erp-trends-chart = Revenue by month ({ $this } last 12 months, { $before } a year before)
erp-trends-top-customers = Top customers
erp-trends-top-products = Top products
erp-trends-segments = Segments
erp-trends-col-name = Name
erp-trends-col-months = 12 months
erp-trends-col-revenue = Revenue
erp-trends-col-abc = ABC
erp-trends-col-segment = Segment
erp-trends-col-customers = Customers
erp-trends-abc = ABC class { $class }
erp-trends-orders-of-month = Orders { $from } – { $until }
erp-trends-orders-of = Orders: { $what }
