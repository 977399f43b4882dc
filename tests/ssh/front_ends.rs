//! Two `kontor serve` processes on one PostgreSQL database, each with its own data
//! directory and port, over the real OpenSSH client in tmux: a customer saved through one
//! shows on a screen of the other within a second, and of two edit forms of one customer
//! opened on the two, the second save is refused as stale and writes nothing. Uses the
//! helpers of `ssh.rs`.

use super::edits::{edit_first_customer, second_save_refused, type_and_save};
use super::*;

impl Served {
    /// Another `kontor serve` over this server's PostgreSQL database (the test runs
    /// `on_postgres`): a data directory and port of its own, the same accounts and keys.
    fn another_front_end(&self) -> Served {
        let scratch = Scratch::new();
        for entry in std::fs::read_dir(self.scratch.path()).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap();
            if path.is_file() && name != "serve.log" {
                std::fs::copy(&path, scratch.path().join(name)).unwrap();
            }
        }
        let db = scratch.db("db");
        common::same_store(&self.db, &db);
        Served::spawn(scratch, db, &[])
    }
}

#[test]
fn two_front_ends_on_one_postgres_database_see_each_others_edits_and_refuse_stale_ones() {
    common::on_postgres(|| {
        let front = Served::start_with(&[("anna", "agent"), ("bob", "agent")], |db| {
            ok(db, &["customer", "add", "--name", "Acme"]);
        });
        let back = front.another_front_end();
        let anna = front.session_as("anna", 100, 30);
        let bob = back.session_as("bob", 100, 30);
        anna.wait_for("kontor · Home · anna", WAIT);
        anna.send(&["g", "c"]);
        anna.wait_for("Customers · anna", WAIT);
        anna.wait_for("Acme", WAIT);

        edit_first_customer(&bob, "bob");
        type_and_save(&bob, " North");
        bob.wait_for("customer 1 saved", WAIT);
        shows_within_a_second(&anna, "Acme North", Instant::now());

        anna.send(&["e"]);
        anna.wait_for("Edit customer 1", WAIT);
        bob.send(&["e"]);
        bob.wait_for("Edit customer 1", WAIT);
        let screen = second_save_refused(&bob, " B", &anna, " A");
        assert!(
            screen.contains("customer 1 was changed by bob at "),
            "{screen}"
        );
        assert!(screen.contains("Acme North A"), "{screen}");
        assert!(screen.contains("now: Acme North B"), "{screen}");

        // A third data directory on the same database: the CLI beside both servers.
        let beside = front.scratch.db("beside");
        common::same_store(&front.db, &beside);
        let customers = json_list(&beside, &["customer", "list"]);
        assert_eq!(customers.len(), 1, "{customers:?}");
        assert_eq!(text(&customers[0], "name"), "Acme North B");
        let audit = json_list(&beside, &["audit", "--record", "customer:1"]);
        let edits_by = |user: &str| audit.iter().filter(|row| text(row, "user") == user).count();
        assert_eq!(
            edits_by("anna"),
            0,
            "the refused save wrote nothing: {audit:?}"
        );
        assert!(edits_by("bob") >= 2, "{audit:?}");
    });
}
