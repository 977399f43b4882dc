//! The search over every record in the real binary in a real terminal (tmux, 80×24), in
//! the 256-colour profile and on a VT100 (mono, ASCII only): `g /`, a reference typed
//! whole, the hit shown with its date, Enter opens the interaction, Esc comes back.

use crate::common;
use crate::tmux;

use std::time::Duration;

use common::{Scratch, add_customer, ok};
use tmux::Tmux;

use super::e2e::kontor;

const WAIT: Duration = Duration::from_secs(15);

#[test]
fn the_search_finds_a_reference_and_enter_opens_it_in_both_profiles() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Müller & Söhne Straßenbau"]);
    let log = [
        "interaction",
        "log",
        "--customer",
        "1",
        "--channel",
        "call-in",
    ];
    let what = [
        "--subject",
        "Reklamation RE-3666666",
        "--outcome",
        "Gutschrift zugesagt",
    ];
    ok(
        &db,
        &[&log[..], &what, &["--at", "2026-01-05 10:00"]].concat(),
    );
    for (term, wanted) in [
        ("TERM=xterm-256color", "Müller & Söhne"),
        ("TERM=vt100", "Mueller & Soehne"),
    ] {
        let session = Tmux::start(&kontor(&db, &format!("{term} USER=anna")));
        session.wait_for("Home", WAIT);
        session.send(&["g", "/"]);
        session.wait_for("Search:", WAIT);
        session.type_text("3666666");
        let hits = session.wait_for("1 hit", WAIT);
        assert!(
            hits.contains("Interactions  Reklamation RE-3666666"),
            "{hits}"
        );
        assert!(hits.contains("2026-01-05"), "{hits}");
        if term == "TERM=vt100" {
            assert!(hits.is_ascii(), "non-ASCII on a VT100:\n{hits}");
        }
        session.send(&["Enter"]);
        let detail = session.wait_for("Gutschrift zugesagt", WAIT);
        assert!(detail.contains(wanted), "{detail}");
        session.send(&["Escape"]);
        session.wait_for("Search: 3666666", WAIT);
        session.send(&["F3"]);
        assert_eq!(session.wait_exit(WAIT), 0);
    }
}
