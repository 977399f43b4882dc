# screens-crm: die CRM-Masken (Übersicht, Kunden, Kontakte, Verkaufschancen, Pipeline,
# Anrufersuche, Protokoll, Benutzer) und die Formulare und Auswahllisten, die sie teilen.

## Spaltenköpfe
crm-column-id = ID
crm-column-name = Name
crm-column-status = Status
crm-column-phone = Telefon
crm-column-city = Ort
crm-column-owner = Betreuer
crm-column-country = Land
crm-column-customer = Kunde
crm-column-subject = Betreff
crm-column-date = Datum
crm-column-due = Fällig
crm-column-channel = Kanal
crm-column-agent = Agent
crm-column-what = Art
crm-column-follow-up = Wiedervorlage
crm-column-sku = Art.Nr
crm-column-item = Artikel
crm-column-have = Lager
crm-column-order = Bedarf
crm-column-location = Lagerplatz
crm-column-stage = Phase
crm-column-contact = Ansprechpartner
crm-column-at-utc = Zeit (UTC)
crm-column-at = Zeit
crm-column-user = Benutzer
crm-column-record = Datensatz
crm-column-field = Feld
crm-column-old-new = Alt → neu
crm-column-role = Rolle
crm-column-fingerprint = Schlüssel-Fingerprint
crm-column-comment = Notiz

## Feldbezeichnungen der Detailmasken und Formulare
crm-label-name = Name
crm-label-number = Kundennr.
crm-label-kind = Art
crm-label-status = Status
crm-label-phone = Telefon
crm-label-phones = Telefone
crm-label-email = E-Mail
crm-label-emails = E-Mails
crm-label-contact = Ansprechpartner
crm-label-contacts = Ansprechpartner
crm-label-street = Straße
crm-label-postal-code = PLZ
crm-label-city = Ort
crm-label-country = Land
crm-label-owner = Betreuer
crm-label-tags = Schlagwörter
crm-label-notes = Notizen
crm-label-customer = Kunde
crm-label-channel = Kanal
crm-label-agent = Mitarbeiter
crm-label-started = Beginn
crm-label-subject = Betreff
crm-label-outcome = Ergebnis
crm-label-follow-up-date = Wiedervorlage
crm-label-follow-up = Wiedervorlage
crm-label-duration = Dauer
crm-label-at = Zeitpunkt
crm-label-title = Titel
crm-label-amount = Betrag
crm-label-stage = Phase
crm-label-probability = Wahrscheinlichkeit
crm-label-weighted = Gewichtet
crm-label-expected-close = Abschlussdatum
crm-label-lost-reason = Verlustgrund
crm-label-closed-at = Abgeschlossen
crm-label-created = Angelegt
crm-label-updated = Geändert
crm-label-reason = Grund
crm-label-role = Rolle
crm-label-public-key = SSH-Schlüssel

## Gemeinsam
crm-percent = { $percent } %
crm-saved = gespeichert
crm-nothing-selected = nichts gewählt
crm-due-on = fällig { $date }
crm-done-was-due = erledigt (war fällig { $date })
crm-follow-up-done = erledigt
crm-follow-up-none = keine
crm-follow-up-completed = Wiedervorlage von Kontakt { $id } erledigt
crm-no-open-follow-up = die gewählte Zeile hat keine offene Wiedervorlage
crm-stale-kept = { $error }; Ihre Eingabe bleibt erhalten, die aktuellen Werte stehen neben den Feldern
crm-stale-now = jetzt: { $value }

## Formulare und Auswahllisten
crm-form-list-hint = { $key } Liste
crm-form-correct-marked = bitte die markierten Felder korrigieren
crm-form-no-list = { $field } hat keine Auswahlliste
crm-pick-customer = Kunde auswählen
crm-pick-item = Artikel auswählen
crm-pick-location = Lagerplatz auswählen
crm-pick-stage = Phase auswählen
crm-pick-channel = Kanal auswählen
crm-pick-status = Status auswählen
crm-pick-contact = Ansprechpartner auswählen
crm-picker-filter = { $title } — tippen zum Filtern: { $typed }
crm-picker-no-match = nichts passt
crm-picker-virtual = { $code } (virtuell)

## Übersicht
crm-home-title = Übersicht
crm-home-due-mine = Meine fälligen Wiedervorlagen
crm-home-due-others = Fällig (keine eigenen, alle Agenten)
crm-home-due-nobody = Keine Wiedervorlagen fällig
crm-home-due-short = Wiedervorlagen
crm-home-not-for-role = nicht für Rolle { $role }
crm-home-refused-panel = { $panel }: { $why }
crm-home-no-follow-up-selected = keine Wiedervorlage gewählt
crm-home-recent = Letzte Kontakte
crm-home-recent-short = Letzte
crm-home-reorder = Unter Meldebestand
crm-home-reorder-short = Nachbestellen
crm-home-weighted-total = gewichtete Summe { $total }
crm-home-pipeline = Pipeline (gewichtet)
crm-home-pipeline-mine = Meine Pipeline (gewichtet)
crm-home-pipeline-short = Pipeline

## Kunden
crm-customers-title = Kunden
crm-customers-among = Kunden: { $name }
crm-customers-hint = { $count ->
        [one] { $count } Kunde angezeigt
       *[other] { $count } Kunden angezeigt
    } — / sucht nach Name, Telefon oder E-Mail
