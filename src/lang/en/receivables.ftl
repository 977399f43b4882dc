# Receivables: payments, open items, ageing, dunning and the DATEV export.
