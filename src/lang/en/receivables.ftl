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
