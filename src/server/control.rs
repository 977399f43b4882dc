//! The control socket of `kontor serve`: `control.sock` in the database directory, a Unix
//! socket only its owner may open (mode 0600), through which the local CLI asks the process
//! holding the database for work that needs the open database — a backup while serving, a message the mailgate hands over. A
//! request is one line (`backup 1`); the answer is a line `ok` followed by the backup's bytes
//! until the connection closes, or a line `error: WHY`. A backup cut off midway reads as a
//! truncated file and is refused by its checksum, so a failure can never pass for a backup.
//! `mailgate 1 SIZE LENGTH json|text QUEUE` is followed by LENGTH bytes of a message (whose whole
//! size was SIZE) for the mailgate; the answer is `ok CODE LINE` — the exit status the
//! mailgate process gives (0 stored, 75 try again) and its report. Each request runs on
//! its own thread, never on the SSH runtime's workers. Room: server.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::core::{Actor, Clock, maintenance};
use crate::lang::Locale;
use crate::store::Store;

/// The socket's name inside the database directory.
pub const FILE: &str = "control.sock";
/// The one request there is.
const BACKUP: &str = "backup 1";
/// The mailgate's request.
const MAILGATE: &str = "mailgate 1 ";
/// How long a connection may take to say what it wants.
const REQUEST_WAIT: Duration = Duration::from_secs(10);

/// The listening socket; its file is removed when dropped.
#[derive(Debug)]
pub struct ControlSocket {
    path: PathBuf,
}

impl Drop for ControlSocket {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Listens on `control.sock` in `dir` (replacing one a killed server left) and answers
/// every request on a thread of its own; failures are logged in the caller's language.
pub fn listen(dir: &Path, store: Arc<Store>, clock: Clock) -> io::Result<ControlSocket> {
    let locale = crate::lang::current();
    let path = dir.join(FILE);
    if path.exists() && UnixStream::connect(&path).is_err() {
        std::fs::remove_file(&path)?;
    }
    let listener = UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    std::thread::Builder::new()
        .name("kontor-control".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let store = store.clone();
                let _ = std::thread::Builder::new()
                    .name("kontor-backup".into())
                    .spawn(move || answer(stream, &store, locale, clock));
            }
        })?;
    Ok(ControlSocket { path })
}

fn answer(stream: UnixStream, store: &Store, locale: Locale, clock: Clock) {
    let _ = stream.set_read_timeout(Some(REQUEST_WAIT));
    let mut request = String::new();
    let mut input = BufReader::new(&stream);
    if input.read_line(&mut request).is_err() {
        return;
    }
    if let Some(rest) = request
        .trim_end_matches(['\r', '\n'])
        .strip_prefix(MAILGATE)
    {
        let answer = crate::lang::scope(locale, || mailgate(&mut input, rest, store, clock));
        let _ = writeln!(&stream, "{answer}");
        return;
    }
    let mut out = BufWriter::new(&stream);
    if request.trim_end() != BACKUP {
        let _ = writeln!(out, "error: unknown request {:?}", request.trim_end());
        return;
    }
    if writeln!(out, "ok").is_err() {
        return;
    }
    let actor = Actor::local("control socket");
    if let Err(error) = maintenance::backup(store, &actor, &mut out, &mut |_, _| {}) {
        let error = error.to_string();
        server_log!(locale, "server-log-backup-failed", error = error);
    }
}

/// Asks the server holding the database in `dir` for a backup and streams it into `out`,
/// telling `progress` the bytes received; `None` when no server answers there.
pub fn request_backup(
    dir: &Path,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> io::Result<Option<u64>> {
    let Ok(stream) = UnixStream::connect(dir.join(FILE)) else {
        return Ok(None);
    };
    writeln!(&stream, "{BACKUP}")?;
    let mut input = BufReader::new(&stream);
    let mut status = String::new();
    input.read_line(&mut status)?;
    match status.trim_end() {
        "ok" => {}
        "" => return Err(io::Error::other("the server closed the control socket")),
        other => {
            let why = other.strip_prefix("error: ").unwrap_or(other);
            return Err(io::Error::other(format!("the server refused: {why}")));
        }
    }
    let mut received = 0u64;
    let mut buffer = vec![0; 256 * 1024];
    loop {
        let read = io::Read::read(&mut input, &mut buffer)?;
        if read == 0 {
            return Ok(Some(received));
        }
        out.write_all(&buffer[..read])?;
        received += read as u64;
        progress(received);
    }
}

/// Reads the message of a `mailgate` request and files it: the answer line.
fn mailgate(input: &mut impl io::Read, header: &str, store: &Store, clock: Clock) -> String {
    let mut fields = header.splitn(4, ' ');
    let size = fields.next().and_then(|n| n.parse::<u64>().ok());
    let length = fields.next().and_then(|n| n.parse::<usize>().ok());
    let json = fields.next() == Some("json");
    let queue = fields.next().unwrap_or_default();
    let (Some(size), Some(length)) = (size, length) else {
        return format!("error: bad request {header:?}");
    };
    let mut raw = vec![0; length];
    if input.read_exact(&mut raw).is_err() {
        return "error: the message was cut off".to_string();
    }
    let received = crate::mail::gate::receive(store, clock.now(), queue, &raw, size);
    match received {
        Ok(received) if json => format!("ok 0 {}", crate::mail::gate::report_json(&received)),
        Ok(received) => format!("ok 0 {}", crate::mail::gate::report(&received)),
        Err(error) => format!("ok 75 {}", error.to_string().replace('\n', " ")),
    }
}

/// Hands a message for the mailgate to the server holding the database in `dir`: the
/// exit status and report line it answers; `None` when no server answers there.
pub fn request_mailgate(
    dir: &Path,
    queue: &str,
    (raw, size): (&[u8], u64),
    json: bool,
) -> io::Result<Option<(u8, String)>> {
    let Ok(stream) = UnixStream::connect(dir.join(FILE)) else {
        return Ok(None);
    };
    let queue = queue.replace(['\r', '\n'], " ");
    let mut out = BufWriter::new(&stream);
    let form = if json { "json" } else { "text" };
    writeln!(out, "{MAILGATE}{size} {} {form} {queue}", raw.len())?;
    out.write_all(raw)?;
    out.flush()?;
    drop(out);
    let mut answer = String::new();
    BufReader::new(&stream).read_line(&mut answer)?;
    let answer = answer.trim_end();
    let Some(rest) = answer.strip_prefix("ok ") else {
        let why = answer.strip_prefix("error: ").unwrap_or(answer);
        return Err(io::Error::other(format!("the server refused: {why}")));
    };
    let (code, line) = rest.split_once(' ').unwrap_or((rest, ""));
    let code = code.parse().unwrap_or(75);
    Ok(Some((code, line.to_string())))
}
