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
