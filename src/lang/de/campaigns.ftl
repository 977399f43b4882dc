# Kampagnen und Segmente (Marketing): Datensätze, Kennzahlen, Zuordnung.

campaign-kind = Kampagne
campaign-kind-segment = Segment
campaign-cost-positive = Kosten müssen größer als null sein
campaign-period-backwards = der letzte Tag liegt vor dem ersten
campaign-needed = für eine neue Kampagne nötig
campaign-saved = Kampagne { $id } gespeichert: { $name }
campaign-not-applicable = k. A.
campaign-field-opportunity-campaign = Kampagne
campaign-help-opportunity-campaign = Die Kampagne (Nr.), der sie zugeordnet ist (leer: keine)

cli-field-budget = Budget
cli-field-expected-revenue = erwarteter Umsatz
cli-field-leads = Interessenten
cli-field-won = gewonnen
cli-field-won-revenue = gewonnener Umsatz
cli-field-pipeline = Pipeline
cli-field-cost-per-lead = Kosten je Interessent
cli-field-roi = ROI %
cli-field-costs = Kosten (einzeln)
cli-field-campaign = Kampagne
