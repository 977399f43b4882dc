# Kunden-Dubletten in der TUI (g D): die Kandidatenpaare und zwei Kunden nebeneinander zum
# Zusammenführen.

legend-go-duplicates = Dubletten
action-go-duplicates = Zu den Kunden-Dubletten
legend-merge-customers = Zusammenlegen
action-merge-customers = Rechten in linken Kunden zusammenführen
legend-swap-survivor = Tauschen
action-swap-survivor = Tauschen, welcher Kunde bleibt

duplicates-tui-title = Kunden-Dubletten
duplicates-tui-hint = { $pairs ->
        [one] 1 Paar
       *[other] { $pairs } Paare
    }, stärkste Hinweise zuerst{ $crowds ->
        [0] {""}
        [one] {""} · 1 Merkmal, das zu viele teilen
       *[other] {""} · { $crowds } Merkmale, die zu viele teilen
    }
duplicates-tui-col-customer = Kunde
duplicates-tui-col-duplicate = Wohl derselbe wie
duplicates-tui-col-why = Warum
duplicates-tui-why = Warum: { $rules }
duplicates-tui-crowd-count = { $count } Kunden
duplicates-tui-crowd-no-pair = dieses Merkmal teilen zu viele Kunden, um sie zu paaren; es wird nur aufgeführt, nicht zusammengeführt
duplicates-tui-none = keine zwei Kunden sehen aus wie einer
duplicates-tui-open = Nebeneinander
duplicates-tui-pair-title = Kunde { $loser } in Kunde { $survivor }
duplicates-tui-stays = Bleibt: { $id }
duplicates-tui-goes = Geht darin auf: { $id }
duplicates-tui-label-number = Nummer
duplicates-tui-label-address = Adresse
duplicates-tui-label-contact = Kontakt
duplicates-tui-merge = Die Zusammenführung
duplicates-tui-refusal = Nicht zusammenführbar
duplicates-tui-would-move = Geht mit über: { $moved }
duplicates-tui-number-kept = Kundennummer { $kept } bleibt; { $noted } kommt in die Notizen.
duplicates-tui-refused = diese beiden Kunden können nicht zusammengeführt werden: die Konflikte stehen unten
duplicates-tui-question = Kunde { $survivor } ({ $survivor_name }) bleibt; Kunde { $loser } damit zusammenführen?
