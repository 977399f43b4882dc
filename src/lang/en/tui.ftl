# tui: the App's own texts (help, palette, which-key, confirmations, status, legend),
# and every action's word for the key legend (legend-<name>) and its one-line
# description (action-<name>), <name> as in keymap files.

## The App: confirmations, status messages, the too-small notice.
tui-demo-offer = The database is empty. Load demo data? (y/n)
tui-confirm-discard = Discard unsaved changes? (y/n)
tui-confirm-discard-and-exit = Discard unsaved changes and exit? (y/n)
tui-not-saved = not saved: { $why }
tui-not-a-key = { $keys } is not a key here
tui-not-permitted = not permitted for role { $role }
tui-not-available = { $what } is not available here
tui-refreshed = refreshed
tui-loading-demo = loading demo data …
tui-demo-loaded = demo data loaded: { $count } customers
tui-too-small = kontor needs at least { $needed } (this terminal is { $size })

## Popups: help, command palette, which-key, confirmation.
tui-help-layer = { $layer }:
tui-help-title = Help — any key closes
tui-help-title-more = Help — Down/PgDn for more, any other key closes
tui-help-title-back = Help — Up/PgUp back, any other key closes
tui-palette-title = Command palette
tui-which-key-title = Keys
tui-confirm-title = Confirm
tui-more-keys = { $count ->
    [one] +1 key
   *[other] +{ $count } keys
}

## Lists: the count beside a search query.
tui-search-found = ({ $count } found)

## What an action means on one screen, where its own label would mislead.
tui-meaning-log = Log
tui-meaning-due-all = Due/all
tui-meaning-period = Period
tui-meaning-next-bom = Next BOM
tui-meaning-previous-bom = Previous BOM
tui-meaning-first-bom = First BOM
tui-meaning-last-bom = Last BOM
tui-meaning-produce = Produce

## Key legend: a word or two per action.
legend-quit = Exit
legend-force-quit = Exit
legend-help = Help
legend-back = Back
legend-refresh = Refresh
legend-repaint = Repaint
legend-palette = Commands
legend-caller-lookup = Caller
legend-create = New
legend-prompt = Prompt
legend-search = Search
legend-up = Up
legend-down = Down
legend-page-up = Page up
legend-page-down = Page down
legend-first = First
legend-last = Last
legend-left = Left
legend-right = Right
legend-open = Open
legend-next-field = Next
legend-prev-field = Previous
legend-save = Save
legend-cancel = Cancel
legend-discard = Discard
legend-edit = Edit
legend-delete = Delete
legend-log-call = Log call
legend-next-stage = Next stage
legend-mark-lost = Lost
legend-toggle-done = Done
legend-open-customer = Customer
legend-expand = Expand
legend-collapse = Collapse
legend-where-used = Where used
legend-preview-confirmation = Confirmation
legend-reorder = Reorder
legend-switch-view = Switch
legend-go-home = Home
legend-go-customers = Customers
legend-go-interactions = Interactions
legend-go-opportunities = Opportunities
legend-go-items = Items
legend-go-locations = Locations
legend-go-boms = BOMs
legend-go-production = Production
legend-go-employees = Employees
legend-go-payroll = Payroll
legend-go-suppliers = Suppliers
legend-go-price-rules = Prices
legend-go-quotes = Quotes
legend-go-orders = Orders
legend-go-holds = Holds
legend-new-order = New order
legend-go-trends = Trends
legend-release-hold = Release
legend-go-scan = Scan
legend-scan-receive = Receive
legend-scan-issue = Issue
legend-scan-move = Move
legend-scan-count = Count
legend-produce = Produce
legend-payroll-run = Run
legend-payroll-post = Post
legend-go-audit = Audit
legend-go-users = Users
legend-add-key = Add key
legend-remove-key = Remove key
legend-load-demo = Demo data

