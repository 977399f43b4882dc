# Kampagnen und Segmente (Marketing): Datensätze, Kennzahlen, Zuordnung.

campaign-kind = Kampagne
campaign-kind-segment = Segment
campaign-cost-positive = Kosten müssen größer als null sein
campaign-period-backwards = der letzte Tag liegt vor dem ersten
campaign-needed = für eine neue Kampagne nötig
campaign-saved = Kampagne { $id } gespeichert: { $name }
campaign-not-applicable = k. A.
domain-field-opportunity-campaign = Kampagne
domain-help-opportunity-campaign = Die Kampagne (Nr.), der sie zugeordnet ist (leer: keine)

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

cli-help-opportunity-add--campaign = Die Kampagne (Nr.), der sie zugeordnet ist (leer: keine)
cli-help-opportunity-edit--campaign = Die Kampagne (Nr.), der sie zugeordnet ist (leer: keine)
cli-help-order-set--campaign = Die Kampagne (Nr.), der der Auftrag zugeordnet ist (leer: keine)
cli-help-campaign = Marketingkampagnen: anlegen, ändern, Kosten, zeigen, auflisten, Auswertung (Kosten, Interessenten, gewonnener Umsatz, ROI)
cli-help-campaign-add = Eine Kampagne anlegen: Name, Kanal und Zeitraum sind nötig
cli-help-campaign-add--name = Der Name der Kampagne
cli-help-campaign-add--currency = Die Währung ihrer Beträge (Vorgabe: die der Datenbank)
cli-help-campaign-add--channel = email, phone, event, print oder social
cli-help-campaign-add--from = Der erste Tag der Kampagne
cli-help-campaign-add--to = Der letzte Tag der Kampagne (Vorgabe: der erste)
cli-help-campaign-add--budget = Das Budget
cli-help-campaign-add--expected-revenue = Der Umsatz, den sie bringen soll
cli-help-campaign-add--status = planned, active, done oder cancelled
cli-help-campaign-edit = Eine Kampagne ändern: nur was angegeben ist, ändert sich
cli-help-campaign-edit--id = Die Nummer der Kampagne
cli-help-campaign-edit--name = Ein neuer Name
cli-help-campaign-edit--channel = email, phone, event, print oder social
cli-help-campaign-edit--from = Der erste Tag der Kampagne
cli-help-campaign-edit--to = Der letzte Tag der Kampagne (Vorgabe: der erste)
cli-help-campaign-edit--budget = Das Budget
cli-help-campaign-edit--expected-revenue = Der Umsatz, den sie bringen soll
cli-help-campaign-edit--status = planned, active, done oder cancelled
cli-help-campaign-cost = Kosten einer Kampagne buchen
cli-help-campaign-cost--id = Die Nummer der Kampagne
cli-help-campaign-cost--amount = Der Betrag, in der Währung der Kampagne
cli-help-campaign-cost--what = Wofür er gezahlt wurde
cli-help-campaign-cost--date = Der Tag der Kosten (Vorgabe: heute)
cli-help-campaign-show = Eine Kampagne mit ihren Kennzahlen
cli-help-campaign-show--id = Die Nummer der Kampagne
cli-help-campaign-list = Alle Kampagnen, die neuesten zuerst
cli-help-campaign-report = Die Kennzahlen einer Kampagne: Kosten, Interessenten, gewonnen, Umsatz, Pipeline, Kosten je Interessent, ROI
cli-help-campaign-report--id = Die Nummer der Kampagne

segment-criterion-invalid = { $key }: „{ $value }“ ist kein gültiger Wert
segment-criterion-unknown = unbekanntes Kriterium „{ $key }“; bekannt sind: { $keys }
segment-rfm-unknown = unbekanntes RFM-Segment „{ $value }“; bekannt sind: { $names }
segment-id-or-criteria = die Nummer eines Segments oder Kriterien angeben (z. B. --status customer), nicht beides
segment-saved = Segment { $id } gespeichert: { $name }
segment-count = { $count ->
    [one] 1 Kunde
   *[other] { $count } Kunden
} (gefunden über { $plan })
cli-field-filter = Filter
cli-field-members = Mitglieder
cli-field-plan = gefunden über

