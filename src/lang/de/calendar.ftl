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
cli-field-zone = Zeitzone
cli-field-hours = Öffnungszeiten
cli-field-days-off = Betriebsruhetage
cli-field-half-days = halbe Tage
cli-field-federal-state = Bundesland