## What each action does (help, palette, which-key, kontor keys).
action-quit = Exit kontor (asks about unsaved changes)
action-force-quit = Leave kontor without saving
action-help = Show the keys of this screen
action-back = Go back one screen
action-refresh = Reload the data on this screen
action-repaint = Clear and redraw the whole terminal
action-palette = Run any action by name
action-caller-lookup = Find the caller by phone number
action-create = Create a new record
action-prompt = Pick a valid value for this field
action-search = Filter the list as you type
action-up = Move the selection up
action-down = Move the selection down
action-page-up = Move the selection one page up
action-page-down = Move the selection one page down
action-first = Go to the first row
action-last = Go to the last row
action-left = Go to the column on the left
action-right = Go to the column on the right
action-open = Open or choose the selected entry
action-next-field = Go to the next field
action-prev-field = Go to the previous field
action-save = Save the form or post the entry
action-cancel = Leave the form without saving
action-discard = Throw away unsaved changes and leave
action-edit = Edit the selected record
action-delete = Delete the selected record (asks first)
action-log-call = Log a call with the selected customer
action-next-stage = Move the opportunity to its next stage
action-mark-lost = Mark the opportunity lost (with reason)
action-toggle-done = Mark the follow-up done, or open again
action-open-customer = Open the customer of this record
action-expand = Open the tree node
action-collapse = Close the tree node
action-where-used = Show the BOMs that use the selected item
action-preview-confirmation = Preview the order confirmation
action-reorder = Show items below their reorder point
action-switch-view = Switch the list (interactions: due/all)
action-go-home = Go to Home
action-go-customers = Go to Customers
action-go-interactions = Go to Interactions
action-go-opportunities = Go to Opportunities (pipeline)
action-go-items = Go to Items and stock
action-go-locations = Go to Locations
action-go-boms = Go to Bills of materials
action-go-production = Go to Production
action-go-employees = Go to Employees
action-go-payroll = Go to Payroll
action-go-suppliers = Go to Suppliers
action-go-price-rules = Go to the price rules
action-go-quotes = Go to the quotes
action-go-orders = Go to the sales orders
action-go-holds = Go to the held sales orders
action-new-order = Enter a new sales order
action-go-trends = Go to the purchase trends
action-release-hold = Release the held order (with reason)
action-go-scan = Go to Scan mode
action-scan-receive = Scan mode: receive stock
action-scan-issue = Scan mode: issue stock
action-scan-move = Scan mode: move stock between locations
action-scan-count = Scan mode: count stock
action-produce = Produce a BOM's item (shortages first)
action-payroll-run = Compute the payslips of the period
action-payroll-post = Post (lock) the period's payslips
action-go-audit = Go to the audit log (admins)
action-go-users = Go to the users of kontor serve (admins)
action-add-key = Add a public key to the selected user
action-remove-key = Remove the selected key (asks first)
action-load-demo = Load demo data into the empty database

## Key notation and keymap files (`--keymap FILE`, `kontor keys`): what is wrong where.
tui-key-empty = empty key sequence
tui-key-unknown-name = unknown key name "{ $name }" (a single character, Space, Enter, Esc, Tab, Backspace, Del, Ins, Up, Down, Left, Right, Home, End, PgUp, PgDn or F1..F24)
tui-key-bad-function-key = function keys go from F1 to F24, not "{ $name }"
tui-key-shifted-char = S- applies to named keys only; write the character itself ("A", not "S-a")
tui-unknown-action = unknown action "{ $name }"
tui-unknown-action-suggest = unknown action "{ $name }" (did you mean "{ $suggestion }"?)
tui-keymap-unknown-layer = unknown layer "{ $layer }" (layers: { $layers })
tui-keymap-unknown-preset = unknown preset "{ $preset }" (presets: default, vim)
tui-keymap-key = key "{ $key }": { $problem }
tui-keymap-flow-control = Ctrl-S and Ctrl-Q are XON/XOFF flow control on terminals and serial lines; bind another key
tui-keymap-alt-character = Alt with a character cannot be told from Esc followed by it (terminals send both as Esc, then the character; kontor reads Esc, then the key); bind the character alone, a Ctrl key or an F-key
tui-keymap-duplicate = bound twice in [{ $layer }] (first on line { $first_line })
tui-keymap-conflict = conflicts with "{ $other }" on line { $other_line } in [{ $layer }]: a key sequence cannot be both a binding and the start of another
tui-keymap-missing-run = missing `run` (an action name, or "none" to unbind)
tui-keymap-hides-preset = would hide the preset's "{ $other }" ({ $action }, { $at }) in [{ $layer }]: a key sequence cannot be both a binding and the start of another; remove the preset's first with {"{"} on = "{ $unbind }", run = "none" {"}"}
tui-keymap-not-utf8 = not valid UTF-8 (byte offset { $offset })
tui-keymap-preset-not-string = `preset` must be a string
tui-keymap-layer-not-list = `{ $layer }` must be a list of {"{"} on = "…", run = "…" {"}"} entries
tui-keymap-entry-not-table = entries of `{ $layer }` must look like {"{"} on = "…", run = "…" {"}"}
tui-keymap-field-not-string = `{ $field }` must be a string
tui-keymap-unknown-field = unknown field `{ $field }` (fields: on, run, desc)
tui-keymap-missing-on = entry without `on` (the keys)

## Starting the screens.
tui-error-terminal = terminal: { $error }
tui-error-no-terminal = no terminal for the screens (stdin and stdout must be one); run a command instead: kontor --help lists them
# The start screen while the database opens
tui-run-opening = kontor — opening { $label } …
legend-go-deliveries = Deliveries
action-go-deliveries = Go to the delivery notes
legend-scan-deliver = Deliver
action-scan-deliver = Scan mode: deliver an order
legend-go-invoices = Invoices
action-go-invoices = Go to the invoices and credit notes
legend-issue-invoice = Invoice
action-issue-invoice = Invoice what is delivered, not billed
legend-credit-note = Credit note
action-credit-note = Credit the whole invoice (with reason)
legend-enter-payments = Payments
action-enter-payments = Enter payments by invoice number
