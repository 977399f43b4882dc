# production: production orders (FA-…) and the item's planning parameters

production-state-open = open
production-state-partly-done = partly done
production-state-done = done
production-state-cancelled = cancelled
production-start-after-due = the start { $start } is after the due date { $due }
production-more-than-open = { $number } has only { $open } open, not { $quantity }
production-reason-missing = give a reason for cancelling
production-not-open = { $number } is { $state }: nothing is open on it
production-unknown = there is no production order { $number }
production-safety-stock-twice = the safety stock at { $location } is given twice
production-safety-stock-form = “{ $text }” is no safety stock: write LOCATION=QUANTITY
production-added = production order { $number }: { $quantity } × { $sku }, due { $due }
production-completed = { $number }: made { $quantity } × { $sku } ({ $components ->
        [one] 1 component
       *[other] { $components } components
    } consumed), { $open } still open
production-cancelled = { $number }: the open { $quantity } cancelled

domain-field-item-lot-rule = Lot rule
domain-field-item-lot-min = Lot min
domain-field-item-lot-multiple = Lot multiple
domain-field-item-lot-max = Lot max
domain-field-item-safety-stock = Safety stock
domain-field-item-production-days = Production days
domain-help-item-lot-rule = How planning sizes an order: lot-for-lot, fixed:QUANTITY or period:DAYS [default: lot-for-lot]
domain-help-item-lot-min = The smallest planned order quantity
domain-help-item-lot-multiple = Planned order quantities are rounded up to a multiple of this
domain-help-item-lot-max = The largest planned order quantity (more makes several orders)
domain-help-item-safety-stock = Safety stock at a location, LOCATION=QUANTITY (repeatable; on edit replaces all, empty clears)
domain-help-item-production-days = Working days a production order of the item takes, a whole number [default: 0]

cli-field-done = done
cli-field-start = start
cli-field-completions = completions
cli-field-cancelled-quantity = cancelled_quantity
cli-field-lot-rule = lot_rule
cli-field-lot-min = lot_min
cli-field-lot-multiple = lot_multiple
cli-field-lot-max = lot_max
cli-field-safety-stock = safety_stock
cli-field-production-days = production_days

cli-help-production = Production orders (Fertigungsaufträge): add, list, show, complete (all or part), cancel the rest
cli-help-production-add = Add a production order for an item with a bill of materials
cli-help-production-add--sku = SKU or barcode of the item to make
cli-help-production-add--quantity = How many units to make
cli-help-production-add--due = The day it is due (2026-12-05 or 05.12.2026)
cli-help-production-add--start = The day making starts [default: the item's production days before the due date]
cli-help-production-add--location = Where the components come from and the product goes [default: the default location]
cli-help-production-list = Every production order, oldest first
cli-help-production-list--open = Only the orders with something still to make
cli-help-production-show = A production order with its completions
cli-help-production-show--number = The order's number (FA-2026-00001)
cli-help-production-complete = Make all that is open of an order, or part of it: components out, product in
cli-help-production-complete--number = The order's number (FA-2026-00001)
cli-help-production-complete--quantity = How many to make now [default: all that is open]
cli-help-production-cancel = Cancel what is still open of an order, with a reason
cli-help-production-cancel--number = The order's number (FA-2026-00001)
cli-help-production-cancel--reason = Why the rest is not made

cli-help-item-add--lot-rule = How planning sizes an order: lot-for-lot, fixed:QUANTITY or period:DAYS [default: lot-for-lot]
cli-help-item-add--lot-min = The smallest planned order quantity
cli-help-item-add--lot-multiple = Planned order quantities are rounded up to a multiple of this
cli-help-item-add--lot-max = The largest planned order quantity (more makes several orders)
cli-help-item-add--safety-stock = Safety stock at a location, LOCATION=QUANTITY (repeatable; on edit replaces all, empty clears)
cli-help-item-add--production-days = Working days a production order of the item takes, a whole number [default: 0]
cli-help-item-edit--lot-rule = How planning sizes an order: lot-for-lot, fixed:QUANTITY or period:DAYS [default: lot-for-lot]
cli-help-item-edit--lot-min = The smallest planned order quantity
cli-help-item-edit--lot-multiple = Planned order quantities are rounded up to a multiple of this
cli-help-item-edit--lot-max = The largest planned order quantity (more makes several orders)
cli-help-item-edit--safety-stock = Safety stock at a location, LOCATION=QUANTITY (repeatable; on edit replaces all, empty clears)
cli-help-item-edit--production-days = Working days a production order of the item takes, a whole number [default: 0]

cli-kind-production-order = production order

# The production orders in the TUI (g F).
legend-go-production-orders = Production orders
action-go-production-orders = Go to the production orders
legend-cancel-rest = Cancel rest
action-cancel-rest = Cancel a production order's open rest
production-tui-title = Production orders
production-tui-hint = { $count } production orders — Enter opens one
production-tui-none = no production order selected
production-tui-col-number = Number
production-tui-col-quantity = Quantity
production-tui-col-done = Done
production-tui-col-open = Open
production-tui-col-due = Due
production-tui-col-state = State
production-tui-detail-title = Production order { $number }
production-tui-figures = { $quantity } ordered, { $done } done, { $open } open
production-tui-location = Location
production-tui-dates = Start / due
production-tui-start-due = { $start } / { $due }
production-tui-completed = made { $quantity } at { $at } ({ $agent })
production-tui-cancelled = { $quantity } cancelled: { $reason }
production-tui-needs = Components the open rest needs
production-tui-not-open = { $number } is { $state }: nothing is open on it
production-tui-complete-title = Complete { $number }
production-tui-completed-now = made { $quantity } on { $number }
production-tui-short = cannot make { $producing } at { $location }: { $count } component(s) short; nothing moved
production-tui-cancel-title = Cancel the rest of { $number }
production-tui-reason = Reason
production-tui-cancelled-now = the rest of { $number } is cancelled
