# Receivables: payments, open items, ageing, dunning and the DATEV export.

## DATEV export
domain-datev-no-debitor = customer number “{ $number }” gives no debitor account: it must end in digits, giving an account from 10000 to 69999 (10000 + the trailing number)
domain-datev-currency = { $number } is in { $currency }: the DATEV export takes EUR only
domain-datev-fiscal-year-start = the start of the fiscal year is no date (datev_fiscal_year_start, MMDD)
domain-datev-one-fiscal-year = the period must lie within one fiscal year, from before until
domain-datev-consultant = the consultant number (datev_consultant) must be from 1001 to 9999999
domain-datev-client = the client number (datev_client) must be from 1 to 99999
domain-datev-outside = { $document } lies outside the export's period
domain-datev-document = “{ $document }” cannot be a DATEV document number: at most 36 letters, digits, $ % - /

## Dunning
domain-dunning-level-reminder = payment reminder
domain-dunning-level-first = 1st dunning letter
domain-dunning-level-second = 2nd dunning letter
domain-dunning-no-base-rate = no base rate is set for { $date } (setting dunning_base_rates)
domain-dunning-base-rate-entry = “{ $entry }” is not DATE=RATE (2025-07-01=1.27)
domain-dunning-base-rates = give at least one base rate, each date once: 2025-01-01=2.27; 2025-07-01=1.27
domain-dunning-three-values = give three values, one per level, separated by semicolons (reminder; 1st; 2nd letter): 7;14;14
core-datev-setting-missing = set { $name } first (kontor settings { $name } NUMBER): the DATEV header needs it
core-dunning-days = “{ $text }” is no number of days (0 to 3650)
core-dunning-fee = “{ $text }” is no fee: an amount not below zero
core-dunning-yes-no = “{ $text }” is neither yes nor no
cli-export-datev-out = the DATEV export needs --from DATE --until DATE --out FILE
cli-export-datev-done = exported { $count } documents as a DATEV Buchungsstapel to { $path }
