# Wörter und Wendungen, die viele Masken und Befehle teilen.
yes = ja
no = nein
