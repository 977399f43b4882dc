# Die Planungs-Masken der TUI: Planaufträge mit Auswahlspalte, Bedarfsnachweis,
# Aktionsmeldungen und der Planungslauf, der zuerst seine Änderungen zeigt.

## Aktionen
legend-go-mrp = Planung
action-go-mrp = Zur Materialbedarfsplanung
legend-mrp-firm = Fixieren
action-mrp-firm = Auswahl 1: Planauftrag fixieren
legend-mrp-convert = Umsetzen
action-mrp-convert = Auswahl 2: in einen Auftrag umsetzen
legend-mrp-unfirm = Lösen
action-mrp-unfirm = Auswahl 3: Fixierung aufheben
legend-mrp-ignore = Ignorieren
action-mrp-ignore = Auswahl 4: Planauftrag ignorieren
legend-mrp-unignore = Beachten
action-mrp-unignore = Auswahl 5: wieder beachten
legend-mrp-run = Planungslauf
action-mrp-run = Planungslauf, Änderungen zuerst

## Planaufträge
tui-mrp-title = Bedarfsplanung
tui-mrp-actions-title = Aktionsmeldungen der Planung
tui-mrp-none = Noch keine Planung: U startet den Planungslauf.
tui-mrp-hint = Planung vom { $date } von { $user }: { $count ->
    [one] 1 Planauftrag
   *[other] { $count } Planaufträge
}. U plant neu.
tui-mrp-actions-hint = { $count ->
    [one] 1 Aktionsmeldung
   *[other] { $count } Aktionsmeldungen
} zu bestehenden Zugängen. v: Planaufträge
tui-mrp-options = 1=fixieren 2=umsetzen 3=lösen 4=ignorieren 5=beachten
tui-mrp-enter-demands = Bedarfe
tui-mrp-enter-apply = Ausführen
tui-mrp-col-option = Opt
tui-mrp-col-item = Artikel
tui-mrp-col-quantity = Menge
tui-mrp-col-release = Freigabe
tui-mrp-col-due = Termin
tui-mrp-col-kind = K/F
tui-mrp-col-supplier = Lieferant
tui-mrp-col-firm = Fix
tui-mrp-col-supply = Zugang
tui-mrp-col-message = Meldung
tui-mrp-buy = Kauf
tui-mrp-make = Fert
tui-mrp-firm-mark = fix
tui-mrp-col-ignored = Ign.
tui-mrp-ignored-mark = ign.
tui-mrp-applied-ignored = { $ignored } ignoriert, { $unignored } nicht mehr ignoriert.
tui-mrp-none-selected = Kein Planauftrag ausgewählt.
tui-mrp-applied = { $firmed } fixiert, { $unfirmed } gelöst, { $converted } umgesetzt.
tui-mrp-made = Angelegt: { $documents }.

tui-mrp-to-actions = Aktionsmeldungen
tui-mrp-to-orders = Planaufträge

## Bedarfsnachweis
tui-mrp-peg-title = Bedarfe von { $key }
tui-mrp-peg-order = { $kind } { $quantity } × { $sku } { $name }, Freigabe { $release }, Bedarf { $due }
tui-mrp-peg-firm = Fixiert
tui-mrp-peg-ignored = Ignoriert: „Alle umsetzen“ übergeht ihn
tui-mrp-peg-supplier = Lieferant: { $supplier }
tui-mrp-peg-col-demand = Bedarf
tui-mrp-peg-col-date = Datum
tui-mrp-peg-col-quantity = Menge
tui-mrp-peg-surplus = Überschuss (deckt keinen Bedarf)

## Der Planungslauf
tui-mrp-preview-title = Planungslauf: was sich ändert
tui-mrp-preview-hint = Ungespeichert: { $new } neu, { $changed } geändert, { $gone } entfallen. U speichert, Esc verwirft.
tui-mrp-preview-same = Ungespeichert: keine Änderung. U speichert, Esc verwirft.
tui-mrp-change-new = neu
tui-mrp-change-changed = geändert
tui-mrp-change-gone = entfällt
tui-mrp-col-change = Änderung
tui-mrp-ran = Planungslauf gespeichert: { $count ->
    [one] 1 Planauftrag
   *[other] { $count } Planaufträge
}.
