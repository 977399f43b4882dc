//! The demo database the in-process TUI tests start from: `kontor demo` with 30 customers,
//! loaded by the local root at `NOW`, built once per test process and copied into each
//! test's own directory, so every test writes to a database of its own while the demo is
//! generated only once. The template lives in cargo's scratch directory for integration
//! tests, one per test process; each process removes those of processes that have ended.
//! Tests that load the demo at another instant or size load it themselves.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use kontor::core::{Actor, Clock, load_demo};
use kontor::store::Store;

use super::NOW;

/// How many customers the shared demo has.
const CUSTOMERS: usize = 30;

/// The demo database, built on first use and closed; tests copy it, never open it.
static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();

/// Where the templates of the test processes lie.
const SCRATCH: &str = env!("CARGO_TARGET_TMPDIR");

/// How the templates' names begin; the id of the process that built one follows.
const PREFIX: &str = "demo-template-";

fn template() -> &'static Path {
    TEMPLATE.get_or_init(|| {
        remove_ended_processes_templates();
        let dir = Path::new(SCRATCH).join(format!("{PREFIX}{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let store = Store::open(&dir).unwrap();
        load_demo(
            &store,
            &Clock::pinned(NOW),
            &Actor::local("root"),
            CUSTOMERS,
        )
        .unwrap();
        store.flush().unwrap();
        drop(store);
        assert!(
            Store::wait_until_free(&dir, Duration::from_secs(20)),
            "the demo template is still held after closing it"
        );
        dir
    })
}

/// Removes the templates left by test processes that are no longer running.
fn remove_ended_processes_templates() {
    let Ok(entries) = std::fs::read_dir(SCRATCH) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let process = name
            .to_str()
            .and_then(|name| name.strip_prefix(PREFIX))
            .and_then(|process| process.parse::<u32>().ok());
        if let Some(process) = process
            && !Path::new("/proc").join(process.to_string()).exists()
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Copies the directory `from` into `to` (created if missing), files and subdirectories.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The demo (30 customers, loaded by root at `NOW`) as a store of its own in `dir`.
pub fn demo_store(dir: &Path) -> Arc<Store> {
    copy_tree(template(), dir);
    Arc::new(Store::open(dir).unwrap())
}
