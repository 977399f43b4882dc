//! The store's tests on both backends: `on_both` runs one test body on a sled database in a
//! temporary directory and on a fresh PostgreSQL database (`tests/common/postgres.rs`), so
//! every case is written once. A `Place` opens its database as often as a test needs (a
//! test that drops its store and opens it again, as a restart does). Room: store (tests).

#[path = "../../tests/common/postgres.rs"]
pub(in crate::store) mod test_postgres;

use std::path::Path;

use super::{OpenStep, Store};

/// Where a test's database lives: a data directory, and for PostgreSQL its database.
pub(in crate::store) struct Place {
    dir: tempfile::TempDir,
    url: Option<String>,
}

impl Place {
    /// A new, empty sled database.
    pub(in crate::store) fn sled() -> Place {
        Place {
            dir: tempfile::tempdir().unwrap(),
            url: None,
        }
    }

    /// A new, empty PostgreSQL database.
    pub(in crate::store) fn postgres() -> Place {
        Place {
            dir: tempfile::tempdir().unwrap(),
            url: Some(test_postgres::fresh_database()),
        }
    }

    /// The backend's name, as a failure reports it.
    pub(in crate::store) fn backend(&self) -> &'static str {
        match self.url {
            Some(_) => "PostgreSQL",
            None => "sled",
        }
    }

    /// The data directory (sled's database, or the server's files beside PostgreSQL).
    pub(in crate::store) fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The PostgreSQL database's address, none for sled.
    pub(in crate::store) fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    pub(in crate::store) fn open(&self) -> Store {
        self.open_observed(&mut |_| {})
    }

    /// Opens the database, telling `observe` each long step as `Store::open_observed` does.
    pub(in crate::store) fn open_observed(&self, observe: &mut dyn FnMut(OpenStep)) -> Store {
        Store::open_at(self.dir.path(), self.url(), observe)
            .unwrap_or_else(|error| panic!("opening on {}: {error}", self.backend()))
    }
}

/// Runs `case` on a new place of each backend, sled first; a failure names the backend.
pub(in crate::store) fn on_both(case: impl Fn(&Place)) {
    for place in [Place::sled(), Place::postgres()] {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| case(&place)));
        if let Err(panic) = outcome {
            eprintln!("the case failed on {}", place.backend());
            std::panic::resume_unwind(panic);
        }
    }
}

/// Runs `case` on a newly opened store of each backend.
pub(in crate::store) fn each_store(case: impl Fn(&Store)) {
    on_both(|place| case(&place.open()));
}
