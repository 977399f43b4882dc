## Lieferantenartikel: Preise eines Lieferanten (mit Staffeln), Gültigkeit, Wiederbeschaffungszeit, Mindestmenge und Vielfaches für einen Artikel (src/domain/supplier_item.rs, src/domain/fields/supplier_item.rs, src/core/supplier_items.rs, src/cli/supplier_item.rs)

supplier-item-kind = Lieferantenartikel
supplier-item-kind-plural = Lieferantenartikel
supplier-item-count = { $count ->
        [one] { $count } Lieferantenartikel
       *[other] { $count } Lieferantenartikel
    }
supplier-item-search-by = Artikelnr. des Lieferanten
supplier-item-no-price = mindestens einen Preis angeben (--price 4,50 oder --price 100:4,20)
supplier-item-negative-price = ein Preis kann nicht negativ sein ({ $price })
supplier-item-break-twice = zwei Preise ab derselben Menge { $from }: jede Menge nur einmal angeben
supplier-item-until-before-from = der letzte gültige Tag liegt vor dem ersten
supplier-item-not-positive = muss größer als 0 sein, nicht { $value }
supplier-item-no-item = kein Artikel mit Artikelnr., Barcode oder Nummer „{ $text }“
supplier-item-no-supplier = kein Lieferant mit Lieferantennr. oder Nummer „{ $text }“
supplier-item-import-items-only = --supplier-column gilt nur für `import items`
supplier-item-import-no-column = --supplier-column { $name }: keine solche Spalte (Spalten: { $columns })
supplier-item-import-linked = { $count ->
        [one] 1 Artikel mit seinem Lieferanten als bevorzugtem Lieferantenartikel verknüpft
       *[other] { $count } Artikel mit ihren Lieferanten als bevorzugten Lieferantenartikeln verknüpft
    }
legend-go-supplier-items = Lief.-Artikel
action-go-supplier-items = Zu den Lieferantenartikeln
cli-records-supplier-items = { $count ->
        [one] 1 Lieferantenartikel
       *[other] { $count } Lieferantenartikel
    }
cli-kind-supplier-item = Lieferantenartikel
cli-field-supplier = Lieferant
cli-field-supplier-sku = Lief.-Artikelnr.
cli-field-moq = Mindestmenge
cli-field-multiple = Vielfaches
cli-field-preferred = bevorzugt
cli-help-import--supplier-column = Artikel: jeden mit dem Lieferanten verknüpfen, dessen Lieferantennr. diese Spalte enthält, als bevorzugten Lieferantenartikel

domain-field-supplier-item-id = Nr.
domain-field-supplier-item-version = Version
domain-field-supplier-item-item = Artikel
domain-help-supplier-item-item = Artikelnr., Barcode oder Nummer (id) des Artikels
domain-field-supplier-item-supplier = Lieferant
domain-help-supplier-item-supplier = Lieferantennr. oder Nummer (id) des Lieferanten
domain-field-supplier-item-supplier-sku = Lief.-Art.-Nr.
domain-help-supplier-item-supplier-sku = Die eigene Artikelnummer des Lieferanten
domain-field-supplier-item-price = Preise
domain-help-supplier-item-price = Stückpreis ab einer Menge, AB:PREIS (100:4,20) oder ein Preis ab 1; für Staffelpreise wiederholen
domain-field-supplier-item-currency = Währung
domain-help-supplier-item-currency = Währung der Preise [Standard: die der Datenbank]
domain-field-supplier-item-valid-from = Gültig ab
domain-help-supplier-item-valid-from = Erster Tag, an dem die Preise gelten (05.12.2026 oder 2026-12-05) [Standard: immer]
domain-field-supplier-item-valid-until = Gültig bis
domain-help-supplier-item-valid-until = Letzter Tag, an dem die Preise gelten [Standard: ohne Ende]
domain-field-supplier-item-lead-days = WBZ (Arbeitst.)
domain-help-supplier-item-lead-days = Arbeitstage von der Bestellung bis zum Wareneingang [Standard: 0]
domain-field-supplier-item-moq = Mindestmenge
domain-help-supplier-item-moq = Mindestbestellmenge
domain-field-supplier-item-multiple = Vielfaches
domain-help-supplier-item-multiple = Bestellt wird ein ganzes Vielfaches dieser Menge
domain-field-supplier-item-preferred = Bevorzugt
domain-help-supplier-item-preferred = Der bevorzugte Lieferant des Artikels (ja oder nein); ein anderer bevorzugter des Artikels ist es dann nicht mehr

