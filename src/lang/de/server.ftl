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
