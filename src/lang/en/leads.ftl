# Leads: people and firms not yet known to be customers, their workflow and conversion.

## Domain
leads-kind-name = lead
leads-kind-person = person
leads-kind-company = company
leads-status-new = new
leads-status-contacted = contacted
leads-status-qualified = qualified
leads-status-converted = converted
leads-status-disqualified = disqualified
leads-status-unknown = “{ $text }” is no lead status: { $names }
leads-name-required = a lead needs a person's or a firm's name
leads-company-required = a company lead needs the firm's name (--company)
leads-email-invalid = “{ $text }” is no e-mail address
leads-score-invalid = “{ $text }” is no score: a whole number from 0 to 100
leads-reason-required = disqualifying a lead needs a reason
leads-transition-refused = a lead that is { $from } cannot become { $to }

## Core
leads-unknown = there is no lead { $id }
leads-country-unknown = “{ $text }” is no country
leads-convert-instead = a lead becomes converted only by converting it: kontor lead convert
leads-use-disqualify = a lead is disqualified with its reason: kontor lead disqualify ID --reason …
leads-converted-stays = lead { $id } is converted: its data lives on in the customer
leads-convert-status = lead { $id } is { $status }: only a qualified lead is converted
leads-convert-duplicates = lead { $id } probably duplicates customer { $customers }: link it with --link { $first }, or create a customer anyway with --create --despite-duplicates

## CLI
leads-saved = lead { $id } saved ({ $status })
leads-converted-created = lead { $id } converted: new customer { $customer }, opportunity { $opportunity }
leads-converted-linked = lead { $id } converted onto customer { $customer }, opportunity { $opportunity }
leads-contact-added = { $name } was added as a contact
leads-no-duplicates = lead { $id } has no duplicate candidates
leads-convert-choose = lead { $id } has duplicate candidates (above): type --link { $first } to add it to that customer, or --create --despite-duplicates
leads-convert-choose-fresh = lead { $id } has no duplicate customers: type --create to create a customer, or --link CUSTOMER
leads-campaign-invalid = “{ $text }” is no campaign id

cli-kind-lead = lead

cli-field-company = company
cli-field-score = score
cli-field-source = source
cli-field-medium = medium
cli-field-first-touch = first_touch
cli-field-last-touch = last_touch
cli-field-converted-customer = converted_customer
cli-field-converted-opportunity = converted_opportunity

cli-help-lead = Leads: add, list, show, edit, touch, status, disqualify, convert, duplicates
cli-help-lead-add = Add a lead (status new); a source or campaign is its first touch
cli-help-lead-add--name = The person's name
cli-help-lead-add--company = The firm's name
cli-help-lead-add--kind = person or company [default: company when --company is given]
cli-help-lead-add--email = An e-mail address (repeatable)
cli-help-lead-add--phone = A phone number, read in the lead's country (repeatable)
cli-help-lead-add--city = The city
cli-help-lead-add--postal-code = The postal code
cli-help-lead-add--country = The country (code or name)
cli-help-lead-add--notes = Notes
cli-help-lead-add--owner = Who works the lead
cli-help-lead-add--score = The score, 0–100
cli-help-lead-add--campaign = The campaign the lead came from (its id)
cli-help-lead-add--source = Where the lead came from (web, event, referral, cold-call, social, import, …)
cli-help-lead-add--medium = The medium (email, cpc, print, …)
cli-help-lead-list = Leads in id order, filtered by status, owner and campaign
cli-help-lead-list--status = Only leads in this status (new, contacted, qualified, converted, disqualified)
cli-help-lead-list--owner = Only leads of this owner
cli-help-lead-list--campaign = Only leads attributed to this campaign (its id)
cli-help-lead-show = One lead with its attribution and what it was converted to
cli-help-lead-show--id = The lead's id
cli-help-lead-edit = Change a lead's data (an empty value clears a field)
cli-help-lead-edit--id = The lead's id
cli-help-lead-edit--name = The person's name
cli-help-lead-edit--company = The firm's name
cli-help-lead-edit--kind = person or company
cli-help-lead-edit--email = The e-mail addresses (repeatable; replaces them all)
cli-help-lead-edit--phone = The phone numbers (repeatable; replaces them all)
cli-help-lead-edit--city = The city
cli-help-lead-edit--postal-code = The postal code
cli-help-lead-edit--country = The country (code or name)
cli-help-lead-edit--notes = Notes
cli-help-lead-edit--owner = Who works the lead
cli-help-lead-edit--score = The score, 0–100
cli-help-lead-edit--campaign = The campaign (its id; empty clears it)
cli-help-lead-edit--source = Where the lead came from
cli-help-lead-edit--medium = The medium
cli-help-lead-touch = Record a new touch: the lead was in contact again through a source
cli-help-lead-touch--id = The lead's id
cli-help-lead-touch--source = Where the touch came from (web, event, referral, cold-call, social, …)
cli-help-lead-touch--medium = The medium (email, cpc, print, …)
cli-help-lead-touch--campaign = The campaign behind it (its id) [default: the lead's campaign]
cli-help-lead-status = Move a lead to new, contacted or qualified
cli-help-lead-status--id = The lead's id
cli-help-lead-status--status = The new status: new, contacted or qualified
cli-help-lead-disqualify = Disqualify a lead, with the reason
cli-help-lead-disqualify--id = The lead's id
cli-help-lead-disqualify--reason = Why the lead is no prospect
cli-help-lead-convert = Convert a qualified lead: link it to a customer or create one, with an opportunity
cli-help-lead-convert--id = The lead's id
cli-help-lead-convert--link = Add the lead's person to this customer (number or id)
cli-help-lead-convert--create = Create a customer of the lead
cli-help-lead-convert--despite-duplicates = With --create: create it although duplicate candidates exist
cli-help-lead-convert--title = The opportunity's title [default: the lead's name]
cli-help-lead-convert--amount = The opportunity's amount [default: 0]
cli-help-lead-duplicates = The customers and leads a lead probably duplicates, with the rules they matched by
cli-help-lead-duplicates--id = The lead's id
