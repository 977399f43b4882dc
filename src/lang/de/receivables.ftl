# Forderungen: Zahlungen, offene Posten, Altersstruktur, Mahnwesen und der DATEV-Export.
