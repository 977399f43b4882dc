//! End-to-end TUI tests in tmux: a guard around one detached tmux session (80×24 unless
//! asked otherwise) running a command, with keys sent by `send-keys`, the screen read by
//! `capture-pane -p`, and waits that poll until a deadline instead of sleeping. Each guard
//! has its own tmux server (`-L kontor-test-PID-N`, no config file), so tests running in
//! parallel never share one and a user's tmux is never touched; dropping the guard kills
//! that server, also when a test fails. When the command exits, the shell writes its exit
//! status to a file the guard reads. A missing tmux fails the test with a clear message:
//! CI installs it (see .ci/run).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use kontor::core::PIN_VARIABLE;

/// How often waits look at the screen again.
const POLL: Duration = Duration::from_millis(40);

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// One tmux server with one session; killed on drop.
pub struct Tmux {
    socket: String,
    name: String,
    /// Where the shell writes the command's exit status.
    status: PathBuf,
    /// The server's socket file, removed on drop (tmux leaves it behind).
    socket_path: Option<PathBuf>,
    _dir: tempfile::TempDir,
}

/// The SGR parameters in `screen` (captured with escapes) that set a colour (tmux writes
/// 39/49 to reset to the defaults, which are not colours).
pub fn colours(screen: &str) -> Vec<String> {
    let mut found = Vec::new();
    for sequence in screen.split("\u{1b}[").skip(1) {
        let Some(end) = sequence.find(|c: char| !c.is_ascii_digit() && c != ';') else {
            continue;
        };
        if !sequence[end..].starts_with('m') {
            continue;
        }
        for parameter in sequence[..end].split(';') {
            let colour = matches!(
                parameter.parse::<u16>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            );
            if colour {
                found.push(format!("\\e[{}m", &sequence[..end]));
            }
        }
    }
    found
}

/// Quotes a word for the shell tmux runs the command with.
pub fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

impl Tmux {
    /// Starts `command` (a shell command line) in a new 80×24 session.
    pub fn start(command: &str) -> Tmux {
        Tmux::start_sized(command, 80, 24)
    }

