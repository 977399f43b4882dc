# Business calendars: opening hours, holidays, days off; the SLA clocks over them.

## Holidays
calendar-holiday-new-year = New Year's Day
calendar-holiday-epiphany = Epiphany
calendar-holiday-womens-day = International Women's Day
calendar-holiday-good-friday = Good Friday
calendar-holiday-easter-sunday = Easter Sunday
calendar-holiday-easter-monday = Easter Monday
calendar-holiday-labour-day = Labour Day
calendar-holiday-liberation = Day of Liberation
calendar-holiday-ascension = Ascension Day
calendar-holiday-whit-sunday = Whit Sunday
calendar-holiday-whit-monday = Whit Monday
calendar-holiday-uprising = Anniversary of the Uprising of 17 June 1953
calendar-holiday-corpus-christi = Corpus Christi
calendar-holiday-assumption = Assumption Day
calendar-holiday-childrens-day = World Children's Day
calendar-holiday-german-unity = Day of German Unity
calendar-holiday-reformation = Reformation Day
calendar-holiday-all-saints = All Saints' Day
calendar-holiday-repentance = Day of Repentance and Prayer
calendar-holiday-christmas = Christmas Day
calendar-holiday-boxing-day = Boxing Day
calendar-day-off = Company day off

## Checks
calendar-unknown-zone = “{ $zone }” is not a time zone of the tz database (e.g. Europe/Berlin)
calendar-never-open = The calendar must be open on at least one weekday
calendar-bad-time = “{ $time }” is not a time of day (HH:MM, 00:00 to 24:00)
calendar-bad-hours = “{ $hours }” are not opening hours: days and intervals like mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00
calendar-unknown = There is no calendar “{ $name }” (kontor calendar list shows them)
calendar-exists = A calendar named “{ $name }” exists already
calendar-unknown-state = “{ $state }” is not a German state: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
calendar-bad-half-day = “{ $text }” is not a half day: DATE=CLOSING, e.g. 2026-12-24=12:00
calendar-half-day = Half day, closes at { $until }

## Fields
cli-kind-calendar = calendar
cli-field-zone = time zone
cli-field-hours = hours
cli-field-days-off = days off
cli-field-half-days = half days
cli-field-federal-state = federal state

## Help of kontor calendar
cli-help-calendar = Business calendars: opening hours, holidays of a German state, days off (SLA clocks)
cli-help-calendar-add = Add a business calendar: opening hours, the holidays of a German state, days off
cli-help-calendar-add--name = The calendar's name, unique
cli-help-calendar-add--state = The German state whose holidays apply: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
cli-help-calendar-add--tz = The time zone (IANA name)
cli-help-calendar-add--hours = Opening hours, e.g. "mon-fri 08:00-12:00,13:00-17:00; sat 09:00-12:00"
cli-help-calendar-add--off = Company days off, YYYY-MM-DD separated by commas
cli-help-calendar-add--half = Half days, DATE=CLOSING separated by commas (2026-12-24=12:00)
cli-help-calendar-edit = Change a calendar; what is not given stays
cli-help-calendar-edit--name = The calendar's name
cli-help-calendar-edit--rename = A new name
cli-help-calendar-edit--state = The German state whose holidays apply
cli-help-calendar-edit--tz = The time zone (IANA name)
cli-help-calendar-edit--hours = Opening hours, e.g. "mon-fri 08:00-17:00"
cli-help-calendar-edit--off = Company days off, YYYY-MM-DD separated by commas; replaces the list ("" clears it)
cli-help-calendar-edit--half = Half days, DATE=CLOSING separated by commas; replaces the list ("" clears it)
cli-help-calendar-show = A calendar with the holidays, days off and half days of a year
cli-help-calendar-show--name = The calendar's name
cli-help-calendar-show--year = The year [default: this year]
cli-help-calendar-list = Every calendar
