# tui: the App's own texts (help, palette, which-key, confirmations, status, legend),
# and every action's word for the key legend (legend-<name>) and its one-line
# description (action-<name>), <name> as in keymap files.

## The App: confirmations, status messages, the too-small notice.
tui-demo-offer = Die Datenbank ist leer. Demodaten laden? (j/n)
tui-confirm-discard = Ungespeicherte Änderungen verwerfen? (j/n)
tui-confirm-discard-and-exit = Ungespeicherte Änderungen verwerfen und beenden? (j/n)
tui-not-saved = nicht gespeichert: { $why }
tui-not-a-key = { $keys } ist hier keine Taste
tui-not-permitted = für die Rolle { $role } nicht erlaubt
tui-not-available = { $what } ist hier nicht verfügbar
tui-refreshed = aktualisiert
tui-loading-demo = Demodaten werden geladen …
tui-demo-loaded = { $count ->
    [one] Demodaten geladen: { $count } Kunde
   *[other] Demodaten geladen: { $count } Kunden
}
tui-too-small = kontor braucht mindestens { $needed } (dieses Terminal hat { $size })

## Popups: help, command palette, which-key, confirmation.
tui-help-layer = Ebene { $layer }:
tui-help-title = Hilfe — jede Taste schließt
tui-help-title-more = Hilfe — Runter/PgDn für mehr, jede andere Taste schließt
tui-help-title-back = Hilfe — Hoch/PgUp zurück, jede andere Taste schließt
tui-palette-title = Befehle
tui-which-key-title = Tasten
tui-confirm-title = Bestätigen
tui-more-keys = { $count ->
    [one] +1 Taste
   *[other] +{ $count } Tasten
}

## Lists: the count beside a search query.
tui-search-found = ({ $count } gefunden)

## What an action means on one screen, where its own label would mislead.
tui-meaning-log = Neu
tui-meaning-due-all = Fällig/alle
tui-meaning-period = Periode
tui-meaning-next-bom = Nächste Stl.
tui-meaning-previous-bom = Vorige Stl.
tui-meaning-first-bom = Erste Stl.
tui-meaning-last-bom = Letzte Stl.
tui-meaning-produce = Fertigen

## Key legend: a word or two per action.
legend-quit = Verlassen
legend-force-quit = Beenden
legend-help = Hilfe
legend-back = Zurück
legend-refresh = Aktualisieren
legend-repaint = Neu zeichnen
legend-palette = Befehle
legend-caller-lookup = Anrufer
legend-create = Neu
legend-prompt = Auswahl
legend-search = Suchen
legend-up = Hoch
legend-down = Runter
legend-page-up = Seite hoch
legend-page-down = Seite runter
legend-first = Anfang
legend-last = Ende
legend-left = Links
legend-right = Rechts
legend-open = Öffnen
legend-next-field = Weiter
legend-prev-field = Voriges
legend-save = Speichern
legend-cancel = Abbrechen
legend-discard = Verwerfen
legend-edit = Ändern
legend-delete = Löschen
legend-log-call = Anruf
legend-next-stage = Nächste Phase
legend-mark-lost = Verloren
legend-toggle-done = Erledigt
legend-open-customer = Kunde
legend-expand = Aufklappen
legend-collapse = Zuklappen
legend-where-used = Verwendung
legend-preview-confirmation = AB
legend-reorder = Nachbestellen
legend-switch-view = Umschalten
legend-go-home = Start
legend-go-customers = Kunden
legend-go-interactions = Kontakte
legend-go-opportunities = Chancen
legend-go-items = Artikel
legend-go-locations = Lagerplätze
legend-go-boms = Stücklisten
legend-go-production = Fertigung
legend-go-employees = Mitarbeiter
legend-go-payroll = Lohn
legend-go-suppliers = Lieferanten
legend-go-price-rules = Preise
legend-go-quotes = Angebote
legend-go-orders = Aufträge
legend-go-holds = Sperren
legend-new-order = Neuer Auftrag
legend-go-trends = Kauftrends
legend-release-hold = Freigeben
legend-go-scan = Scannen
legend-scan-receive = Zugang
legend-scan-issue = Abgang
legend-scan-move = Umlagern
legend-scan-count = Inventur
legend-produce = Fertigen
legend-payroll-run = Abrechnen
legend-payroll-post = Buchen
legend-go-audit = Protokoll
legend-go-users = Benutzer
legend-add-key = Schlüssel +
legend-remove-key = Schlüssel -
legend-load-demo = Demodaten

