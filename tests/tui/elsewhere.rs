//! The local TUI on PostgreSQL hears what another process commits on the same database:
//! `kontor --store URL` in tmux shows the customers, the CLI (another process) renames one,
//! and the list on screen shows the new name within a second, without a key pressed. A
//! screen that shows no customers stays as it is.

use crate::common;
use crate::tmux;

use std::time::{Duration, Instant};

use common::{Scratch, ok};
use tmux::{Tmux, quote};

const WAIT: Duration = Duration::from_secs(15);

#[test]
fn the_local_tui_on_postgres_shows_another_processs_commit_within_a_second() {
    common::on_postgres(|| {
        let scratch = Scratch::new();
        let db = scratch.db("db");
        ok(&db, &["customer", "add", "--name", "Acme"]);
        let store: Vec<String> = common::store_args(&db).iter().map(|a| quote(a)).collect();
        let command = format!(
            "{} {}",
            super::e2e::kontor(&db, "TERM=xterm-256color USER=anna"),
            store.join(" ")
        );
        let term = Tmux::start(&command);
        term.wait_for("kontor · Home", WAIT);
        term.send(&["g", "c"]);
        term.wait_for("Acme", WAIT);

        ok(&db, &["customer", "edit", "1", "--name", "Acme North"]);
        let saved = Instant::now();
        term.wait_for("Acme North", WAIT);
        let seen = saved.elapsed();
        assert!(seen <= Duration::from_secs(1), "showed after {seen:?}");

        term.send(&["F3"]);
        assert_eq!(term.wait_exit(WAIT), 0);
    });
}
