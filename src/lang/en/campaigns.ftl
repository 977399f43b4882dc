# Campaigns and segments (marketing): records, figures, attribution.

campaign-kind = campaign
campaign-kind-segment = segment
campaign-cost-positive = a cost must be more than zero
campaign-period-backwards = the last day is before the first
campaign-needed = needed for a new campaign
campaign-saved = Campaign { $id } saved: { $name }
campaign-not-applicable = n/a
campaign-field-opportunity-campaign = Campaign
campaign-help-opportunity-campaign = The campaign (id) it is attributed to (empty: none)

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