crm-customers-none-selected = kein Kunde gewählt
crm-customer = Kunde
crm-customer-id = Kunde { $id }
crm-customer-title = Kunde { $id } { $name }
crm-customer-title-id = Kunde { $id }
crm-customer-version = Kunde { $id } · v{ $version }
crm-customer-gone = Kunde { $id } existiert nicht mehr
crm-customer-missing = Kunde { $id } existiert nicht
crm-customer-new = Neuer Kunde
crm-customer-edit = Kunde { $id } ändern
crm-customer-saved = Kunde { $id } gespeichert
crm-contacts = Ansprechpartner
crm-timeline = Verlauf
crm-timeline-empty = der Verlauf ist leer
crm-timeline-opportunity = Verkaufschance

## Anrufersuche und Anruf erfassen
crm-caller-title = Anrufer suchen
crm-caller-prompt = Nummer, Name oder E-Mail:
crm-caller-no-match = kein Kunde passt
crm-caller-matches = { $count } Treffer
crm-log-call-title = Anruf erfassen — { $customer }
crm-call-logged = Anruf erfasst

## Kontakte
crm-interactions-title = Kontakte
crm-interactions-due-title = Fällige Wiedervorlagen
crm-interactions-hint = { $search } filtert · { $create } erfasst · { $switch } wechselt: fällige Wiedervorlagen/alle
crm-interactions-reach-all = { $title } — alle { $count }
crm-interactions-reach-due = { $title } — erste { $count } nach Fälligkeit; Suche über alle fälligen
crm-interactions-reach-logged = { $title } — letzte { $count } seit { $since }; Suche über alle
crm-interactions-showing-due = fällige Wiedervorlagen angezeigt
crm-interactions-showing-all = alle Kontakte angezeigt
crm-interaction = Kontakt
crm-interaction-title = Kontakt { $id } { $subject }
crm-interaction-title-id = Kontakt { $id }
crm-interaction-version = Kontakt { $id } · v{ $version }
crm-interaction-gone = Kontakt { $id } gibt es nicht mehr
crm-history-back-to = zurück bis { $date }
crm-history-due-up-to = fällig bis { $date }
crm-history-searching = suche… { $reach }, { $count } gefunden
crm-history-found-all = { $count } gefunden im ganzen Verlauf
crm-history-found-due = { $count } gefunden unter allen fälligen
crm-history-first = erste { $count } gefunden; weitertippen grenzt ein
crm-history-first-reach = erste { $count } gefunden, { $reach }; weitertippen grenzt ein

## Verkaufschancen und Pipeline
crm-opportunity = Verkaufschance
crm-opportunity-title = Verkaufschance { $id } { $title }
crm-opportunity-title-id = Verkaufschance { $id }
crm-opportunity-version = Verkaufschance { $id } · v{ $version }
crm-opportunity-gone = Verkaufschance { $id } gibt es nicht mehr
crm-opportunity-new-title = Neue Verkaufschance — { $customer }
crm-opportunity-saved = Verkaufschance gespeichert
crm-opportunity-none-selected = keine Verkaufschance gewählt
crm-opportunity-closed = { $title } ist abgeschlossen
crm-opportunity-moved = { $title } in Phase { $stage } verschoben
crm-opportunity-lost = Verkaufschance { $id } verloren
crm-lost-title = Verloren — { $title }
crm-select-not-lost = bitte eine nicht verlorene Verkaufschance wählen
crm-pipeline-title = Pipeline
crm-pipeline-hint = { $count ->
        [one] { $count } Verkaufschance
       *[other] { $count } Verkaufschancen
    } — / sucht nach Titel oder Kunde
crm-pipeline-no-card = keine Karte gewählt
crm-pipeline-weighted-mark = gew

## Protokoll
crm-audit-title = Protokoll
crm-audit-change = { $record } { $field } · { $command } von { $user } am { $at }
crm-audit-old = alt
crm-audit-new = neu
crm-audit-selected = Gewählte Änderung

## Benutzer
crm-users-title = Benutzer
crm-user-none-selected = kein Benutzer gewählt
crm-user-no-key = Benutzer { $name } hat keinen Schlüssel
crm-user-no-key-cell = (kein Schlüssel)
crm-user-remove-key-question = Schlüssel { $fingerprint } von { $name } entfernen? (y/n)
crm-user-remove-question = Benutzer { $name } mit allen Schlüsseln entfernen? (y/n)
crm-user-removed = Benutzer { $name } entfernt
crm-user-key-removed = Schlüssel { $fingerprint } von { $name } entfernt
crm-user-new = Neuer Benutzer
crm-user-added = Benutzer { $name } angelegt
crm-user-role-title = Rolle von { $name }
crm-user-role-set = { $name } hat jetzt die Rolle { $role }
crm-user-key-title = Neuer Schlüssel für { $name }
crm-user-key-added = Schlüssel für { $name } hinzugefügt

## Verkaufsbedingungen eines Kunden
crm-label-credit-limit = Kreditlimit
crm-label-tax-treatment = Besteuerung
crm-label-vat-id = USt-IdNr.
crm-label-partial-deliveries = Teillieferungen
crm-label-backorders = Rückstände
crm-label-tax = Steuer
crm-label-credit = Kredit
crm-no-credit-limit = kein Limit
crm-delivery-terms = Teillief. { $partial }, Rückst. { $backorders }
crm-label-delivery = Lieferung
crm-label-vat-id-short = USt-IdNr
crm-trend-title = Umsatz
crm-trend-months = 12 Monate
crm-trend-years = { $this } — { $before }: { $last }
