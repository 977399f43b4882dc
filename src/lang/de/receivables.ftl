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
