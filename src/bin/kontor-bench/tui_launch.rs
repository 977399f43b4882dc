//! Cold start of the real binary on a real pseudo-terminal: `kontor` run by `script`
//! (util-linux) at 80×24, timed from the spawn to the first frame on the terminal (the
//! opening line, drawn before the database opens) and to Home's first frame with data
//! (its pipeline panel), then quit with F3. Process start, the terminal's output and
//! sled's recovery are all in these figures. Room: bench. Measures and prints, asserts
//! nothing.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};

use kontor::store::Store;

/// What the terminal shows first: the line drawn while the database opens.
const OPENING: &[u8] = b"opening";
/// What only Home's first frame with data shows.
const HOME: &[u8] = b"Pipeline";
/// How long one start may take before the bench gives up on it.
const PATIENCE: Duration = Duration::from_secs(120);
/// F3 (exit) as a VT100 sends it.
const F3: &[u8] = b"\x1bOR";

/// One start of the real binary.
pub struct Launch {
    /// Spawn → the opening line on the terminal.
    pub opening: Duration,
    /// Spawn → Home's first frame with data.
    pub home: Duration,
}

/// Starts `kontor` (the binary beside this bench) on `dir` as `user` in a pseudo-terminal
/// and times its first frames; `None` when there is no `kontor` binary or no `script`.
pub fn launch(dir: &Path, user: &str) -> Result<Option<Launch>> {
    let Some(kontor) = beside_this_bench()? else {
        return Ok(None);
    };
    if !Store::wait_until_free(dir, PATIENCE) {
        bail!("{} is still in use after {PATIENCE:?}", dir.display());
    }
    let command = format!(
        "stty rows 24 cols 80; exec {} --db {}",
        quoted(&kontor),
        quoted(dir)
    );
    let at = Instant::now();
    let spawned = Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env("TERM", "xterm-256color")
        .env("USER", user)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error).context("running script (util-linux)"),
    };
    let timed = first_frames(&mut child, at);
    quit(&mut child)?;
    timed.map(Some)
}

/// Reads the terminal's output until Home shows; the times the opening line and Home came.
fn first_frames(child: &mut Child, at: Instant) -> Result<Launch> {
    let mut stdout = child.stdout.take().ok_or_else(|| anyhow!("no stdout"))?;
    let (sender, received) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buffer = [0; 8192];
        while let Ok(read) = stdout.read(&mut buffer) {
            if read == 0 || sender.send(buffer[..read].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let mut opening = None;
    loop {
        let left = PATIENCE.saturating_sub(at.elapsed());
        let bytes = received
            .recv_timeout(left)
            .map_err(|_| anyhow!("kontor showed no Home within {PATIENCE:?}"))?;
        seen.extend_from_slice(&bytes);
        let now = at.elapsed();
        if opening.is_none() && contains(&seen, OPENING) {
            opening = Some(now);
        }
        if contains(&seen, HOME) {
            return Ok(Launch {
                opening: opening.unwrap_or(now),
                home: now,
            });
        }
    }
}

/// F3, then waits for the exit (killing it past `PATIENCE`).
fn quit(child: &mut Child) -> Result<()> {
    if let Some(stdin) = child.stdin.as_mut() {
        // A child gone already has closed its end: nothing to quit.
        let _ = stdin.write_all(F3).and_then(|()| stdin.flush());
    }
    let deadline = Instant::now() + PATIENCE;
    while child.try_wait()?.is_none() {
        if Instant::now() > deadline {
            child.kill()?;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}

/// The `kontor` binary in this bench's directory (`cargo build --release --features bench`
/// builds both).
pub(crate) fn beside_this_bench() -> Result<Option<std::path::PathBuf>> {
    let bench = std::env::current_exe().context("finding the bench binary")?;
    let kontor = bench.with_file_name("kontor");
    Ok(kontor.is_file().then_some(kontor))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// A path as one word for `sh`.
fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}
