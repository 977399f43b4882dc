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
