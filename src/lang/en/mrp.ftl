# The MRP run: its refusals, demands and supply as people read them, action messages.

## Refusals
mrp-error-unknown-item = The planning data names item { $item }, which does not exist.
mrp-error-duplicate-item = Item { $item } appears twice in the planning data (or has two BOMs).
mrp-error-quantity = { $sku }: the quantity { $quantity } cannot be planned (negative or too large).
mrp-error-planning = { $sku }: the planning parameters are invalid: { $problem }
mrp-error-cycle = The BOMs form a cycle: { $items }
mrp-error-calendar = The calendar has no working day before { $date }.
mrp-error-overflow = { $sku }: the quantities are too large to plan (check the lot rule and the BOM).

## Demands and supply
mrp-demand-safety-stock = Safety stock at { $location }
mrp-demand-sales-line = Sales order { $order }, line { $line }
mrp-demand-production-order = Production order { $order }
mrp-demand-planned = Planned order { $key }
mrp-supply-on-hand = On hand
mrp-supply-purchase-line = Purchase order { $order }, line { $line }
mrp-supply-production-order = Production order { $order }
mrp-supply-planned = Planned order { $key }

## Action messages
mrp-action-expedite = Expedite from { $from } to { $to }
mrp-action-defer = Defer from { $from } to { $to }
mrp-action-cancel = Cancel ({ $quantity } not needed)
mrp-action-increase = Increase from { $from } to { $to }
mrp-action-decrease = Decrease from { $from } to { $to }
mrp-action-release = Release now (release date { $release })
mrp-action-past-due = Past due since { $due } ({ $quantity } open)

## The run on the store
mrp-no-plan = There is no accepted plan yet: run `kontor mrp run` first.
mrp-unknown-key = The accepted plan has no planned order { $key }.
mrp-demand-empty = Name a demand: a sales order line (AU-2026-00001/1), a production order or a planned order's key.
mrp-demand-line = { $text }: the line after the slash must be a number.
mrp-convert-nothing = No planned order matches: nothing was converted.
mrp-convert-no-supplier = { $key }: item { $sku } has no preferred supplier, so the planned purchase order cannot be converted. Give the item a preferred supplier item and run MRP again.
mrp-convert-note = Converted from the MRP plan.
mrp-ran = Plan stored: { $orders } planned orders ({ $buy } to buy, { $make } to make, { $firm } firm), { $actions } action messages; { $new } new, { $changed } changed, { $gone } gone since the last run.
mrp-dry-run-same = The plan would be the same as the accepted one.
mrp-demand-unknown = The accepted plan has no demand { $demand }.
mrp-peg-what = Name a planned order's key, or a demand with --demand.
mrp-surplus = Surplus
mrp-firmed = Planned order { $key } is firm: later runs keep it as it is.
mrp-unfirmed = Planned order { $key } is no longer firm: the next run plans it anew.
mrp-ignored = Planned order { $key } is ignored: convert --all passes it by while runs bring it back with the same item, due date and quantity.
mrp-unignored = Planned order { $key } is no longer ignored.
mrp-convert-what = Name the planned orders' keys, or --all.
mrp-converted = { $orders } planned orders converted: purchase orders { $purchase }; production orders { $production }.

## kontor mrp --help
cli-help-mrp = MRP (Disposition): run and store the plan, show, peg, firm, actions, convert into orders
cli-help-mrp-run = Plan anew and store the plan (firm planned orders are kept); print a summary
cli-help-mrp-run--dry-run = Store nothing: list what would be new, changed or gone against the accepted plan
cli-help-mrp-run--horizon = Plan the demands up to this many days ahead
cli-help-mrp-show = The planned orders of the accepted plan
cli-help-mrp-show--item = Only the orders of this item (SKU)
cli-help-mrp-peg = The demands a planned order covers, or (--demand) what covers a demand
cli-help-mrp-peg--key = The planned order's key (PL-…)
cli-help-mrp-peg--demand = A sales order line (AU-2026-00001/1), production order (FA-…) or planned order's key
cli-help-mrp-firm = Firm a planned order: later runs keep it as it is
cli-help-mrp-firm--key = The planned order's key (PL-…)
cli-help-mrp-unfirm = Unfirm a planned order: the next run plans it anew
cli-help-mrp-unfirm--key = The planned order's key (PL-…)
cli-help-mrp-ignore = Ignore a planned order: convert --all passes it by while runs bring it back unchanged
cli-help-mrp-ignore--key = The planned order's key (PL-…)
cli-help-mrp-unignore = Stop ignoring a planned order
cli-help-mrp-unignore--key = The planned order's key (PL-…)
cli-help-mrp-actions = The action messages for existing purchase and production orders
cli-help-mrp-convert = Turn planned orders into purchase orders (one draft per supplier) and production orders
cli-help-mrp-convert--keys = The planned orders' keys
cli-help-mrp-convert--all = Every planned order (of --buy or --make only, when given)
cli-help-mrp-convert--buy = Only planned purchase orders
cli-help-mrp-convert--make = Only planned production orders

## Words of the planned order tables
mrp-kind-buy = buy
mrp-kind-make = make
cli-field-release = release
cli-field-ignored = ignored
cli-field-firm = firm
cli-field-message = message
cli-field-was = was
cli-field-required = required
