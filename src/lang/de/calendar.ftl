# Geschäftskalender: Öffnungszeiten, Feiertage, Betriebsruhetage; die SLA-Uhren darüber.

## Feiertage
calendar-holiday-new-year = Neujahr
calendar-holiday-epiphany = Heilige Drei Könige
calendar-holiday-womens-day = Internationaler Frauentag
calendar-holiday-good-friday = Karfreitag
calendar-holiday-easter-sunday = Ostersonntag
calendar-holiday-easter-monday = Ostermontag
calendar-holiday-labour-day = Tag der Arbeit
calendar-holiday-liberation = Tag der Befreiung
calendar-holiday-ascension = Christi Himmelfahrt
calendar-holiday-whit-sunday = Pfingstsonntag
calendar-holiday-whit-monday = Pfingstmontag
calendar-holiday-uprising = Jahrestag des Volksaufstandes vom 17. Juni 1953
calendar-holiday-corpus-christi = Fronleichnam
calendar-holiday-assumption = Mariä Himmelfahrt
calendar-holiday-childrens-day = Weltkindertag
calendar-holiday-german-unity = Tag der Deutschen Einheit
calendar-holiday-reformation = Reformationstag
calendar-holiday-all-saints = Allerheiligen
calendar-holiday-repentance = Buß- und Bettag
calendar-holiday-christmas = 1. Weihnachtstag
calendar-holiday-boxing-day = 2. Weihnachtstag
calendar-day-off = Betriebsruhetag

## Prüfungen
calendar-unknown-zone = „{ $zone }“ ist keine Zeitzone der tz-Datenbank (z. B. Europe/Berlin)
calendar-never-open = Der Kalender muss an mindestens einem Wochentag geöffnet sein
calendar-bad-time = „{ $time }“ ist keine Uhrzeit (HH:MM, 00:00 bis 24:00)
calendar-bad-hours = „{ $hours }“ sind keine Öffnungszeiten: Tage und Zeiten wie mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00
calendar-unknown = Es gibt keinen Kalender „{ $name }“ (kontor calendar list zeigt sie)
calendar-exists = Ein Kalender namens „{ $name }“ existiert bereits
calendar-unknown-state = „{ $state }“ ist kein Bundesland: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
calendar-bad-half-day = „{ $text }“ ist kein halber Tag: DATUM=SCHLUSS, z. B. 2026-12-24=12:00
calendar-half-day = Halber Tag, Schluss um { $until }

## Felder
cli-kind-calendar = Kalender
cli-field-zone = Zeitzone
cli-field-hours = Öffnungszeiten
cli-field-days-off = Betriebsruhetage
cli-field-half-days = halbe Tage
cli-field-federal-state = Bundesland

## Hilfe zu kontor calendar
cli-help-calendar = Geschäftskalender: Öffnungszeiten, Feiertage eines Bundeslandes, Betriebsruhetage (SLA-Uhren)
cli-help-calendar-add = Einen Geschäftskalender anlegen: Öffnungszeiten, die Feiertage eines Bundeslandes, Betriebsruhetage
cli-help-calendar-add--name = Der Name des Kalenders, eindeutig
cli-help-calendar-add--state = Das Bundesland, dessen Feiertage gelten: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
cli-help-calendar-add--tz = Die Zeitzone (IANA-Name)
cli-help-calendar-add--hours = Öffnungszeiten, z. B. "mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00"
cli-help-calendar-add--off = Betriebsruhetage, JJJJ-MM-TT durch Kommas getrennt
cli-help-calendar-add--half = Halbe Tage, DATUM=SCHLUSS durch Kommas getrennt (2026-12-24=12:00)
cli-help-calendar-edit = Einen Kalender ändern; was nicht angegeben ist, bleibt
cli-help-calendar-edit--name = Der Name des Kalenders
cli-help-calendar-edit--rename = Ein neuer Name
cli-help-calendar-edit--state = Das Bundesland, dessen Feiertage gelten
cli-help-calendar-edit--tz = Die Zeitzone (IANA-Name)
cli-help-calendar-edit--hours = Öffnungszeiten, z. B. "mon-fri 08:00-17:00"
cli-help-calendar-edit--off = Betriebsruhetage, JJJJ-MM-TT durch Kommas getrennt; ersetzt die Liste ("" leert sie)
cli-help-calendar-edit--half = Halbe Tage, DATUM=SCHLUSS durch Kommas getrennt; ersetzt die Liste ("" leert sie)
cli-help-calendar-show = Ein Kalender mit den Feiertagen, Betriebsruhetagen und halben Tagen eines Jahres
cli-help-calendar-show--name = Der Name des Kalenders
cli-help-calendar-show--year = Das Jahr [Standard: dieses Jahr]
cli-help-calendar-list = Alle Kalender
