# domain
# Record kinds as messages name them.
domain-kind-customer = customer
domain-kind-interaction = interaction
domain-kind-opportunity = opportunity
domain-kind-item = item
domain-kind-location = location
domain-kind-move = move
domain-kind-stock-move = stock move
domain-kind-bom = bom
domain-kind-bom-capital = BOM
domain-kind-supplier = supplier
domain-kind-employee = employee
domain-kind-payslip = payslip
domain-kind-user = user
domain-kind-audit-entry = audit entry
domain-record = { $kind } { $id }

# Typed values the domain refuses.
domain-unknown-choice = unknown { $field } "{ $text }" (one of: { $choices })
domain-date-invalid = "{ $text }" is not a date (YYYY-MM-DD)
domain-date-outside-years = "{ $text }" is outside the years { $first }–{ $last }
domain-instant-invalid = "{ $text }" is not a time (2026-11-27T09:30:00+01:00, 2026-11-27 09:30 or 27.11.2026 09:30)
domain-duration-invalid = "{ $text }" is not a duration (e.g. 4m30s)
