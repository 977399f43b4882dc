# server
server-resume-title = kontor · Resume · { $name }
server-resume-question = Resume your session from { $when } ({ $title })?
server-resume-more = { $count ->
    [one] (1 more session is kept)
   *[other] ({ $count } more sessions are kept)
}
server-resume-resume = resume
server-resume-new = new
server-resume-exit = exit
server-needs-pty = kontor needs a terminal: connect with ssh -t
server-shutting-down = kontor: the server is shutting down
server-internal-error = kontor: internal error; the session ended
