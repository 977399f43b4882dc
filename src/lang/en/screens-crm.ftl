# screens-crm: the CRM screens (home, customers, interactions, opportunities, pipeline,
# caller lookup, audit, users) and the forms and pickers they share.

## Column headers
crm-column-id = ID
crm-column-name = Name
crm-column-status = Status
crm-column-phone = Phone
crm-column-city = City
crm-column-owner = Owner
crm-column-country = Country
crm-column-customer = Customer
crm-column-subject = Subject
crm-column-date = Date
crm-column-due = Due
crm-column-channel = Channel
crm-column-agent = Agent
crm-column-what = What
crm-column-follow-up = Follow-up
crm-column-sku = SKU
crm-column-item = Item
crm-column-have = Have
crm-column-order = Order
crm-column-location = Location
crm-column-stage = Stage
crm-column-contact = Contact
crm-column-at-utc = At (UTC)
crm-column-at = At
crm-column-user = User
crm-column-record = Record
crm-column-field = Field
crm-column-old-new = Old → new
crm-column-role = Role
crm-column-fingerprint = Key fingerprint
crm-column-comment = Comment

## Field labels of details and forms
crm-label-name = Name
crm-label-number = Number
crm-label-kind = Kind
crm-label-status = Status
crm-label-phone = Phone
crm-label-phones = Phones
crm-label-email = E-mail
crm-label-emails = E-mails
crm-label-contact = Contact
crm-label-contacts = Contacts
crm-label-street = Street
crm-label-postal-code = Postal code
crm-label-city = City
crm-label-country = Country
crm-label-owner = Owner
crm-label-tags = Tags
crm-label-notes = Notes
crm-label-customer = Customer
crm-label-channel = Channel
crm-label-agent = Agent
crm-label-started = Started
crm-label-subject = Subject
crm-label-outcome = Outcome
crm-label-follow-up-date = Follow-up date
crm-label-follow-up = Follow-up
crm-label-duration = Duration
crm-label-at = At
crm-label-title = Title
crm-label-amount = Amount
crm-label-stage = Stage
crm-label-probability = Probability
crm-label-weighted = Weighted
crm-label-expected-close = Expected close
crm-label-lost-reason = Lost reason
crm-label-closed-at = Closed at
crm-label-created = Created
crm-label-updated = Updated
crm-label-reason = Reason
crm-label-role = Role
crm-label-public-key = Public key

## Shared
crm-percent = { $percent } %
crm-saved = saved
crm-nothing-selected = nothing selected
crm-due-on = due { $date }
crm-done-was-due = done (was due { $date })
crm-follow-up-done = done
crm-follow-up-none = none
crm-follow-up-completed = follow-up of interaction { $id } done
crm-no-open-follow-up = the selected line has no open follow-up
crm-stale-kept = { $error }; your input is kept and the current values are shown beside the fields
crm-stale-now = now: { $value }

## Forms and pickers
crm-form-list-hint = { $key } list
crm-form-correct-marked = please correct the marked fields
crm-form-no-list = { $field } has no list to pick from
crm-pick-customer = pick customer
crm-pick-item = pick item
crm-pick-location = pick location
crm-pick-stage = pick stage
crm-pick-channel = pick channel
crm-pick-status = pick status
crm-pick-contact = pick contact
crm-picker-filter = { $title } — type to filter: { $typed }
crm-picker-no-match = nothing matches
crm-picker-virtual = { $code } (virtual)

## Home
crm-home-title = Home
crm-home-due-mine = My follow-ups due
crm-home-due-others = Follow-ups due (none yours: all agents)
crm-home-due-nobody = No follow-ups due
crm-home-due-short = Follow-ups
crm-home-not-for-role = not for role { $role }
crm-home-refused-panel = { $panel }: { $why }
crm-home-no-follow-up-selected = no follow-up selected
crm-home-recent = Recent interactions
crm-home-recent-short = Recent
crm-home-reorder = Below reorder point
crm-home-reorder-short = Reorder
crm-home-weighted-total = weighted open total { $total }
crm-home-pipeline = Pipeline (weighted)
crm-home-pipeline-mine = My pipeline (weighted)
crm-home-pipeline-short = Pipeline

