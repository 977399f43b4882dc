//! Each session in its own language on one server, at the same moment: the account's
//! language (`kontor user set-lang`), else the `LANG` the OpenSSH client sends
//! (`SendEnv LANG`), else the server's.

use super::{Served, WAIT, quote, tool};
use crate::common::{Scratch, fails, json_list, ok, s, text};
use crate::tmux::Tmux;

/// `ssh -t` as `user` in tmux at 80×24 with `LANG=lang` set in the client and sent.
fn session_sending_lang(served: &Served, user: &str, lang: &str) -> Tmux {
    tool("ssh", &["-V"]);
    let args = served.ssh_args(user, user, &["-t", "-o", "SendEnv=LANG"]);
    let line: Vec<String> = args.iter().map(|a| quote(a)).collect();
    let command = format!(
        "LANG={lang} ssh {}; echo \"[ssh exited $?]\"; sleep 600",
        line.join(" ")
    );
    Tmux::start_sized(&command, 80, 24)
}

#[test]
fn sessions_speak_the_accounts_the_clients_or_the_servers_language_at_once() {
    let accounts = [("anna", "agent"), ("ben", "agent"), ("carl", "agent")];
    let served = Served::start_with(&accounts, |db| {
        ok(db, &["user", "set-lang", "anna", "--lang", "de"]);
        let users = json_list(db, &["user", "list"]);
        let langs: Vec<(&str, &str)> = users
            .iter()
            .map(|user| (text(user, "name"), text(user, "lang")))
            .collect();
        assert_eq!(langs, [("anna", "de"), ("ben", ""), ("carl", "")]);
    });

    // anna's account says German, though her client sends English; ben's client sends
    // German; carl's sends nothing the server knows, so he gets the server's English.
    let anna = session_sending_lang(&served, "anna", "en_US.UTF-8");
    let ben = session_sending_lang(&served, "ben", "de_DE.UTF-8");
    let carl = served.session_as("carl", 80, 24);
    let german = |session: &Tmux, who: &str| {
        let screen = session.wait_until(&format!("{who}'s German home"), WAIT, |screen| {
            screen.contains(&format!("· {who}")) && screen.contains("Hilfe")
        });
        assert!(!screen.contains("Help"), "{screen}");
    };
    german(&anna, "anna");
    german(&ben, "ben");
    let english = carl.wait_until("carl's English home", WAIT, |screen| {
        screen.contains("· carl") && screen.contains("Help")
    });
    assert!(!english.contains("Hilfe"), "{english}");

    // All three at once: each goes on in their own language after the others' keys.
    for session in [&anna, &ben, &carl] {
        session.send(&["g", "c"]);
    }
    let anna_customers =
        anna.wait_until("anna's customers", WAIT, |screen| screen.contains("Kunden"));
    assert!(!anna_customers.contains("Customers"), "{anna_customers}");
    let carl_customers = carl.wait_for("Customers · carl", WAIT);
    assert!(!carl_customers.contains("Kunden"), "{carl_customers}");
}

#[test]
fn an_accounts_language_is_set_shown_and_cleared_with_the_cli() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let key = scratch.path().join("dora");
    let made = tool(
        "ssh-keygen",
        &["-q", "-t", "ed25519", "-N", "", "-f", s(&key)],
    );
    assert!(made.status.success(), "{made:?}");
    let public = format!("{}.pub", s(&key));
    let add = [
        "user",
        "add",
        "dora",
        "--role",
        "agent",
        "--key-file",
        &public,
    ];
    ok(&db, &[&add[..], &["--lang", "de"]].concat());
    let lang =
        |db: &std::path::Path| text(&json_list(db, &["user", "list"])[0], "lang").to_string();
    assert_eq!(lang(&db), "de");
    ok(&db, &["user", "set-lang", "dora", "--lang", "en"]);
    assert_eq!(lang(&db), "en");
    ok(&db, &["user", "set-lang", "dora", "--client"]);
    assert_eq!(lang(&db), "");
    let refused = fails(&db, &["user", "set-lang", "dora", "--lang", "fr"], 2);
    assert!(
        refused.contains("unknown language \"fr\" (de or en)"),
        "{refused}"
    );
    let neither = fails(&db, &["user", "set-lang", "dora"], 2);
    assert!(neither.contains("--lang de|en, or --client"), "{neither}");
    assert_eq!(lang(&db), "", "nothing changed");
}

#[test]
fn a_german_server_logs_in_german_and_the_cli_says_so_in_german() {
    let mut served = Served::start_serving(&[("anna", "agent")], |_| {}, &["--lang", "de"]);
    let refused = served.ssh("nobody", "anna", &["-T"]);
    assert_eq!(refused.status.code(), Some(255), "{refused:?}");
    let log = served.log();
    assert!(
        log.contains(&format!(
            "kontor serve: lauscht auf 127.0.0.1:{}; Datenbank",
            served.port
        )),
        "{log}"
    );
    assert!(
        log.contains("für Benutzer \"nobody\" von 127.0.0.1")
            && log.contains("abgelehnt: Benutzer existiert nicht"),
        "{log}"
    );
    assert!(
        !log.contains("listening") && !log.contains("refused"),
        "{log}"
    );

    let held = fails(&served.db, &["--lang", "de", "customer", "list"], 1);
    assert!(
        held.contains(&format!(
            "wird von kontor serve benutzt (PID {}); verbinden mit: ssh -p {}",
            served.pid(),
            served.port
        )),
        "{held}"
    );
    assert_eq!(served.terminate(), 0);
    assert!(
        served
            .log()
            .contains("kontor serve: beendet; Datenbank auf die Platte geschrieben"),
        "{}",
        served.log()
    );
}
