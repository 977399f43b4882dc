//! Crash safety of the sales numbering through the real binary: a shell loop adds orders,
//! confirms them and delivers them (a note posted at once, or a pick list left as draft,
//! some partly) while it is killed with SIGKILL, its running `kontor` with it, at random
//! moments. After every kill `check` is clean, the order (AU-) and delivery note (LS-)
//! numbers are 1..n without a hole or a twin, every confirmed order holds its
//! confirmation, and the stock reserved and on hand agree with the order lines. Delays
//! come from a seeded `fastrand`, so a failing run can be repeated.

use crate::common;

use std::collections::BTreeMap;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

use common::{Scratch, add_customer, json, json_list, ok, text};
use rust_decimal::Decimal;

use super::crash::assert_clean;
use super::orders::decimal;

/// How many times the loop is started and killed.
const KILLS: usize = 6;
/// Received of each item before the loop starts: more than the loop can sell.
const RECEIVED: i64 = 100_000;

/// Adds, confirms and delivers order after order, numbering them from `$1`; stops at the
/// first command that fails (`set -e`), so it confirms only orders it added itself.
const LOOP: &str = r#"set -e
i=$1
while true; do
  n=$(printf 'AU-%s-%05d' "$YEAR" "$i")
  "$KONTOR" order add --customer K-$((i % 2 + 1)) --line CH-001:$((i % 5 + 1)) --line BK-1:2 --db "$DB"
  "$KONTOR" order confirm "$n" --db "$DB"
  case $((i % 3)) in
    0) "$KONTOR" delivery post "$n" --db "$DB" ;;
    1) "$KONTOR" delivery add "$n" --db "$DB" ;;
    2) "$KONTOR" delivery post "$n" --line 1:1 --db "$DB" ;;
  esac
  i=$((i + 1))
  echo "$i" > "$PROGRESS"
done
"#;

/// Starts the loop in its own process group, numbering from `first`.
fn start(db: &Path, first: usize) -> std::process::Child {
    start_script(db, LOOP, first)
}

/// Starts the shell `script` in its own process group with `$1` = `first` and `$KONTOR`,
/// `$DB`, `$YEAR` and `$PROGRESS` (the file where a loop notes how far it came, read by
/// `wait_for_progress`) set.
pub(super) fn start_script(db: &Path, script: &str, first: usize) -> std::process::Child {
    let kontor = common::command();
    let mut shell = Command::new("sh");
    for (key, value) in kontor.get_envs() {
        match value {
            Some(value) => shell.env(key, value),
            None => shell.env_remove(key),
        };
    }
    shell
        .args(["-c", script, "loop", &first.to_string()])
        .env("KONTOR", common::KONTOR)
        .env("DB", db)
        .env("YEAR", common::now().year().to_string())
        .env("PROGRESS", progress_file(db))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("cannot start sh")
}

fn progress_file(db: &Path) -> std::path::PathBuf {
    db.with_extension("progress")
}

/// Waits until the loop started by `start_script` has noted `$1` ≥ `at_least` in
/// `$PROGRESS`, so that a kill falls after real work however slow the machine is.
pub(super) fn wait_for_progress(db: &Path, at_least: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let noted = std::fs::read_to_string(progress_file(db)).unwrap_or_default();
        if noted.trim().parse::<usize>().is_ok_and(|n| n >= at_least) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the loop did not get to {at_least}: {noted:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Kills the loop's whole process group (the shell and its `kontor`) with SIGKILL.
pub(super) fn kill_group(mut child: std::process::Child) {
    let group = format!("-{}", child.id());
    let killed = Command::new("kill")
        .args(["-KILL", "--", &group])
        .status()
        .expect("cannot run kill");
    assert!(killed.success(), "kill {group}");
    child.wait().expect("the loop is reaped");
}

/// The numbers `AU-YYYY-00001`… `n` are there, each once and nothing else.
#[track_caller]
pub(super) fn assert_gapless(prefix: &str, mut numbers: Vec<String>, after: &str) {
    numbers.sort();
    let year = common::now().year();
    let expected: Vec<String> = (1..=numbers.len())
        .map(|n| format!("{prefix}-{year}-{n:05}"))
        .collect();
    assert_eq!(numbers, expected, "{prefix} numbers after {after}");
}

#[test]
fn gapless_numbering_after_sigkill_mid_confirmation() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    for (sku, price) in [("CH-001", "10.00"), ("BK-1", "24.99")] {
        ok(
            &db,
            &["item", "add", "--sku", sku, "--name", sku, "--price", price],
        );
        ok(&db, &["stock", "receive", sku, &RECEIVED.to_string()]);
    }
    add_customer(&db, &["--name", "Müller GmbH", "--number", "K-1"]);
    add_customer(&db, &["--name", "Alfreds", "--number", "K-2"]);

    let mut rng = fastrand::Rng::with_seed(0x6175_6674);
    let mut log = Vec::new();
    let mut orders = Vec::new();
    for kill in 1..=KILLS {
        let delay = Duration::from_millis(rng.u64(300..1_800));
        let child = start(&db, orders.len() + 1);
        // One whole round first, then the kill at a random moment.
        wait_for_progress(&db, orders.len() + 2);
        sleep(delay);
        kill_group(child);
        let after = format!("kill {kill} at {delay:?}");
        assert_clean(&db, &after);

        orders = json_list(&db, &["order", "list"]);
        let numbers = orders.iter().map(|o| text(o, "number").to_string());
        assert_gapless("AU", numbers.collect(), &after);
        let notes = json_list(&db, &["delivery", "list"]);
        let numbers = notes.iter().map(|n| text(n, "number").to_string());
        assert_gapless("LS", numbers.collect(), &after);

        // Reserved and delivered per SKU over all order lines.
        let mut reserved: BTreeMap<String, Decimal> = BTreeMap::new();
        let mut delivered: BTreeMap<String, Decimal> = BTreeMap::new();
        let mut confirmed = 0;
        for order in &orders {
            let number = text(order, "number");
            let shown = json(&db, &["order", "show", number]);
            let state = text(&shown, "state");
            assert!(
                ["open", "confirmed", "delivered"].contains(&state),
                "{state}"
            );
            if state != "open" {
                confirmed += 1;
                assert_eq!(shown["confirmations"], 1, "{number} after {after}");
            }
            for line in shown["lines"].as_array().unwrap() {
                let sku = text(line, "sku").to_string();
                *reserved.entry(sku.clone()).or_default() += decimal(&line["reserved"]);
                *delivered.entry(sku).or_default() += decimal(&line["delivered"]);
                if state == "open" {
                    assert_eq!(decimal(&line["reserved"]), Decimal::ZERO, "{number}");
                }
            }
        }
        for sku in ["CH-001", "BK-1"] {
            let stock = json(&db, &["stock", "available", sku]);
            let (sold, held) = (
                delivered.get(sku).copied().unwrap_or_default(),
                reserved.get(sku).copied().unwrap_or_default(),
            );
            assert_eq!(decimal(&stock["reserved"]), held, "{sku} after {after}");
            assert_eq!(
                decimal(&stock["on_hand"]),
                Decimal::from(RECEIVED) - sold,
                "{sku} after {after}"
            );
        }
        log.push(format!(
            "{after}: {} orders, {confirmed} confirmed, {} notes",
            orders.len(),
            notes.len()
        ));
    }
    assert!(
        orders.len() > KILLS,
        "the loop hardly ran between kills: {log:?}"
    );
    eprintln!("{log:?}");
}