cli-help-segment = Segmente: gespeicherte Kundenfilter; anlegen, ändern, zeigen, auflisten, Mitglieder, zählen
cli-help-segment-add = Ein Segment speichern: ein Name und seine Kriterien (alle müssen zutreffen)
cli-help-segment-add--name = Der Name des Segments
cli-help-segment-add--filter = Kriterien in Kurzform: Paare schlüssel=wert, getrennt durch ;
cli-help-segment-add--status = lead, prospect, customer oder inactive
cli-help-segment-add--tags-all = Hat jedes dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-add--tags-any = Hat mindestens eines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-add--tags-none = Hat keines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-add--country = Das Land (ISO-Code) der ersten Adresse mit einem Land
cli-help-segment-add--city = Der Ort einer der Adressen
cli-help-segment-add--postal-code = Ein PLZ-Bereich, z. B. 10000..14999
cli-help-segment-add--owner = Der Betreuer des Kunden
cli-help-segment-add--interaction-before = Der letzte Kontakt war vor diesem Tag (oder es gab keinen)
cli-help-segment-add--interaction-after = Der letzte Kontakt war an oder nach diesem Tag
cli-help-segment-add--interaction-within = Der letzte Kontakt war innerhalb so vieler Tage
cli-help-segment-add--open-opportunities = Hat eine Verkaufschance in einer offenen Phase
cli-help-segment-add--revenue = Umsatz in einem Zeitraum mindestens ein Betrag: VON..BIS>=BETRAG
cli-help-segment-add--abc = ABC-Klasse nach Umsatz: A, B oder C
cli-help-segment-add--rfm = RFM-Segment, z. B. champions oder at-risk
cli-help-segment-edit = Ein Segment umbenennen oder seine Kriterien ersetzen (angegebene Kriterien ersetzen alle)
cli-help-segment-edit--id = Die Nummer des Segments
cli-help-segment-edit--name = Ein neuer Name
cli-help-segment-edit--filter = Kriterien in Kurzform: Paare schlüssel=wert, getrennt durch ;
cli-help-segment-edit--status = lead, prospect, customer oder inactive
cli-help-segment-edit--tags-all = Hat jedes dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-edit--tags-any = Hat mindestens eines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-edit--tags-none = Hat keines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-edit--country = Das Land (ISO-Code) der ersten Adresse mit einem Land
cli-help-segment-edit--city = Der Ort einer der Adressen
cli-help-segment-edit--postal-code = Ein PLZ-Bereich, z. B. 10000..14999
cli-help-segment-edit--owner = Der Betreuer des Kunden
cli-help-segment-edit--interaction-before = Der letzte Kontakt war vor diesem Tag (oder es gab keinen)
cli-help-segment-edit--interaction-after = Der letzte Kontakt war an oder nach diesem Tag
cli-help-segment-edit--interaction-within = Der letzte Kontakt war innerhalb so vieler Tage
cli-help-segment-edit--open-opportunities = Hat eine Verkaufschance in einer offenen Phase
cli-help-segment-edit--revenue = Umsatz in einem Zeitraum mindestens ein Betrag: VON..BIS>=BETRAG
cli-help-segment-edit--abc = ABC-Klasse nach Umsatz: A, B oder C
cli-help-segment-edit--rfm = RFM-Segment, z. B. champions oder at-risk
cli-help-segment-show = Ein Segment mit seinen Kriterien und wie viele Mitglieder es jetzt hat
cli-help-segment-show--id = Die Nummer des Segments
cli-help-segment-list = Alle Segmente
cli-help-segment-members = Die Kunden, die ein Segment oder die angegebenen Kriterien jetzt auswählen
cli-help-segment-members--id = Die Nummer eines gespeicherten Segments (oder Kriterien angeben)
cli-help-segment-members--filter = Kriterien in Kurzform: Paare schlüssel=wert, getrennt durch ;
cli-help-segment-members--status = lead, prospect, customer oder inactive
cli-help-segment-members--tags-all = Hat jedes dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-members--tags-any = Hat mindestens eines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-members--tags-none = Hat keines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-members--country = Das Land (ISO-Code) der ersten Adresse mit einem Land
cli-help-segment-members--city = Der Ort einer der Adressen
cli-help-segment-members--postal-code = Ein PLZ-Bereich, z. B. 10000..14999
cli-help-segment-members--owner = Der Betreuer des Kunden
cli-help-segment-members--interaction-before = Der letzte Kontakt war vor diesem Tag (oder es gab keinen)
cli-help-segment-members--interaction-after = Der letzte Kontakt war an oder nach diesem Tag
cli-help-segment-members--interaction-within = Der letzte Kontakt war innerhalb so vieler Tage
cli-help-segment-members--open-opportunities = Hat eine Verkaufschance in einer offenen Phase
cli-help-segment-members--revenue = Umsatz in einem Zeitraum mindestens ein Betrag: VON..BIS>=BETRAG
cli-help-segment-members--abc = ABC-Klasse nach Umsatz: A, B oder C
cli-help-segment-members--rfm = RFM-Segment, z. B. champions oder at-risk
cli-help-segment-count = Wie viele Kunden ein Segment oder die angegebenen Kriterien jetzt auswählen
cli-help-segment-count--id = Die Nummer eines gespeicherten Segments (oder Kriterien angeben)
cli-help-segment-count--filter = Kriterien in Kurzform: Paare schlüssel=wert, getrennt durch ;
cli-help-segment-count--status = lead, prospect, customer oder inactive
cli-help-segment-count--tags-all = Hat jedes dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-count--tags-any = Hat mindestens eines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-count--tags-none = Hat keines dieser Schlagwörter (durch Komma getrennt)
cli-help-segment-count--country = Das Land (ISO-Code) der ersten Adresse mit einem Land
cli-help-segment-count--city = Der Ort einer der Adressen
cli-help-segment-count--postal-code = Ein PLZ-Bereich, z. B. 10000..14999
cli-help-segment-count--owner = Der Betreuer des Kunden
cli-help-segment-count--interaction-before = Der letzte Kontakt war vor diesem Tag (oder es gab keinen)
cli-help-segment-count--interaction-after = Der letzte Kontakt war an oder nach diesem Tag
cli-help-segment-count--interaction-within = Der letzte Kontakt war innerhalb so vieler Tage
cli-help-segment-count--open-opportunities = Hat eine Verkaufschance in einer offenen Phase
cli-help-segment-count--revenue = Umsatz in einem Zeitraum mindestens ein Betrag: VON..BIS>=BETRAG
cli-help-segment-count--abc = ABC-Klasse nach Umsatz: A, B oder C
cli-help-segment-count--rfm = RFM-Segment, z. B. champions oder at-risk
cli-kind-campaign = Kampagne
cli-kind-segment = Segment