## What each action does (help, palette, which-key, kontor keys).
action-quit = Beenden (fragt bei Ungespeichertem)
action-force-quit = kontor ohne Speichern verlassen
action-help = Die Tasten dieses Bildschirms zeigen
action-back = Einen Bildschirm zurück
action-refresh = Die Daten dieses Bildschirms neu laden
action-repaint = Terminal löschen und neu zeichnen
action-palette = Jede Aktion über ihren Namen ausführen
action-caller-lookup = Anrufer über die Telefonnummer finden
action-create = Einen neuen Datensatz anlegen
action-prompt = Einen gültigen Wert für das Feld wählen
action-search = Die Liste beim Tippen filtern
action-up = Markierung eine Zeile nach oben
action-down = Markierung eine Zeile nach unten
action-page-up = Markierung eine Seite nach oben
action-page-down = Markierung eine Seite nach unten
action-first = Zur ersten Zeile
action-last = Zur letzten Zeile
action-left = Zur Spalte links
action-right = Zur Spalte rechts
action-open = Markierten Eintrag öffnen oder wählen
action-next-field = Zum nächsten Feld
action-prev-field = Zum vorigen Feld
action-save = Formular speichern oder Eintrag buchen
action-cancel = Formular ohne Speichern verlassen
action-discard = Änderungen verwerfen und verlassen
action-edit = Markierten Datensatz ändern
action-delete = Markierten Satz löschen (mit Rückfrage)
action-log-call = Anruf beim markierten Kunden erfassen
action-next-stage = Verkaufschance in die nächste Phase
action-mark-lost = Als verloren markieren (mit Grund)
action-toggle-done = Wiedervorlage erledigt oder wieder offen
action-open-customer = Den Kunden dieses Datensatzes öffnen
action-expand = Knoten im Baum öffnen
action-collapse = Knoten im Baum schließen
action-where-used = Stücklisten mit dem markierten Artikel
action-preview-confirmation = Vorschau der Auftragsbestätigung
action-reorder = Artikel unter ihrem Meldebestand zeigen
action-switch-view = Liste umschalten (Kontakte: fällig/alle)
action-go-home = Zur Übersicht
action-go-customers = Zu den Kunden
action-go-interactions = Zu den Kontakten
action-go-opportunities = Zu den Verkaufschancen (Pipeline)
action-go-items = Zu Artikeln und Bestand
action-go-locations = Zu den Lagerplätzen
action-go-boms = Zu den Stücklisten
action-go-production = Zur Fertigung
action-go-employees = Zu den Mitarbeitern
action-go-payroll = Zur Lohnabrechnung
action-go-suppliers = Zu den Lieferanten
action-go-price-rules = Zu den Preisregeln
action-go-quotes = Zu den Angeboten
action-go-orders = Zu den Aufträgen
action-go-holds = Zu den gesperrten Aufträgen
action-new-order = Einen neuen Auftrag erfassen
action-go-trends = Zu den Kauftrends
action-release-hold = Gesperrten Auftrag freigeben (mit Grund)
action-go-scan = Zum Scan-Modus
action-scan-receive = Scan-Modus: Zugang buchen
action-scan-issue = Scan-Modus: Abgang buchen
action-scan-move = Scan-Modus: Bestand umlagern
action-scan-count = Scan-Modus: Bestand zählen
action-produce = Artikel fertigen (zuerst Fehlmengen)
action-payroll-run = Lohnzettel der Periode berechnen
action-payroll-post = Lohnzettel der Periode buchen (sperren)
action-go-audit = Zum Protokoll (Administratoren)
action-go-users = Zu den Benutzern von kontor serve
action-add-key = Öffentlichen Schlüssel hinzufügen
action-remove-key = Markierten Schlüssel entfernen (fragt)
action-load-demo = Demodaten in die leere Datenbank laden

