# The TUI's search over every record (`g /`, `/` on Home, the palette) and the list
# screens searching the word index.

## Actions
legend-go-search = Find
action-go-search = Search every record

## The search screen
search-screen-title = Search
search-screen-prompt = Search:
search-screen-type = Type a word, a name or a number
search-screen-hits = { $count ->
    [one] 1 hit
   *[other] { $count } hits
}
search-screen-nothing-selected = No hit selected.
search-screen-column-kind = Kind
search-screen-column-title = Title
search-screen-column-snippet = Found in
search-screen-column-date = Date
search-screen-meaning-open = Open the record
search-screen-meaning-back = Back
search-screen-meaning-home = Search every record