## Hilfe von supplier-item
cli-help-supplier-item = Lieferantenartikel: add, show, list, search, edit, delete, price, remove
cli-help-supplier-item-add = Einen Lieferantenartikel anlegen und ausgeben
cli-help-supplier-item-edit = Einen Lieferantenartikel ändern: jede angegebene Option setzt ihr Feld, ein leerer Wert leert es
cli-help-supplier-item-add--item = Artikelnr., Barcode oder Nummer (id) des Artikels
cli-help-supplier-item-add--supplier = Lieferantennr. oder Nummer (id) des Lieferanten
cli-help-supplier-item-add--supplier-sku = Die eigene Artikelnummer des Lieferanten
cli-help-supplier-item-add--price = Stückpreis ab einer Menge, AB:PREIS (100:4,20) oder ein Preis ab 1; für Staffelpreise wiederholen
cli-help-supplier-item-add--currency = Währung der Preise [Standard: die der Datenbank]
cli-help-supplier-item-add--valid-from = Erster Tag, an dem die Preise gelten (05.12.2026 oder 2026-12-05) [Standard: immer]
cli-help-supplier-item-add--valid-until = Letzter Tag, an dem die Preise gelten [Standard: ohne Ende]
cli-help-supplier-item-add--lead-days = Arbeitstage von der Bestellung bis zum Wareneingang [Standard: 0]
cli-help-supplier-item-add--moq = Mindestbestellmenge
cli-help-supplier-item-add--multiple = Bestellt wird ein ganzes Vielfaches dieser Menge
cli-help-supplier-item-add--preferred = Der bevorzugte Lieferant des Artikels (ja oder nein); ein anderer bevorzugter des Artikels ist es dann nicht mehr
cli-help-supplier-item-edit--item = Artikelnr., Barcode oder Nummer (id) des Artikels
cli-help-supplier-item-edit--supplier = Lieferantennr. oder Nummer (id) des Lieferanten
cli-help-supplier-item-edit--supplier-sku = Die eigene Artikelnummer des Lieferanten
cli-help-supplier-item-edit--price = Stückpreis ab einer Menge, AB:PREIS (100:4,20) oder ein Preis ab 1; für Staffelpreise wiederholen
cli-help-supplier-item-edit--currency = Währung der Preise [Standard: die der Datenbank]
cli-help-supplier-item-edit--valid-from = Erster Tag, an dem die Preise gelten (05.12.2026 oder 2026-12-05) [Standard: immer]
cli-help-supplier-item-edit--valid-until = Letzter Tag, an dem die Preise gelten [Standard: ohne Ende]
cli-help-supplier-item-edit--lead-days = Arbeitstage von der Bestellung bis zum Wareneingang [Standard: 0]
cli-help-supplier-item-edit--moq = Mindestbestellmenge
cli-help-supplier-item-edit--multiple = Bestellt wird ein ganzes Vielfaches dieser Menge
cli-help-supplier-item-edit--preferred = Der bevorzugte Lieferant des Artikels (ja oder nein); ein anderer bevorzugter des Artikels ist es dann nicht mehr
cli-help-supplier-item-edit--id = Nummer (id) des Lieferantenartikels
cli-help-supplier-item-edit--expect-version = Die Änderung ablehnen, wenn der Lieferantenartikel nicht mehr in dieser Version ist
cli-help-supplier-item-show = Einen Lieferantenartikel anzeigen
cli-help-supplier-item-show--id = Nummer (id) des Lieferantenartikels
cli-help-supplier-item-list = Lieferantenartikel auflisten, eines Artikels oder eines Lieferanten
cli-help-supplier-item-list--item = Nur die Angebote dieses Artikels (Artikelnr., Barcode oder Nummer)
cli-help-supplier-item-list--supplier = Nur die Angebote dieses Lieferanten (Lieferantennr. oder Nummer)
cli-help-supplier-item-search = Lieferantenartikel nach der Artikelnr. des Lieferanten finden (Groß-/Kleinschreibung und Akzente egal)
cli-help-supplier-item-search--text = Wonach gesucht wird: Artikelnr. des Lieferanten
cli-help-supplier-item-search--limit = Höchstens so viele Zeilen
cli-help-supplier-item-delete = Einen Lieferantenartikel löschen; abgelehnt, solange andere Datensätze auf ihn verweisen
cli-help-supplier-item-delete--id = Nummer (id) des Lieferantenartikels
cli-help-supplier-item-delete--force = Die Datensätze, die auf ihn verweisen, mitlöschen
cli-help-supplier-item-remove = Einen Lieferantenartikel entfernen
cli-help-supplier-item-remove--id = Nummer (id) des Lieferantenartikels
supplier-item-no-offer = kein Lieferantenartikel von { $sku } bepreist { $qty } am { $date }
cli-help-supplier-item-price = Stückpreis und Bestellmenge eines Artikels bei einem Lieferanten für eine Menge an einem Tag
cli-help-supplier-item-price--item = Artikelnr., Barcode oder Nummer (id) des Artikels
cli-help-supplier-item-price--supplier = Lieferantennr. oder Nummer (id) des Lieferanten [Standard: der bevorzugte des Artikels]
cli-help-supplier-item-price--qty = Wie viele Einheiten gebraucht werden
cli-help-supplier-item-price--date = Der Tag der Bestellung (05.12.2026 oder 2026-12-05) [Standard: heute]
supplier-item-demo = Einkauf: { $suppliers } Lieferanten, { $offers } Lieferantenartikel
