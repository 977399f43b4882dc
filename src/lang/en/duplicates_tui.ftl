# Customer duplicates in the TUI (g D): the candidate pairs, and two customers side by side
# to merge.

legend-go-duplicates = Duplicates
action-go-duplicates = Go to the customer duplicates
legend-merge-customers = Merge
action-merge-customers = Merge the right customer into the left
legend-swap-survivor = Swap
action-swap-survivor = Swap which of the two customers stays

duplicates-tui-title = Customer duplicates
duplicates-tui-hint = { $pairs ->
        [one] 1 pair
       *[other] { $pairs } pairs
    }, best evidence first{ $crowds ->
        [0] {""}
        [one] {""} · 1 key too many share
       *[other] {""} · { $crowds } keys too many share
    }
duplicates-tui-col-customer = Customer
duplicates-tui-col-duplicate = Probably the same as
duplicates-tui-col-why = Why
duplicates-tui-why = Why: { $rules }
duplicates-tui-crowd-count = { $count } customers
duplicates-tui-crowd-no-pair = too many customers share this key to pair them; it is listed, not merged
duplicates-tui-none = no two customers look like one
duplicates-tui-open = Side by side
duplicates-tui-pair-title = Customer { $loser } into customer { $survivor }
duplicates-tui-stays = Stays: { $id }
duplicates-tui-goes = Merged into it: { $id }
duplicates-tui-label-number = Number
duplicates-tui-label-address = Address
duplicates-tui-label-contact = Contact
duplicates-tui-merge = The merge
duplicates-tui-refusal = Cannot be merged
duplicates-tui-would-move = Moves with it: { $moved }
duplicates-tui-number-kept = Customer number { $kept } stays; { $noted } goes into the notes.
duplicates-tui-refused = these two customers cannot be merged: the conflicts are shown below
duplicates-tui-question = Keep customer { $survivor } ({ $survivor_name }) and merge customer { $loser } into it?
