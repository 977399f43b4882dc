# Campaigns and segments (marketing): records, figures, attribution.

campaign-kind = campaign
campaign-kind-segment = segment
campaign-cost-positive = a cost must be more than zero
campaign-period-backwards = the last day is before the first
campaign-needed = needed for a new campaign
campaign-saved = Campaign { $id } saved: { $name }
campaign-not-applicable = n/a
domain-field-opportunity-campaign = Campaign
domain-help-opportunity-campaign = The campaign (id) it is attributed to (empty: none)

cli-field-budget = budget
cli-field-expected-revenue = expected_revenue
cli-field-leads = leads
cli-field-won = won
cli-field-won-revenue = won_revenue
cli-field-pipeline = pipeline
cli-field-cost-per-lead = cost_per_lead
cli-field-roi = roi %
cli-field-costs = costs
cli-field-campaign = campaign

cli-help-opportunity-add--campaign = The campaign (id) it is attributed to (empty: none)
cli-help-opportunity-edit--campaign = The campaign (id) it is attributed to (empty: none)
cli-help-order-set--campaign = The campaign (id) the order is attributed to (empty: none)
cli-help-campaign = Marketing campaigns: add, edit, cost, show, list, report (cost, leads, won revenue, ROI)
cli-help-campaign-add = Add a campaign: name, channel and period are needed
cli-help-campaign-add--name = The campaign's name
cli-help-campaign-add--currency = The currency of its amounts (default: the database's)
cli-help-campaign-add--channel = email, phone, event, print or social
cli-help-campaign-add--from = The first day it runs
cli-help-campaign-add--to = The last day it runs (default: the first)
cli-help-campaign-add--budget = The budget
cli-help-campaign-add--expected-revenue = The revenue it is expected to bring
cli-help-campaign-add--status = planned, active, done or cancelled
cli-help-campaign-edit = Change a campaign: only what is given changes
cli-help-campaign-edit--id = The campaign's id
cli-help-campaign-edit--name = A new name
cli-help-campaign-edit--channel = email, phone, event, print or social
cli-help-campaign-edit--from = The first day it runs
cli-help-campaign-edit--to = The last day it runs (default: the first)
cli-help-campaign-edit--budget = The budget
cli-help-campaign-edit--expected-revenue = The revenue it is expected to bring
cli-help-campaign-edit--status = planned, active, done or cancelled
cli-help-campaign-cost = Book a cost of a campaign
cli-help-campaign-cost--id = The campaign's id
cli-help-campaign-cost--amount = The amount, in the campaign's currency
cli-help-campaign-cost--what = What it paid for
cli-help-campaign-cost--date = The day of the cost (default: today)
cli-help-campaign-show = A campaign with its figures
cli-help-campaign-show--id = The campaign's id
cli-help-campaign-list = Every campaign, newest first
cli-help-campaign-report = A campaign's figures: cost, leads, won, revenue, pipeline, cost per lead, ROI
cli-help-campaign-report--id = The campaign's id

segment-criterion-invalid = { $key }: “{ $value }” is not a valid value
segment-criterion-unknown = unknown criterion “{ $key }”; known are: { $keys }
segment-rfm-unknown = unknown RFM segment “{ $value }”; known are: { $names }
segment-id-or-criteria = give a segment's id or criteria (e.g. --status customer), not both
segment-saved = Segment { $id } saved: { $name }
segment-count = { $count ->
    [one] 1 customer
   *[other] { $count } customers
} (found by { $plan })
cli-field-filter = filter
cli-field-members = members
cli-field-plan = found by

cli-help-segment = Segments: saved customer filters; add, edit, show, list, members, count
cli-help-segment-add = Save a segment: a name and its criteria (all must hold)
cli-help-segment-add--name = The segment's name
cli-help-segment-add--filter = Criteria in the compact form: key=value pairs separated by ;
cli-help-segment-add--status = lead, prospect, customer or inactive
cli-help-segment-add--tags-all = Has every one of these tags (comma-separated)
cli-help-segment-add--tags-any = Has at least one of these tags (comma-separated)
cli-help-segment-add--tags-none = Has none of these tags (comma-separated)
cli-help-segment-add--country = The country (ISO code) of the first address with one
cli-help-segment-add--city = A city of one of the addresses
cli-help-segment-add--postal-code = A postal code range, e.g. 10000..14999
cli-help-segment-add--owner = The customer's owner
cli-help-segment-add--interaction-before = The last interaction was before this day (or there was none)
cli-help-segment-add--interaction-after = The last interaction was on or after this day
cli-help-segment-add--interaction-within = The last interaction was within this many days
cli-help-segment-add--open-opportunities = Has an opportunity in an open stage
cli-help-segment-add--revenue = Revenue in a period at least an amount: FROM..TO>=AMOUNT
cli-help-segment-add--abc = ABC class by revenue: A, B or C
cli-help-segment-add--rfm = RFM segment, e.g. champions or at-risk
cli-help-segment-edit = Rename a segment or replace its criteria (given criteria replace all)
cli-help-segment-edit--id = The segment's id
cli-help-segment-edit--name = A new name
cli-help-segment-edit--filter = Criteria in the compact form: key=value pairs separated by ;
cli-help-segment-edit--status = lead, prospect, customer or inactive
cli-help-segment-edit--tags-all = Has every one of these tags (comma-separated)
cli-help-segment-edit--tags-any = Has at least one of these tags (comma-separated)
cli-help-segment-edit--tags-none = Has none of these tags (comma-separated)
cli-help-segment-edit--country = The country (ISO code) of the first address with one
cli-help-segment-edit--city = A city of one of the addresses
cli-help-segment-edit--postal-code = A postal code range, e.g. 10000..14999
cli-help-segment-edit--owner = The customer's owner
cli-help-segment-edit--interaction-before = The last interaction was before this day (or there was none)
cli-help-segment-edit--interaction-after = The last interaction was on or after this day
cli-help-segment-edit--interaction-within = The last interaction was within this many days
cli-help-segment-edit--open-opportunities = Has an opportunity in an open stage
cli-help-segment-edit--revenue = Revenue in a period at least an amount: FROM..TO>=AMOUNT
cli-help-segment-edit--abc = ABC class by revenue: A, B or C
cli-help-segment-edit--rfm = RFM segment, e.g. champions or at-risk
cli-help-segment-show = A segment with its criteria and how many members it has now
cli-help-segment-show--id = The segment's id
cli-help-segment-list = Every segment
cli-help-segment-members = The customers a segment or the criteria given select now
cli-help-segment-members--id = A saved segment's id (or give criteria)
cli-help-segment-members--filter = Criteria in the compact form: key=value pairs separated by ;
cli-help-segment-members--status = lead, prospect, customer or inactive
cli-help-segment-members--tags-all = Has every one of these tags (comma-separated)
cli-help-segment-members--tags-any = Has at least one of these tags (comma-separated)
cli-help-segment-members--tags-none = Has none of these tags (comma-separated)
cli-help-segment-members--country = The country (ISO code) of the first address with one
cli-help-segment-members--city = A city of one of the addresses
cli-help-segment-members--postal-code = A postal code range, e.g. 10000..14999
cli-help-segment-members--owner = The customer's owner
cli-help-segment-members--interaction-before = The last interaction was before this day (or there was none)
cli-help-segment-members--interaction-after = The last interaction was on or after this day
cli-help-segment-members--interaction-within = The last interaction was within this many days
cli-help-segment-members--open-opportunities = Has an opportunity in an open stage
cli-help-segment-members--revenue = Revenue in a period at least an amount: FROM..TO>=AMOUNT
cli-help-segment-members--abc = ABC class by revenue: A, B or C
cli-help-segment-members--rfm = RFM segment, e.g. champions or at-risk
cli-help-segment-count = How many customers a segment or the criteria given select now
cli-help-segment-count--id = A saved segment's id (or give criteria)
cli-help-segment-count--filter = Criteria in the compact form: key=value pairs separated by ;
cli-help-segment-count--status = lead, prospect, customer or inactive
cli-help-segment-count--tags-all = Has every one of these tags (comma-separated)
cli-help-segment-count--tags-any = Has at least one of these tags (comma-separated)
cli-help-segment-count--tags-none = Has none of these tags (comma-separated)
cli-help-segment-count--country = The country (ISO code) of the first address with one
cli-help-segment-count--city = A city of one of the addresses
cli-help-segment-count--postal-code = A postal code range, e.g. 10000..14999
cli-help-segment-count--owner = The customer's owner
cli-help-segment-count--interaction-before = The last interaction was before this day (or there was none)
cli-help-segment-count--interaction-after = The last interaction was on or after this day
cli-help-segment-count--interaction-within = The last interaction was within this many days
cli-help-segment-count--open-opportunities = Has an opportunity in an open stage
cli-help-segment-count--revenue = Revenue in a period at least an amount: FROM..TO>=AMOUNT
cli-help-segment-count--abc = ABC class by revenue: A, B or C
cli-help-segment-count--rfm = RFM segment, e.g. champions or at-risk
cli-kind-campaign = campaign
cli-kind-segment = segment
