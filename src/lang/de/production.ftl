# production: Fertigungsaufträge (FA-…) und die Planungsparameter eines Artikels

production-state-open = offen
production-state-partly-done = teilweise gefertigt
production-state-done = gefertigt
production-state-cancelled = storniert
production-start-after-due = der Start { $start } liegt nach dem Fälligkeitstag { $due }
production-more-than-open = bei { $number } sind nur { $open } offen, nicht { $quantity }
production-reason-missing = Bitte einen Grund für die Stornierung angeben
production-not-open = { $number } ist { $state }: daran ist nichts offen
production-unknown = es gibt keinen Fertigungsauftrag { $number }
production-safety-stock-twice = der Sicherheitsbestand in { $location } ist doppelt angegeben
production-safety-stock-form = „{ $text }“ ist kein Sicherheitsbestand: LAGERPLATZ=MENGE schreiben
production-added = Fertigungsauftrag { $number }: { $quantity } × { $sku }, fällig { $due }
production-completed = { $number }: { $quantity } × { $sku } gefertigt ({ $components ->
        [one] 1 Komponente
       *[other] { $components } Komponenten
    } verbraucht), { $open } noch offen
production-cancelled = { $number }: die offenen { $quantity } storniert

domain-field-item-lot-rule = Losgrößenregel
domain-field-item-lot-min = Mindestlos
domain-field-item-lot-multiple = Losvielfaches
domain-field-item-lot-max = Höchstlos
domain-field-item-safety-stock = Sich.-Bestand
domain-field-item-production-days = Fertigungstage
domain-help-item-lot-rule = Wie die Planung einen Auftrag bemisst: lot-for-lot, fixed:MENGE oder period:TAGE [Vorgabe: lot-for-lot]
domain-help-item-lot-min = Die kleinste geplante Auftragsmenge
domain-help-item-lot-multiple = Geplante Auftragsmengen werden auf ein Vielfaches davon aufgerundet
domain-help-item-lot-max = Die größte geplante Auftragsmenge (mehr ergibt mehrere Aufträge)
domain-help-item-safety-stock = Sicherheitsbestand an einem Lagerplatz, LAGERPLATZ=MENGE (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
domain-help-item-production-days = Arbeitstage, die ein Fertigungsauftrag des Artikels dauert, eine ganze Zahl [Vorgabe: 0]

cli-field-done = Gefertigt
cli-field-start = Start
cli-field-completions = Fertigmeldungen
cli-field-cancelled-quantity = Storniert
cli-field-lot-rule = Losgrößenregel
cli-field-lot-min = Mindestlos
cli-field-lot-multiple = Losvielfaches
cli-field-lot-max = Höchstlos
cli-field-safety-stock = Sicherheitsbestand
cli-field-production-days = Fertigungstage

cli-help-production = Fertigungsaufträge: anlegen, auflisten, zeigen, fertig melden (ganz oder teilweise), den Rest stornieren
cli-help-production-add = Einen Fertigungsauftrag für einen Artikel mit Stückliste anlegen
cli-help-production-add--sku = Artikelnummer oder Barcode des zu fertigenden Artikels
cli-help-production-add--quantity = Wie viele Einheiten gefertigt werden
cli-help-production-add--due = Der Fälligkeitstag (2026-12-05 oder 05.12.2026)
cli-help-production-add--start = Der Tag, an dem die Fertigung beginnt [Standard: die Fertigungstage des Artikels vor dem Fälligkeitstag]
cli-help-production-add--location = Woher die Komponenten kommen und wohin das Produkt geht [Standard: der Standardlagerplatz]
cli-help-production-list = Alle Fertigungsaufträge, die ältesten zuerst
cli-help-production-list--open = Nur die Aufträge, an denen noch etwas zu fertigen ist
cli-help-production-show = Ein Fertigungsauftrag mit seinen Fertigmeldungen
cli-help-production-show--number = Die Nummer des Auftrags (FA-2026-00001)
cli-help-production-complete = Alles Offene eines Auftrags oder einen Teil fertig melden: Komponenten hinaus, Produkt herein
cli-help-production-complete--number = Die Nummer des Auftrags (FA-2026-00001)
cli-help-production-complete--quantity = Wie viele jetzt gefertigt werden [Standard: alles Offene]
cli-help-production-cancel = Das noch Offene eines Auftrags stornieren, mit Grund
cli-help-production-cancel--number = Die Nummer des Auftrags (FA-2026-00001)
cli-help-production-cancel--reason = Warum der Rest nicht gefertigt wird

cli-help-item-add--lot-rule = Wie die Planung einen Auftrag bemisst: lot-for-lot, fixed:MENGE oder period:TAGE [Standard: lot-for-lot]
cli-help-item-add--lot-min = Die kleinste geplante Auftragsmenge
cli-help-item-add--lot-multiple = Geplante Auftragsmengen werden auf ein Vielfaches davon aufgerundet
cli-help-item-add--lot-max = Die größte geplante Auftragsmenge (mehr ergibt mehrere Aufträge)
cli-help-item-add--safety-stock = Sicherheitsbestand an einem Lagerplatz, LAGERPLATZ=MENGE (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
cli-help-item-add--production-days = Arbeitstage, die ein Fertigungsauftrag des Artikels dauert, eine ganze Zahl [Standard: 0]
cli-help-item-edit--lot-rule = Wie die Planung einen Auftrag bemisst: lot-for-lot, fixed:MENGE oder period:TAGE [Standard: lot-for-lot]
cli-help-item-edit--lot-min = Die kleinste geplante Auftragsmenge
cli-help-item-edit--lot-multiple = Geplante Auftragsmengen werden auf ein Vielfaches davon aufgerundet
cli-help-item-edit--lot-max = Die größte geplante Auftragsmenge (mehr ergibt mehrere Aufträge)
cli-help-item-edit--safety-stock = Sicherheitsbestand an einem Lagerplatz, LAGERPLATZ=MENGE (wiederholbar; beim Ändern ersetzt es alle, leer löscht)
cli-help-item-edit--production-days = Arbeitstage, die ein Fertigungsauftrag des Artikels dauert, eine ganze Zahl [Standard: 0]

cli-kind-production-order = Fertigungsauftrag

# Die Fertigungsaufträge in der TUI (g F).
legend-go-production-orders = FA-Liste
action-go-production-orders = Zu den Fertigungsaufträgen
legend-cancel-rest = Stornieren
action-cancel-rest = Rest eines Fertigungsauftrags stornieren
production-tui-title = Fertigungsaufträge
production-tui-hint = { $count } Fertigungsaufträge — Enter öffnet einen
production-tui-none = kein Fertigungsauftrag ausgewählt
production-tui-col-number = Nummer
production-tui-col-quantity = Menge
production-tui-col-done = Gefertigt
production-tui-col-open = Offen
production-tui-col-due = Fällig
production-tui-col-state = Status
production-tui-detail-title = Fertigungsauftrag { $number }
production-tui-figures = { $quantity } beauftragt, { $done } gefertigt, { $open } offen
production-tui-location = Lagerort
production-tui-dates = Start / fällig
production-tui-start-due = { $start } / { $due }
production-tui-completed = { $quantity } gefertigt am { $at } ({ $agent })
production-tui-cancelled = { $quantity } storniert: { $reason }
production-tui-needs = Komponentenbedarf des offenen Rests
production-tui-not-open = { $number } ist { $state }: nichts ist mehr offen
production-tui-complete-title = { $number } fertigmelden
production-tui-completed-now = { $quantity } auf { $number } gefertigt
production-tui-short = { $producing } kann in { $location } nicht gefertigt werden: { $count } Komponente(n) fehlen; nichts gebucht
production-tui-cancel-title = Rest von { $number } stornieren
production-tui-reason = Grund
production-tui-cancelled-now = der Rest von { $number } ist storniert
