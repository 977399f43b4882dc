## Supplier items: a supplier's prices (with quantity breaks), validity, lead time, minimum and multiple for one item (src/domain/supplier_item.rs, src/domain/fields/supplier_item.rs, src/core/supplier_items.rs, src/cli/supplier_item.rs)

supplier-item-kind = supplier-item
supplier-item-kind-plural = supplier items
supplier-item-count = { $count ->
        [one] { $count } supplier item
       *[other] { $count } supplier items
    }
supplier-item-search-by = supplier's item no.
supplier-item-no-price = give at least one price (--price 4.50 or --price 100:4.20)
supplier-item-negative-price = a price cannot be negative ({ $price })
supplier-item-break-twice = two prices from the same quantity { $from }: give each quantity once
supplier-item-until-before-from = the last valid day is before the first
supplier-item-not-positive = must be more than 0, not { $value }
supplier-item-no-item = no item with SKU, barcode or id “{ $text }”
supplier-item-no-supplier = no supplier with number or id “{ $text }”
supplier-item-import-items-only = --supplier-column applies to `import items` only
supplier-item-import-no-column = --supplier-column { $name }: no such column (columns: { $columns })
supplier-item-import-linked = { $count ->
        [one] linked 1 item to its supplier as the preferred supplier item
       *[other] linked { $count } items to their suppliers as preferred supplier items
    }
legend-go-supplier-items = Supplier items
action-go-supplier-items = Go to the supplier items
cli-records-supplier-items = { $count ->
        [one] 1 supplier item
       *[other] { $count } supplier items
    }
cli-kind-supplier-item = supplier item
cli-field-supplier = supplier
cli-field-supplier-sku = supplier_sku
cli-field-moq = moq
cli-field-multiple = multiple
cli-field-preferred = preferred
cli-help-import--supplier-column = Items: link each to the supplier whose number this column holds, as its preferred supplier item

domain-field-supplier-item-id = Id
domain-field-supplier-item-version = Version
domain-field-supplier-item-item = Item
domain-help-supplier-item-item = SKU, barcode or id of the item
domain-field-supplier-item-supplier = Supplier
domain-help-supplier-item-supplier = Number or id of the supplier
domain-field-supplier-item-supplier-sku = Supplier SKU
domain-help-supplier-item-supplier-sku = The supplier's own number of the item
domain-field-supplier-item-price = Prices
domain-help-supplier-item-price = Unit price from a quantity on, FROM:PRICE (100:4.20) or a price from 1 on; repeat for quantity breaks
domain-field-supplier-item-currency = Currency
domain-help-supplier-item-currency = Currency of the prices [default: the database's]
domain-field-supplier-item-valid-from = Valid from
domain-help-supplier-item-valid-from = First day the prices are valid (2026-12-05 or 05.12.2026) [default: always]
domain-field-supplier-item-valid-until = Valid until
domain-help-supplier-item-valid-until = Last day the prices are valid [default: no end]
domain-field-supplier-item-lead-days = Lead days
domain-help-supplier-item-lead-days = Working days from the order to the receipt [default: 0]
domain-field-supplier-item-moq = Min. order qty
domain-help-supplier-item-moq = Minimum order quantity
domain-field-supplier-item-multiple = Order multiple
domain-help-supplier-item-multiple = Orders are a whole multiple of this quantity
domain-field-supplier-item-preferred = Preferred
domain-help-supplier-item-preferred = The item's preferred supplier (yes or no); another preferred one of the item stops being it

## help of supplier-item
cli-help-supplier-item = Supplier-items: add, show, list, search, edit, delete, price, remove
cli-help-supplier-item-add = Add a supplier-item and print it
cli-help-supplier-item-edit = Change a supplier-item: each flag given sets its field, an empty value clears it
cli-help-supplier-item-add--item = SKU, barcode or id of the item
cli-help-supplier-item-add--supplier = Number or id of the supplier
cli-help-supplier-item-add--supplier-sku = The supplier's own number of the item
cli-help-supplier-item-add--price = Unit price from a quantity on, FROM:PRICE (100:4.20) or a price from 1 on; repeat for quantity breaks
cli-help-supplier-item-add--currency = Currency of the prices [default: the database's]
cli-help-supplier-item-add--valid-from = First day the prices are valid (2026-12-05 or 05.12.2026) [default: always]
cli-help-supplier-item-add--valid-until = Last day the prices are valid [default: no end]
cli-help-supplier-item-add--lead-days = Working days from the order to the receipt [default: 0]
cli-help-supplier-item-add--moq = Minimum order quantity
cli-help-supplier-item-add--multiple = Orders are a whole multiple of this quantity
cli-help-supplier-item-add--preferred = The item's preferred supplier (yes or no); another preferred one of the item stops being it
cli-help-supplier-item-edit--item = SKU, barcode or id of the item
cli-help-supplier-item-edit--supplier = Number or id of the supplier
cli-help-supplier-item-edit--supplier-sku = The supplier's own number of the item
cli-help-supplier-item-edit--price = Unit price from a quantity on, FROM:PRICE (100:4.20) or a price from 1 on; repeat for quantity breaks
cli-help-supplier-item-edit--currency = Currency of the prices [default: the database's]
cli-help-supplier-item-edit--valid-from = First day the prices are valid (2026-12-05 or 05.12.2026) [default: always]
cli-help-supplier-item-edit--valid-until = Last day the prices are valid [default: no end]
cli-help-supplier-item-edit--lead-days = Working days from the order to the receipt [default: 0]
cli-help-supplier-item-edit--moq = Minimum order quantity
cli-help-supplier-item-edit--multiple = Orders are a whole multiple of this quantity
cli-help-supplier-item-edit--preferred = The item's preferred supplier (yes or no); another preferred one of the item stops being it
cli-help-supplier-item-edit--id = Id of the supplier-item
cli-help-supplier-item-edit--expect-version = Refuse the edit unless the supplier-item is still at this version
cli-help-supplier-item-show = Show one supplier-item
cli-help-supplier-item-show--id = Id of the supplier-item
cli-help-supplier-item-list = List supplier items, of one item or one supplier
cli-help-supplier-item-list--item = Only the offers of this item (SKU, barcode or id)
cli-help-supplier-item-list--supplier = Only the offers of this supplier (number or id)
cli-help-supplier-item-search = Find supplier-items by supplier's item no. (case and accents ignored)
cli-help-supplier-item-search--text = What to look for: supplier's item no.
cli-help-supplier-item-search--limit = At most this many rows
cli-help-supplier-item-delete = Delete a supplier-item; refused while other records refer to it
cli-help-supplier-item-delete--id = Id of the supplier-item
cli-help-supplier-item-delete--force = Delete the records that refer to it too
cli-help-supplier-item-remove = Remove a supplier item
cli-help-supplier-item-remove--id = Id of the supplier item
supplier-item-no-offer = no supplier item of { $sku } prices { $qty } on { $date }
cli-help-supplier-item-price = The unit price and the order quantity of an item from a supplier for a quantity on a day
cli-help-supplier-item-price--item = SKU, barcode or id of the item
cli-help-supplier-item-price--supplier = Number or id of the supplier [default: the item's preferred one]
cli-help-supplier-item-price--qty = How many units are needed
cli-help-supplier-item-price--date = The day of the order (2026-12-05 or 05.12.2026) [default: today]
supplier-item-demo = purchasing: { $suppliers } suppliers, { $offers } supplier items