## Key notation and keymap files (`--keymap FILE`, `kontor keys`): what is wrong where.
tui-key-empty = leere Tastenfolge
tui-key-unknown-name = unbekannter Tastenname "{ $name }" (ein einzelnes Zeichen, Space, Enter, Esc, Tab, Backspace, Del, Ins, Up, Down, Left, Right, Home, End, PgUp, PgDn oder F1..F24)
tui-key-bad-function-key = Funktionstasten gehen von F1 bis F24, nicht "{ $name }"
tui-key-shifted-char = S- gilt nur für benannte Tasten; schreiben Sie das Zeichen selbst ("A", nicht "S-a")
tui-unknown-action = unbekannte Aktion "{ $name }"
tui-unknown-action-suggest = unbekannte Aktion "{ $name }" (meinten Sie "{ $suggestion }"?)
tui-keymap-unknown-layer = unbekannte Ebene "{ $layer }" (Ebenen: { $layers })
tui-keymap-unknown-preset = unbekannte Vorlage "{ $preset }" (Vorlagen: default, vim)
tui-keymap-key = Taste "{ $key }": { $problem }
tui-keymap-flow-control = Strg-S und Strg-Q sind auf Terminals und seriellen Leitungen die Flusssteuerung XON/XOFF; belegen Sie eine andere Taste
tui-keymap-alt-character = Alt mit einem Zeichen ist nicht von Esc gefolgt von dem Zeichen zu unterscheiden (Terminals senden beides als Esc, dann das Zeichen; kontor liest Esc, dann die Taste); belegen Sie das Zeichen allein, eine Strg-Taste oder eine F-Taste
tui-keymap-duplicate = doppelt belegt in [{ $layer }] (zuerst in Zeile { $first_line })
tui-keymap-conflict = widerspricht "{ $other }" in Zeile { $other_line } in [{ $layer }]: eine Tastenfolge kann nicht zugleich Belegung und Anfang einer anderen sein
tui-keymap-missing-run = `run` fehlt (ein Aktionsname oder "none" zum Aufheben)
tui-keymap-hides-preset = würde "{ $other }" der Vorlage ({ $action }, { $at }) in [{ $layer }] verdecken: eine Tastenfolge kann nicht zugleich Belegung und Anfang einer anderen sein; heben Sie die der Vorlage zuerst auf mit {"{"} on = "{ $unbind }", run = "none" {"}"}
tui-keymap-not-utf8 = kein gültiges UTF-8 (Byte-Offset { $offset })
tui-keymap-preset-not-string = `preset` muss ein Text sein
tui-keymap-layer-not-list = `{ $layer }` muss eine Liste von {"{"} on = "…", run = "…" {"}"}-Einträgen sein
tui-keymap-entry-not-table = Einträge von `{ $layer }` müssen wie {"{"} on = "…", run = "…" {"}"} aussehen
tui-keymap-field-not-string = `{ $field }` muss ein Text sein
tui-keymap-unknown-field = unbekanntes Feld `{ $field }` (Felder: on, run, desc)
tui-keymap-missing-on = Eintrag ohne `on` (die Tasten)

## Starting the screens.
tui-error-terminal = Terminal: { $error }
tui-error-no-terminal = kein Terminal für die Bildschirme (stdin und stdout müssen eines sein); führen Sie stattdessen einen Befehl aus: kontor --help listet sie
# The start screen while the database opens
tui-run-opening = kontor — { $label } wird geöffnet …
legend-go-deliveries = Lieferscheine
action-go-deliveries = Zu den Lieferscheinen
legend-scan-deliver = Liefern
action-scan-deliver = Scanmodus: einen Auftrag liefern
legend-go-invoices = Rechnungen
action-go-invoices = Zu den Rechnungen und Gutschriften
legend-issue-invoice = Berechnen
action-issue-invoice = Geliefertes, nicht Berechnetes berechnen
legend-credit-note = Gutschrift
action-credit-note = Ganze Rechnung gutschreiben (mit Grund)
legend-enter-payments = Zahlungen
action-enter-payments = Zahlungen erfassen (Rechnungsnr.)