## Customers
crm-customers-title = Customers
crm-customers-among = Customers: { $name }
crm-customers-hint = { $count } customers shown — / to search by name, phone or e-mail
crm-customers-none-selected = no customer selected
crm-customer = Customer
crm-customer-id = customer { $id }
crm-customer-title = Customer { $id } { $name }
crm-customer-title-id = Customer { $id }
crm-customer-version = Customer { $id } · v{ $version }
crm-customer-gone = customer { $id } does not exist any more
crm-customer-missing = customer { $id } does not exist
crm-customer-new = New customer
crm-customer-edit = Edit customer { $id }
crm-customer-saved = customer { $id } saved
crm-contacts = Contacts
crm-timeline = Timeline
crm-timeline-empty = the timeline is empty
crm-timeline-opportunity = opportunity

## Caller lookup and log call
crm-caller-title = Caller lookup
crm-caller-prompt = Number, name or e-mail:
crm-caller-no-match = no customer matches
crm-caller-matches = { $count } matches
crm-log-call-title = Log call — { $customer }
crm-call-logged = call logged

## Interactions
crm-interactions-title = Interactions
crm-interactions-due-title = Follow-ups due
crm-interactions-hint = { $search } filter · { $create } logs one · { $switch } switches between follow-ups due and all
crm-interactions-reach-all = { $title } — all { $count }
crm-interactions-reach-due = { $title } — first { $count } by due date; search covers all due
crm-interactions-reach-logged = { $title } — last { $count } logged, since { $since }; search covers all
crm-interactions-showing-due = showing open follow-ups due
crm-interactions-showing-all = showing all interactions
crm-interaction = Interaction
crm-interaction-title = Interaction { $id } { $subject }
crm-interaction-title-id = Interaction { $id }
crm-interaction-version = Interaction { $id } · v{ $version }
crm-interaction-gone = interaction { $id } is not there any more
crm-history-back-to = back to { $date }
crm-history-due-up-to = due up to { $date }
crm-history-searching = searching… { $reach }, { $count } found
crm-history-found-all = { $count } found in the whole history
crm-history-found-due = { $count } found among all due
crm-history-first = first { $count } found; type more to narrow
crm-history-first-reach = first { $count } found, { $reach }; type more to narrow

## Opportunities and pipeline
crm-opportunity = Opportunity
crm-opportunity-title = Opportunity { $id } { $title }
crm-opportunity-title-id = Opportunity { $id }
crm-opportunity-version = Opportunity { $id } · v{ $version }
crm-opportunity-gone = opportunity { $id } is not there any more
crm-opportunity-new-title = New opportunity — { $customer }
crm-opportunity-saved = opportunity saved
crm-opportunity-none-selected = no opportunity selected
crm-opportunity-closed = { $title } is closed
crm-opportunity-moved = { $title } moved to { $stage }
crm-opportunity-lost = opportunity { $id } lost
crm-lost-title = Lost — { $title }
crm-select-not-lost = select an opportunity that is not lost
crm-pipeline-title = Pipeline
crm-pipeline-hint = { $count } opportunities — / to search by title or customer
crm-pipeline-no-card = no card selected
crm-pipeline-weighted-mark = w

## Audit log
crm-audit-title = Audit log
crm-audit-change = { $record } { $field } · { $command } by { $user } at { $at }
crm-audit-old = old
crm-audit-new = new
crm-audit-selected = Selected change

## Users
crm-users-title = Users
crm-user-none-selected = no user selected
crm-user-no-key = user { $name } has no key
crm-user-no-key-cell = (no key)
crm-user-remove-key-question = remove key { $fingerprint } of { $name }? (y/n)
crm-user-remove-question = remove user { $name } and all their keys? (y/n)
crm-user-removed = user { $name } removed
crm-user-key-removed = key { $fingerprint } of { $name } removed
crm-user-new = New user
crm-user-added = user { $name } added
crm-user-role-title = Role of { $name }
crm-user-role-set = { $name } is now { $role }
crm-user-key-title = New key of { $name }
crm-user-key-added = key added to { $name }

## sales terms of a customer
crm-label-credit-limit = Credit limit
crm-label-tax-treatment = Tax treatment
crm-label-vat-id = VAT ID
crm-label-partial-deliveries = Part deliveries
crm-label-backorders = Backorders
crm-label-tax = Tax
crm-label-credit = Credit
crm-no-credit-limit = no limit
crm-delivery-terms = partial { $partial }, backorders { $backorders }
crm-label-delivery = Delivery
crm-label-vat-id-short = VAT ID
crm-trend-title = Sales
crm-trend-months = 12 months
crm-trend-years = { $this } — { $before }: { $last }
