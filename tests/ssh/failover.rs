//! A session on `kontor serve` goes on working across a PostgreSQL failover: the server is
//! given a primary with a synchronous standby in one address; the primary is killed while an
//! agent saves a customer, the standby promoted a second later, and the save goes through
//! on it — both customers are there and check clean.

use std::time::{Duration, Instant};

use super::{Served, WAIT, add_customer, open_customers};
use crate::common::pg_cluster::Cluster;
use crate::common::{ok, on_postgres_at};

#[test]
fn a_session_saves_across_a_failover_of_its_postgres() {
    let (primary, standby, url) = Cluster::primary_with_standby();
    on_postgres_at(&url, || {
        let served = Served::start();
        let session = served.session(80, 24);
        open_customers(&session);
        add_customer(&session, "Before Failover");
        session.send(&["g", "c"]);
        session.wait_for("Customers · anna", WAIT);
        primary.kill();
        session.send(&["n"]);
        session.wait_for("New customer", WAIT);
        session.type_text("After Failover");
        session.send(&["C-x"]);
        std::thread::sleep(Duration::from_secs(1));
        standby.promote();
        let deadline = Instant::now() + WAIT;
        let names = loop {
            let names = ok(&served.db, &["customer", "list", "--format", "csv"]);
            if names.contains("After Failover") || Instant::now() > deadline {
                break names;
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        assert!(names.contains("After Failover"), "{}", session.screen());
        assert!(names.contains("Before Failover"), "{names}");
        assert!(
            !session.screen().contains("PostgreSQL"),
            "{}",
            session.screen()
        );
        assert!(ok(&served.db, &["check"]).starts_with("ok"));
    });
}
