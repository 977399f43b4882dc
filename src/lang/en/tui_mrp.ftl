# The MRP screens of the TUI: the planned orders with their option column, the pegging
# view, the action messages and the run with its dry-run changes first.

## Actions
legend-go-mrp = Planning
action-go-mrp = Go to the MRP plan
legend-mrp-firm = Firm
action-mrp-firm = Option 1: firm the planned order
legend-mrp-convert = Convert
action-mrp-convert = Option 2: convert into an order
legend-mrp-unfirm = Unfirm
action-mrp-unfirm = Option 3: unfirm the planned order
legend-mrp-ignore = Ignore
action-mrp-ignore = Option 4: ignore the planned order
legend-mrp-unignore = Unignore
action-mrp-unignore = Option 5: stop ignoring it
legend-mrp-run = Run MRP
action-mrp-run = Run MRP, showing the changes first

## The planned orders
tui-mrp-title = MRP plan
tui-mrp-actions-title = MRP action messages
tui-mrp-none = No plan yet: U runs MRP.
tui-mrp-hint = Plan of { $date } by { $user }: { $count ->
    [one] 1 planned order
   *[other] { $count } planned orders
}. U runs MRP anew.
tui-mrp-actions-hint = { $count ->
    [one] 1 action message
   *[other] { $count } action messages
} for existing supply. v: planned orders
tui-mrp-options = 1=firm 2=convert 3=unfirm 4=ignore 5=unignore, Enter applies
tui-mrp-enter-demands = Demands
tui-mrp-enter-apply = Apply
tui-mrp-col-option = Opt
tui-mrp-col-item = Item
tui-mrp-col-quantity = Qty
tui-mrp-col-release = Release
tui-mrp-col-due = Due
tui-mrp-col-kind = B/M
tui-mrp-col-supplier = Supplier
tui-mrp-col-firm = Firm
tui-mrp-col-supply = Supply
tui-mrp-col-message = Message
tui-mrp-buy = buy
tui-mrp-make = make
tui-mrp-firm-mark = firm
tui-mrp-col-ignored = Ign.
tui-mrp-ignored-mark = ign.
tui-mrp-applied-ignored = { $ignored } ignored, { $unignored } no longer ignored.
tui-mrp-none-selected = No planned order is selected.
tui-mrp-applied = { $firmed } firmed, { $unfirmed } unfirmed, { $converted } converted.
tui-mrp-made = Made: { $documents }.

tui-mrp-to-actions = Action messages
tui-mrp-to-orders = Planned orders

## Pegging
tui-mrp-peg-title = Demands of { $key }
tui-mrp-peg-order = { $kind } { $quantity } × { $sku } { $name }, release { $release }, due { $due }
tui-mrp-peg-firm = Firm
tui-mrp-peg-ignored = Ignored: converting all passes it by
tui-mrp-peg-supplier = Supplier: { $supplier }
tui-mrp-peg-col-demand = Demand
tui-mrp-peg-col-date = Date
tui-mrp-peg-col-quantity = Qty
tui-mrp-peg-surplus = Surplus (covers no demand)

## The run
tui-mrp-preview-title = MRP run: what changes
tui-mrp-preview-hint = Not stored yet: { $new } new, { $changed } changed, { $gone } gone. U stores it, Esc leaves it.
tui-mrp-preview-same = Not stored yet: nothing changes. U stores the run, Esc leaves it.
tui-mrp-change-new = new
tui-mrp-change-changed = changed
tui-mrp-change-gone = gone
tui-mrp-col-change = Change
tui-mrp-ran = MRP run stored: { $count ->
    [one] 1 planned order
   *[other] { $count } planned orders
}.
