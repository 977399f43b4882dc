# core
# Ein Datensatz, den zwischendurch jemand anderes gespeichert hat.
core-changed = { $record } wurde { $by } (jetzt Version { $version })
core-changed-by = von { $user } am { $at } geändert
core-changed-by-someone = von jemand anderem geändert

# Was der Datenspeicher meldet.
core-store-in-use = Datenbank { $path } wird von einem anderen kontor-Prozess verwendet; schließen Sie ihn zuerst (nur ein Prozess darf eine Datenbank öffnen)
core-store-open = Datenbank { $path } lässt sich nicht öffnen: { $reason }
core-store-not-found = { $record } existiert nicht
core-store-stale = { $record } wurde von jemand anderem geändert (jetzt Version { $current }, Sie haben Version { $expected } bearbeitet); neu laden und erneut versuchen
core-store-corrupt = gespeicherter Datensatz ({ $kind }) ist beschädigt: { $reason }
core-store-too-new = gespeicherter Datensatz ({ $kind }) hat Schema-Version { $found }, neuer als diese kontor-Version versteht ({ $known }); aktualisieren Sie kontor
core-store-disk-full = der Datenträger der Datenbank ist voll: diese Änderung wurde nicht gespeichert; schaffen Sie Platz und versuchen Sie es erneut
core-store-sled = Datenbankfehler: { $reason }
