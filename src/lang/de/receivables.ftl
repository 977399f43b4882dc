# Forderungen: Zahlungen, offene Posten, Altersstruktur, Mahnwesen und der DATEV-Export.

## DATEV-Export
domain-datev-no-debitor = Kundennummer „{ $number }“ ergibt kein Debitorenkonto: Sie muss auf Ziffern enden und ein Konto von 10000 bis 69999 ergeben (10000 + die Zahl am Ende)
domain-datev-currency = { $number } lautet auf { $currency }: Der DATEV-Export nimmt nur EUR
domain-datev-fiscal-year-start = Der Beginn des Wirtschaftsjahres ist kein Datum (datev_fiscal_year_start, MMTT)
domain-datev-one-fiscal-year = Der Zeitraum muss in einem Wirtschaftsjahr liegen, von vor bis
domain-datev-consultant = Die Beraternummer (datev_consultant) muss von 1001 bis 9999999 reichen
domain-datev-client = Die Mandantennummer (datev_client) muss von 1 bis 99999 reichen
domain-datev-outside = { $document } liegt außerhalb des Exportzeitraums
domain-datev-document = „{ $document }“ kann keine DATEV-Belegnummer sein: höchstens 36 Buchstaben, Ziffern, $ % - /

## Mahnwesen
domain-dunning-level-reminder = Zahlungserinnerung
domain-dunning-level-first = 1. Mahnung
domain-dunning-level-second = 2. Mahnung
domain-dunning-no-base-rate = Für den { $date } ist kein Basiszinssatz hinterlegt (Einstellung dunning_base_rates)
domain-dunning-base-rate-entry = „{ $entry }“ hat nicht die Form DATUM=SATZ (2025-07-01=1.27)
domain-dunning-base-rates = Geben Sie mindestens einen Basiszinssatz an, jedes Datum einmal: 2025-01-01=2.27; 2025-07-01=1.27
domain-dunning-three-values = Geben Sie drei Werte an, je Stufe einer, durch Semikolon getrennt (Zahlungserinnerung; 1.; 2. Mahnung): 7;14;14
core-datev-setting-missing = Setzen Sie zuerst { $name } (kontor settings { $name } NUMMER): Der DATEV-Kopf braucht sie
core-dunning-days = „{ $text }“ ist keine Anzahl Tage (0 bis 3650)
core-dunning-fee = „{ $text }“ ist keine Gebühr: ein Betrag nicht unter null
core-dunning-yes-no = „{ $text }“ ist weder ja noch nein
cli-export-datev-out = Der DATEV-Export braucht --from DATUM --until DATUM --out DATEI
cli-export-datev-done = { $count } Belege als DATEV-Buchungsstapel nach { $path } exportiert
