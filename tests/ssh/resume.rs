//! A dropped link loses nothing, over the real OpenSSH client in tmux: the ssh process is
//! killed with SIGKILL (the server sees the TCP connection drop, no channel close), and the
//! same user logging in again is offered the kept session. Resuming a half-filled log-call
//! form and saving it stores the interaction once with everything typed; `n` starts afresh
//! and lets the kept session go; a kept session expires after `--resume-within`; a clean
//! quit and the idle timeout keep nothing. Uses the helpers of `ssh.rs`.

use super::*;

const OFFER: &str = "Resume your session from";

/// Kills the ssh client running in `session` with SIGKILL: the connection drops without
/// a goodbye.
fn cut(session: &Tmux) {
    let shell: u32 = session.format("#{pane_pid}").parse().unwrap();
    let ssh = descendant_named(shell, "ssh")
        .unwrap_or_else(|| panic!("no ssh process under {shell}:\n{}", session.screen()));
    let killed = tool("kill", &["-KILL", &ssh.to_string()]);
    assert!(killed.status.success(), "{killed:?}");
    // The shell's "Killed" line may wrap the exit status out of one piece: wait for the
    // process to be reaped instead.
    let deadline = Instant::now() + WAIT;
    while Path::new(&format!("/proc/{ssh}")).exists() {
        assert!(Instant::now() < deadline, "ssh {ssh} outlived SIGKILL");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A process below `parent` whose command is `name`.
fn descendant_named(parent: u32, name: &str) -> Option<u32> {
    let children: Vec<u32> = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse().ok())
        .filter(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // pid (comm) state ppid …: the parent is the second field after the comm.
            let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            after.split_whitespace().nth(1) == Some(&parent.to_string())
        })
        .collect();
    children.iter().copied().find_map(|pid| {
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        if comm.trim() == name {
            Some(pid)
        } else {
            descendant_named(pid, name)
        }
    })
}

impl Served {
    /// Waits until the server's log says `text` `times` times.
    fn wait_log(&self, text: &str, times: usize) {
        let deadline = Instant::now() + WAIT;
        while self.log().matches(text).count() < times {
            assert!(
                Instant::now() < deadline,
                "the log never said {text:?} {times} times:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A server whose anna calls Alfreds Futterkiste, with these `serve` options.
fn alfreds(options: &[&str]) -> Served {
    let customer = [
        "customer",
        "add",
        "--name",
        "Alfreds Futterkiste",
        "--phone",
        "030-0074321",
    ];
    Served::start_serving(&[("anna", "agent")], |db| drop(ok(db, &customer)), options)
}

/// Opens the log-call form for Alfreds Futterkiste by the caller lookup.
fn log_call(session: &Tmux) {
    session.wait_for(TITLE, WAIT);
    session.send(&["C-g"]);
    session.wait_for("Number, name or e-mail", WAIT);
    session.type_text("0074321");
    session.wait_for("1 matches", WAIT);
    session.send(&["Enter"]);
    session.wait_for("Log call — Alfreds Futterkiste", WAIT);
}

#[test]
fn a_half_filled_form_cut_off_is_resumed_in_the_new_size_and_saved_once() {
    let mut served = alfreds(&[]);
    let first = served.session(80, 24);
    log_call(&first);
    first.type_text("Lieferstatus");
    first.send(&["Tab"]);
    first.type_text("Rückruf zugesagt");
    first.wait_for("Rückruf zugesagt", WAIT);
    cut(&first);
    served.wait_log("lost its connection; kept", 1);

    let again = served.session(100, 30);
    let offer = again.wait_for(OFFER, WAIT);
    assert!(
        offer.contains("Resume your session from 09:30 UTC (Log call — Alfreds Futterkiste)?"),
        "{offer}"
    );
    assert!(offer.contains("Enter resume · n new · F3 exit"), "{offer}");
    again.send(&["Enter"]);
    let form = again.wait_until("the form at 100x30", WAIT, |screen| {
        screen.contains("Rückruf zugesagt") && screen.lines().count() >= 30
    });
    assert!(form.contains("Lieferstatus"), "{form}");
    assert!(!form.contains(OFFER), "the screen was cleared:\n{form}");
    let widest = form.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest > 80, "laid out at the new width:\n{form}");
    again.send(&["Tab"]);
    again.type_text("2026-12-01");
    again.send(&["C-x"]);
    again.wait_for("call logged", WAIT);
    again.send(&["F3"]);
    again.wait_for("[ssh exited 0]", WAIT);
    served.wait_log("anna resumed session", 1);

    assert_eq!(served.terminate(), 0, "{}", served.log());
    let calls = json_list(&served.db, &["interaction", "list", "--customer", "1"]);
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(text(&calls[0], "subject"), "Lieferstatus");
    assert_eq!(text(&calls[0], "outcome"), "Rückruf zugesagt");
    assert_eq!(text(&calls[0], "follow_up"), "2026-12-01");
    assert_eq!(text(&calls[0], "agent"), "anna");
}

#[test]
fn starting_afresh_lets_the_kept_session_go_and_a_clean_quit_keeps_nothing() {
    let served = alfreds(&[]);
    let first = served.session(80, 24);
    log_call(&first);
    cut(&first);
    served.wait_log("lost its connection; kept", 1);

    let fresh = served.session(80, 24);
    fresh.wait_for(OFFER, WAIT);
    fresh.send(&["n"]);
    fresh.wait_for(TITLE, WAIT);
    served.wait_log("anna started afresh", 1);
    fresh.send(&["F3"]);
    fresh.wait_for("[ssh exited 0]", WAIT);

    let last = served.session(80, 24);
    let home = last.wait_for(TITLE, WAIT);
    assert!(!home.contains(OFFER), "{home}");
    assert_eq!(served.log().matches("lost its connection").count(), 1);
}

#[test]
fn a_kept_session_expires_after_resume_within() {
    let served = alfreds(&["--resume-within", "2s"]);
    let first = served.session(80, 24);
    log_call(&first);
    cut(&first);
    served.wait_log("anna's session 1 expired", 1);
    let again = served.session(80, 24);
    let home = again.wait_for(TITLE, WAIT);
    assert!(!home.contains(OFFER), "{home}");
}

#[test]
fn a_session_ended_by_the_idle_timeout_is_not_kept() {
    let served = alfreds(&["--idle-timeout", "2s"]);
    let first = served.session(80, 24);
    log_call(&first);
    first.wait_for("[ssh exited 0]", WAIT);
    assert!(first.screen().contains("session ended after being idle"));
    let again = served.session(80, 24);
    let home = again.wait_for(TITLE, WAIT);
    assert!(!home.contains(OFFER), "{home}");
    assert!(!served.log().contains("kept for"), "{}", served.log());
}
