# Der Dispositionslauf: seine Ablehnungen, Bedarfe und Deckungen in Worten, Aktionsmeldungen.

## Ablehnungen
mrp-error-unknown-item = Die Planungsdaten nennen Artikel { $item }, den es nicht gibt.
mrp-error-duplicate-item = Artikel { $item } steht zweimal in den Planungsdaten (oder hat zwei Stücklisten).
mrp-error-quantity = { $sku }: Die Menge { $quantity } lässt sich nicht planen (negativ oder zu groß).
mrp-error-planning = { $sku }: Die Dispositionsparameter sind ungültig: { $problem }
mrp-error-cycle = Die Stücklisten bilden einen Kreis: { $items }
mrp-error-calendar = Der Kalender hat vor dem { $date } keinen Arbeitstag.
mrp-error-overflow = { $sku }: Die Mengen sind zu groß zum Planen (Losregel und Stückliste prüfen).

## Bedarfe und Deckungen
mrp-demand-safety-stock = Sicherheitsbestand in { $location }
mrp-demand-sales-line = Auftrag { $order }, Position { $line }
mrp-demand-production-order = Fertigungsauftrag { $order }
mrp-demand-planned = Planauftrag { $key }
mrp-supply-on-hand = Bestand
mrp-supply-purchase-line = Bestellung { $order }, Position { $line }
mrp-supply-production-order = Fertigungsauftrag { $order }
mrp-supply-planned = Planauftrag { $key }

## Aktionsmeldungen
mrp-action-expedite = Vorziehen vom { $from } auf den { $to }
mrp-action-defer = Verschieben vom { $from } auf den { $to }
mrp-action-cancel = Stornieren ({ $quantity } nicht benötigt)
mrp-action-increase = Erhöhen von { $from } auf { $to }
mrp-action-decrease = Verringern von { $from } auf { $to }
mrp-action-release = Jetzt freigeben (Freigabetermin { $release })
mrp-action-past-due = Überfällig seit { $due } ({ $quantity } offen)

## The run on the store
mrp-no-plan = Es gibt noch keinen freigegebenen Plan: zuerst `kontor mrp run` ausführen.
mrp-unknown-key = Der freigegebene Plan hat keinen Planauftrag { $key }.
mrp-demand-empty = Bitte einen Bedarf nennen: eine Auftragsposition (AU-2026-00001/1), einen Fertigungsauftrag oder den Schlüssel eines Planauftrags.
mrp-demand-line = { $text }: nach dem Schrägstrich muss eine Positionsnummer stehen.
mrp-convert-nothing = Kein Planauftrag passt: nichts wurde umgesetzt.
mrp-convert-no-supplier = { $key }: Artikel { $sku } hat keinen bevorzugten Lieferanten, daher kann die geplante Bestellung nicht umgesetzt werden. Dem Artikel einen bevorzugten Lieferantenartikel geben und die Disposition erneut ausführen.
mrp-convert-note = Aus dem Dispositionsplan umgesetzt.
mrp-ran = Plan gespeichert: { $orders } Planaufträge ({ $buy } zu kaufen, { $make } zu fertigen, { $firm } fixiert), { $actions } Aktionsmeldungen; { $new } neu, { $changed } geändert, { $gone } entfallen seit dem letzten Lauf.
mrp-dry-run-same = Der Plan wäre derselbe wie der freigegebene.
mrp-demand-unknown = Der freigegebene Plan hat keinen Bedarf { $demand }.
mrp-peg-what = Bitte den Schlüssel eines Planauftrags nennen oder einen Bedarf mit --demand.
mrp-surplus = Überschuss
mrp-firmed = Planauftrag { $key } ist fixiert: spätere Läufe behalten ihn, wie er ist.
mrp-unfirmed = Planauftrag { $key } ist nicht mehr fixiert: der nächste Lauf plant ihn neu.
mrp-ignored = Planauftrag { $key } wird ignoriert: convert --all übergeht ihn, solange Läufe ihn mit demselben Artikel, Termin und derselben Menge wiederbringen.
mrp-unignored = Planauftrag { $key } wird nicht mehr ignoriert.
mrp-convert-what = Bitte die Schlüssel der Planaufträge nennen oder --all.
mrp-converted = { $orders } Planaufträge umgesetzt: Bestellungen { $purchase }; Fertigungsaufträge { $production }.

## kontor mrp --help
cli-help-mrp = Disposition (MRP): Plan rechnen und speichern, zeigen, Bedarfsverursacher, fixieren, Aktionsmeldungen, in Aufträge umsetzen
cli-help-mrp-run = Neu planen und den Plan speichern (fixierte Planaufträge bleiben); eine Zusammenfassung ausgeben
cli-help-mrp-run--dry-run = Nichts speichern: auflisten, was gegenüber dem freigegebenen Plan neu, geändert oder entfallen wäre
cli-help-mrp-run--horizon = Die Bedarfe bis so viele Tage voraus planen
cli-help-mrp-show = Die Planaufträge des freigegebenen Plans
cli-help-mrp-show--item = Nur die Aufträge dieses Artikels (Artikelnr.)
cli-help-mrp-peg = Die Bedarfe, die ein Planauftrag deckt, oder (--demand) was einen Bedarf deckt
cli-help-mrp-peg--key = Der Schlüssel des Planauftrags (PL-…)
cli-help-mrp-peg--demand = Eine Auftragsposition (AU-2026-00001/1), ein Fertigungsauftrag (FA-…) oder der Schlüssel eines Planauftrags
cli-help-mrp-firm = Einen Planauftrag fixieren: spätere Läufe behalten ihn, wie er ist
cli-help-mrp-firm--key = Der Schlüssel des Planauftrags (PL-…)
cli-help-mrp-unfirm = Einen Planauftrag nicht mehr fixieren: der nächste Lauf plant ihn neu
cli-help-mrp-unfirm--key = Der Schlüssel des Planauftrags (PL-…)
cli-help-mrp-ignore = Einen Planauftrag ignorieren: convert --all übergeht ihn, solange Läufe ihn unverändert wiederbringen
cli-help-mrp-ignore--key = Der Schlüssel des Planauftrags (PL-…)
cli-help-mrp-unignore = Einen Planauftrag nicht mehr ignorieren
cli-help-mrp-unignore--key = Der Schlüssel des Planauftrags (PL-…)
cli-help-mrp-actions = Die Aktionsmeldungen zu bestehenden Bestellungen und Fertigungsaufträgen
cli-help-mrp-convert = Planaufträge in Bestellungen (ein Entwurf je Lieferant) und Fertigungsaufträge umsetzen
cli-help-mrp-convert--keys = Die Schlüssel der Planaufträge
cli-help-mrp-convert--all = Alle Planaufträge (nur die mit --buy oder --make, wenn angegeben)
cli-help-mrp-convert--buy = Nur geplante Bestellungen
cli-help-mrp-convert--make = Nur geplante Fertigungsaufträge

## Words of the planned order tables
mrp-kind-buy = Kauf
mrp-kind-make = Fertigung
cli-field-release = Freigabe
cli-field-ignored = ignoriert
cli-field-firm = fixiert
cli-field-message = Meldung
cli-field-was = vorher
cli-field-required = Bedarfsmenge
