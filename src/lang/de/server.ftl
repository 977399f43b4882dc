# server
server-resume-title = kontor · Fortsetzen · { $name }
server-resume-question = Ihre Sitzung von { $when } fortsetzen ({ $title })?
server-resume-more = { $count ->
    [one] (1 weitere Sitzung ist gehalten)
   *[other] ({ $count } weitere Sitzungen sind gehalten)
}
server-resume-resume = fortsetzen
server-resume-new = neu
server-resume-exit = verlassen
server-needs-pty = kontor braucht ein Terminal: verbinden Sie sich mit ssh -t
server-shutting-down = kontor: der Server wird beendet
server-internal-error = kontor: interner Fehler; die Sitzung wurde beendet

# The server's log on stderr (after "kontor serve: ")
server-log-listening = lauscht auf { $address }; Datenbank { $database }; Host-Schlüssel { $fingerprint }
server-log-stopped = beendet; Datenbank auf die Platte geschrieben
server-log-keymap = { $error }; { $user } erhält die Tastenbelegung des Servers
server-log-accept-failed = Annehmen einer Verbindung fehlgeschlagen: { $error }
server-log-unknown-address = einer unbekannten Adresse
server-log-too-many-failures = Verbindung von { $peer } geschlossen: zu viele fehlgeschlagene Anmeldungen
server-log-login-late = Verbindung von { $peer } geschlossen: nicht innerhalb von { $grace } angemeldet
server-log-flush-failed = Schreiben der Datenbank auf die Platte fehlgeschlagen: { $error }
server-log-feed-lost = Verbindung verloren, über die Änderungen anderer Frontends ankommen ({ $error }); verbinde neu
server-log-feed-back = Änderungen anderer Frontends kommen wieder an; alle Sitzungen laden neu
server-log-backup-failed = Sicherung über den Steuer-Socket fehlgeschlagen: { $error }
server-log-logged-in = { $user } angemeldet
server-log-logged-in-from = { $user } angemeldet von { $peer }
server-log-login-refused = Anmeldung von { $user } von { $peer } abgelehnt: zu viele fehlgeschlagene Versuche
server-log-check-failed = Anmeldung von { $user } kann nicht geprüft werden: { $error }
server-log-key-refused = Schlüssel { $fingerprint } für Benutzer { $user } von { $peer } abgelehnt: { $reason }
server-log-reason-wrong-key = Schlüssel gehört nicht zu den Schlüsseln des Benutzers
server-log-reason-no-user = Benutzer existiert nicht
server-log-reason-no-key = Schlüssel unbekannt
server-log-reason-error = Fehler
server-log-session-failed = Sitzung kann nicht gestartet werden: { $error }
server-log-session-error = Sitzung { $id }: { $error }
server-log-language-unreadable = Sprache von { $user } kann nicht gelesen werden: { $error }
server-log-ended-meanwhile = Sitzung { $id } von { $user } ist inzwischen beendet
server-log-started-afresh = { $user } beginnt neu; Sitzung { $id } aufgegeben
server-log-kept = Sitzung { $id } von { $user } hat die Verbindung verloren; aufbewahrt für { $within }
server-log-expired = Sitzung { $id } von { $user } ist abgelaufen
server-log-resumed = { $user } setzt Sitzung { $id } fort
server-log-flush-session-failed = Sitzung { $id }: Schreiben auf die Platte fehlgeschlagen: { $error }
server-in-use = Datenbank { $database } wird von kontor serve benutzt (PID { $pid }); verbinden mit: ssh -p { $port } BENUTZER@{ $host }
# Der Host-Schlüssel und der Port, auf dem der Server lauscht
server-hostkey-word = Host-Schlüssel
server-hostkey-cannot-read = Host-Schlüssel { $path } kann nicht gelesen werden: { $error }
server-hostkey-cannot-write = Host-Schlüssel { $path } kann nicht geschrieben werden: { $error }
server-hostkey-cannot-generate = Host-Schlüssel { $path } kann nicht erzeugt werden: { $error }
server-hostkey-encrypted = Host-Schlüssel { $path } ist verschlüsselt und nicht verwendbar
server-cannot-listen = kann nicht auf { $address } lauschen: { $error }
# Was ein Client, der sich nicht rechtzeitig anmeldet, beim Trennen erfährt
server-login-late-reason = nicht innerhalb von { $grace } angemeldet
