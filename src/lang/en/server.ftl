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

# The server's log on stderr (after "kontor serve: ")
server-log-listening = listening on { $address }; database { $database }; host key { $fingerprint }
server-log-stopped = stopped; database flushed
server-log-keymap = { $error }; { $user } gets the server's keymap
server-log-accept-failed = accept failed: { $error }
server-log-unknown-address = an unknown address
server-log-too-many-failures = closed the connection from { $peer }: too many failed logins
server-log-login-late = closed the connection from { $peer }: not logged in within { $grace }
server-log-flush-failed = flushing the database failed: { $error }
server-log-feed-lost = lost the connection that hears other front ends' commits ({ $error }); connecting again
server-log-feed-back = hearing other front ends' commits again; every session refreshes
server-log-backup-failed = a backup through the control socket failed: { $error }
server-log-logged-in = { $user } logged in
server-log-logged-in-from = { $user } logged in from { $peer }
server-log-login-refused = refused login of { $user } from { $peer }: too many failed attempts
server-log-check-failed = cannot check the login of { $user }: { $error }
server-log-key-refused = refused key { $fingerprint } for user { $user } from { $peer }: { $reason }
server-log-reason-wrong-key = key not among the user's keys
server-log-reason-no-user = no such user
server-log-reason-no-key = no such key
server-log-reason-error = error
server-log-session-failed = cannot start a session: { $error }
server-log-session-error = session { $id }: { $error }
server-log-language-unreadable = the language of { $user } cannot be read: { $error }
server-log-ended-meanwhile = { $user }'s session { $id } ended meanwhile
server-log-started-afresh = { $user } started afresh; session { $id } let go
server-log-kept = { $user }'s session { $id } lost its connection; kept for { $within }
server-log-expired = { $user }'s session { $id } expired
server-log-resumed = { $user } resumed session { $id }
server-log-flush-session-failed = session { $id }: flushing failed: { $error }
server-in-use = database { $database } is in use by kontor serve (pid { $pid }); connect with: ssh -p { $port } USER@{ $host }
# The host key and the listening socket
server-hostkey-word = host key
server-hostkey-cannot-read = cannot read host key { $path }: { $error }
server-hostkey-cannot-write = cannot write host key { $path }: { $error }
server-hostkey-cannot-generate = cannot generate host key { $path }: { $error }
server-hostkey-encrypted = cannot use host key { $path }: it is encrypted
server-cannot-listen = cannot listen on { $address }: { $error }
# What a client that did not log in in time is told as it is disconnected
server-login-late-reason = not logged in within { $grace }
