# Die Suche der TUI über alle Datensätze (`g /`, `/` auf der Startseite, die Befehlspalette)
# und die Listen, die über den Wortindex suchen.

## Aktionen
legend-go-search = Finden
action-go-search = In allen Datensätzen suchen

## Die Suche
search-screen-title = Suche
search-screen-prompt = Suchen:
search-screen-type = Wort, Name oder Nummer eingeben
search-screen-hits = { $count ->
    [one] 1 Treffer
   *[other] { $count } Treffer
}
search-screen-nothing-selected = Kein Treffer ausgewählt.
search-screen-column-kind = Art
search-screen-column-title = Titel
search-screen-column-snippet = Fundstelle
search-screen-column-date = Datum
search-screen-meaning-open = Datensatz öffnen
search-screen-meaning-back = Zurück
search-screen-meaning-home = In allen Datensätzen suchen
