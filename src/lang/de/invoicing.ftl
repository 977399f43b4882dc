# Rechnungen und Gutschriften: die Belege, ihre Ausstellung, ihre Befehle und Masken.
domain-invoice-kind-invoice = Rechnung
domain-invoice-kind-credit-note = Gutschrift
domain-invoice-no-lines = eine Rechnung braucht mindestens eine Position
domain-invoice-line-quantity = Position { $line }: die Menge muss größer als null sein