    pub fn start_sized(command: &str, width: u16, height: u16) -> Tmux {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir = tempfile::tempdir().expect("cannot create a temporary directory");
        let mut tmux = Tmux {
            socket: format!("kontor-test-{}-{n}", std::process::id()),
            name: format!("kontor-{n}"),
            status: dir.path().join("status"),
            socket_path: None,
            _dir: dir,
        };
        let (width, height) = (width.to_string(), height.to_string());
        let status = tmux.status.to_str().expect("temporary paths are UTF-8");
        let shell = format!(
            "export {PIN_VARIABLE}={}; {command}; echo $? > {}.new && mv {}.new {}",
            quote(&crate::common::pin(crate::common::NOW)),
            quote(status),
            quote(status),
            quote(status)
        );
        let output = tmux.run(&[
            "start-server",
            ";",
            "set-option",
            "-g",
            "remain-on-exit",
            "on",
            ";",
            "new-session",
            "-d",
            "-s",
            &tmux.name,
            "-x",
            &width,
            "-y",
            &height,
            &shell,
        ]);
        assert!(
            output.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let path = tmux
            .run(&["display-message", "-p", "-t", &tmux.name, "#{socket_path}"])
            .stdout;
        tmux.socket_path = Some(PathBuf::from(String::from_utf8_lossy(&path).trim()))
            .filter(|path| !path.as_os_str().is_empty());
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        match Command::new("tmux")
            .args(["-u", "-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env("LANG", "C.UTF-8")
            .output()
        {
            Ok(output) => output,
            Err(error) => panic!(
                "cannot run tmux ({error}): the end-to-end TUI tests need tmux \
                 (apt-get install tmux; .ci/run installs it)"
            ),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Sends keys in one `send-keys` command: words are key names (`Enter`, `F3`, `C-x`)
    /// or literal text, exactly as tmux reads them.
    pub fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend(keys);
        let output = self.run(&args);
        assert!(
            output.status.success(),
            "tmux send-keys {keys:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Presses `key` `times` times, one `send-keys` each (as a user holding it down).
    pub fn press(&self, key: &str, times: usize) {
        for _ in 0..times {
            self.send(&[key]);
        }
    }

    /// Resizes the session's window, as dragging the terminal window would.
    pub fn resize(&self, width: u16, height: u16) {
        let (width, height) = (width.to_string(), height.to_string());
        let output = self.run(&[
            "resize-window",
            "-t",
            &self.name,
            "-x",
            &width,
            "-y",
            &height,
        ]);
        assert!(
            output.status.success(),
            "tmux resize-window failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Sends text literally (no key names), in one `send-keys -l`.
    pub fn type_text(&self, text: &str) {
        let output = self.run(&["send-keys", "-t", &self.name, "-l", text]);
        assert!(output.status.success(), "tmux send-keys -l failed");
    }

    /// The visible screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.capture(&[])
    }

    /// The screen with its escape sequences (colours and attributes), `capture-pane -e`.
    pub fn screen_with_escapes(&self) -> String {
        self.capture(&["-e"])
    }

    /// The screen and the lines scrolled off it, with wrapped lines joined (`-J`): what a
    /// program printed after leaving the alternate screen, one line per line it wrote.
    pub fn screen_and_history(&self) -> String {
        self.capture(&["-J", "-S", "-"])
    }

    fn capture(&self, extra: &[&str]) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", &self.name];
        args.extend(extra);
        String::from_utf8_lossy(&self.run(&args).stdout).into_owned()
    }

    /// Waits until the screen shows `text`; returns that screen or panics with the last one.
    pub fn wait_for(&self, text: &str, timeout: Duration) -> String {
        self.wait_until(&format!("{text:?} on the screen"), timeout, |screen| {
            screen.contains(text)
        })
    }

    /// Waits until `ready(screen)` holds; panics naming `what` and showing the last screen.
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        ready: impl Fn(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            if self.exit_status().is_some() {
                panic!("the program exited while waiting for {what}; the screen:\n{screen}");
            }
            if Instant::now() >= deadline {
                panic!("timed out after {timeout:?} waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(POLL);
        }
    }

    /// The screen once it has stayed unchanged for `stable`; panics with the last one if
    /// it keeps changing past `timeout`.
    pub fn settled(&self, stable: Duration, timeout: Duration) -> String {
        self.settle(stable, timeout, || self.screen())
    }

    /// Like `settled`, comparing and returning the screen with its escape sequences.
    pub fn settled_with_escapes(&self, stable: Duration, timeout: Duration) -> String {
        self.settle(stable, timeout, || self.screen_with_escapes())
    }

    fn settle(&self, stable: Duration, timeout: Duration, capture: impl Fn() -> String) -> String {
        let deadline = Instant::now() + timeout;
        let mut last = capture();
        let mut since = Instant::now();
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let now = capture();
            if now != last {
                last = now;
                since = Instant::now();
            } else if since.elapsed() >= stable {
                return last;
            }
        }
        panic!("the screen kept changing for {timeout:?}:\n{last}");
    }

    /// Whether the terminal bell rang in the session's window (tmux keeps the flag).
    pub fn bell_rang(&self) -> bool {
        self.format("#{window_bell_flag}") == "1"
    }

    /// A tmux format expanded for the session's pane (`#{alternate_on}`, `#{cursor_flag}`).
    pub fn format(&self, format: &str) -> String {
        let output = self.run(&["display-message", "-p", "-t", &self.name, format]);
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    /// The command's exit status once it has exited.
    pub fn exit_status(&self) -> Option<i32> {
        std::fs::read_to_string(&self.status)
            .ok()
            .and_then(|text| text.trim().parse().ok())
    }

    /// Waits until the command has exited (so it holds no files or locks any more);
    /// returns its exit status.
    pub fn wait_exit(&self, timeout: Duration) -> i32 {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.exit_status() {
                return status;
            }
            if Instant::now() >= deadline {
                panic!(
                    "the program in tmux did not exit within {timeout:?}; the screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(POLL);
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}
