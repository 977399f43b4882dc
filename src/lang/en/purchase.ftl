# Purchase orders (Bestellungen): states, refusals, the CLI's words and help.

purchase-kind = purchase order
purchase-count = { $count ->
        [one] { $count } purchase order
       *[other] { $count } purchase orders
    }
purchase-state-draft = draft
purchase-state-sent = sent
purchase-state-partly-received = partly received
purchase-state-received = received
purchase-state-closed = closed
purchase-line-open = open

purchase-no-lines = a purchase order needs at least one line
purchase-quantity-positive = line { $line }: the quantity must be above zero
purchase-price-negative = line { $line }: the unit price must not be below zero
purchase-send-not-draft = { $number } is { $state }: only a draft is sent
purchase-receive-draft = { $number } is a draft: send it before receiving against it
purchase-receive-done = { $number } is { $state }: nothing is expected on it any more
purchase-receive-positive = the quantity received must be above zero
purchase-receive-nothing = name at least one line received (--line N:QTY)
purchase-line-closed = { $number } line { $line } is closed: nothing more is received on it
purchase-over-receipt = { $number } line { $line }: { $ordered } ordered, { $received } received so far, { $quantity } more is above the over-receipt tolerance of { $tolerance } % (at most { $limit } in all)
purchase-reason-needed = say why (--reason)
purchase-close-draft = { $number } is a draft: cancel it instead of closing it
purchase-line-nothing-open = { $number } line { $line } has nothing open to close
purchase-nothing-open = { $number } is { $state }: nothing is open to close
purchase-cancel-received = { $number } is { $state }: only a draft or a sent order with nothing received is cancelled; close the rest instead
purchase-no-line = { $number } has no line { $line } (it has { $count })
purchase-tolerance-range = { $name } is a percentage from 0 to 100
purchase-no-order = no purchase order { $text }
purchase-no-supplier = no supplier with the number or id { $text }
purchase-no-price = line { $line }: no price for { $sku } — give one (SKU:QTY:PRICE)
purchase-receive-form = "{ $text }" is not LINE:QUANTITY (e.g. 2:5)
purchase-line-form = "{ $text }" is not SKU:QTY[:PRICE[:DATE]]
purchase-received = Received against { $number }, now { $state }:
purchase-filled = Backorders filled: { $orders }

cli-kind-purchase-order = purchase order
cli-field-sent = sent
cli-field-sent-by = sent_by
cli-field-received = received
cli-field-short-closed = short_closed

cli-help-purchase = Purchase orders (Bestellungen): add, show, list, send, receive, close, cancel; open supply
cli-help-purchase-add = Add a draft purchase order to a supplier
cli-help-purchase-add--supplier = Number or id of the supplier
cli-help-purchase-add--lines = SKU:QTY[:PRICE[:DATE]], repeatable; no price: the supplier's price, else the item's cost; no date: --requested
cli-help-purchase-add--requested = The day every line without its own date is wanted [default: today plus the item's lead days]
cli-help-purchase-add--notes = A note kept with the order
cli-help-purchase-show = Show a purchase order: its lines with ordered, received, short-closed and open quantities
cli-help-purchase-show--order = Number (BE-2026-00001) or id of the purchase order
cli-help-purchase-list = List the purchase orders, or those of one supplier
cli-help-purchase-list--supplier = Number or id of the supplier [default: every supplier]
cli-help-purchase-list--open = Only the orders still expecting goods (sent or partly received)
cli-help-purchase-send = Mark a draft purchase order sent to the supplier; --dir or --pdf also write its PDF
cli-help-purchase-send--order = Number (BE-2026-00001) or id of the purchase order
cli-help-purchase-receive = Receive goods against the lines of a sent purchase order (stock from the supplier)
cli-help-purchase-receive--order = Number (BE-2026-00001) or id of the purchase order
cli-help-purchase-receive--lines = N:QTY, the line's number (1 for the first) and the quantity received; repeatable
cli-help-purchase-receive--to = The location the goods go to [default: the default location]
cli-help-purchase-close = Short-close what is still open of one line, or of every line, saying why
cli-help-purchase-close--order = Number (BE-2026-00001) or id of the purchase order
cli-help-purchase-close--line = The line (1, 2, …) to close [default: every line]
cli-help-purchase-close--reason = Why the rest will not come
cli-help-purchase-cancel = Cancel a draft or sent purchase order of which nothing was received
cli-help-purchase-cancel--order = Number (BE-2026-00001) or id of the purchase order
cli-help-purchase-cancel--reason = Why it is cancelled
cli-help-purchase-supply = The open supply per order line (ordered − received − short-closed), by item and date
cli-help-purchase-supply--item = SKU or barcode of one item [default: every item]
cli-help-purchase-show--pdf = Also write the purchase order's PDF to this file
cli-help-purchase-send--dir = Write the order's PDF as NUMBER.pdf into this folder
cli-help-purchase-send--pdf = Write the order's PDF to this file
purchase-pdf-written = { $number }: PDF written to { $path }

# The purchase order as a document (PDF).
doc-purchase-number = Purchase order no.
doc-purchase-supplier-number = Supplier no.
doc-purchase-subject = Purchase order { $number }
doc-purchase-intro = we order the following on the terms agreed with you and ask you to confirm the order and its delivery dates:
doc-purchase-col-supplier-sku = Your item no.
doc-purchase-col-requested = Requested date
doc-purchase-payment-days = Payment within { $days } days net
purchase-demo = orders: { $purchases } purchase orders, { $productions } production orders, planning parameters on { $planned } items
cli-help-purchase-send--mail = Also mail the order's PDF to the supplier's e-mail address (through the outbox)
purchase-mail-no-address = Supplier { $supplier } has no e-mail address: { $number } was not sent
purchase-mail-subject = Purchase order { $number }
purchase-mail-body = Good day,

    please find attached our purchase order { $number }. Kindly confirm the order and its delivery dates.

    Kind regards
purchase-mail-queued = { $number }: mailed to { $to } (in the outbox)
