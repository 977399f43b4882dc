//! Crash safety through the real binary: imports killed with SIGKILL at random moments
//! leave every row or none (never a partial import, also on a database that already holds
//! earlier complete imports), streams of edits and adds killed mid-way leave `check`
//! clean and every record either wholly changed or not at all, and a `reindex` killed
//! mid-way is finished by the next command. Delays come from a seeded
//! `fastrand`, so a failing run can be repeated.

use crate::common;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::{Child, ExitStatus, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use common::{Scratch, add_customer, int, json, json_list, ok, s, strings, text};

/// Rows of the big import. Each row carries a phone number, which is what makes an import
/// slow; this many take a few seconds in a debug build, a good part of it writing.
const ROWS: usize = 2_500;
/// How many imports are started and killed.
const KILLS: usize = 5;

/// The names of the big file, in file order.
fn names() -> Vec<String> {
    (0..ROWS)
        .map(|i| format!("Crashtest Kunde {i:05}"))
        .collect()
}

fn big_csv() -> String {
    let mut csv = String::from("name,phone,city,tags\n");
    for (i, name) in names().iter().enumerate() {
        // Distinct numbers: +49 30 1000000, +49 30 1000037, …
        csv.push_str(&format!(
            "{name},+49 30 {},Berlin,crash\n",
            1_000_000 + i * 37
        ));
    }
    csv
}

/// Starts `kontor ARGS --db DB` in the background, output discarded.
fn spawn(db: &Path, args: &[&str]) -> Child {
    common::command()
        .args(args)
        .arg("--db")
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start kontor")
}

/// Lets `child` run for `delay`, then kills it with SIGKILL unless it has finished.
/// Returns its exit status and whether it finished by itself.
fn kill_after(mut child: Child, delay: Duration) -> (ExitStatus, bool) {
    sleep(delay);
    if let Some(status) = child.try_wait().unwrap() {
        return (status, true);
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    // It may have finished between the look and the kill.
    (status, status.success())
}

/// `check` must exit 0 and say so.
pub(super) fn assert_clean(db: &Path, after: &str) {
    let run = common::run(db, &["check"]);
    assert_eq!(run.code, 0, "check after {after}: {run:?}");
    assert!(run.stdout.starts_with("ok"), "check after {after}: {run:?}");
}

fn secs(duration: Duration) -> String {
    format!("{:.2}s", duration.as_secs_f64())
}

#[test]
fn imports_killed_at_random_moments_leave_all_rows_or_none() {
    let scratch = Scratch::new();
    let file = scratch.file("big.csv", big_csv().as_bytes());
    let file = s(&file);
    let names = names();

    // One full import, and one that only reads and checks the rows, in a separate
    // database. The kills land between 5 % and 95 % of the full import and, where that
    // window allows, after the rows were read and before 90 % of the writing is done:
    // killing an import that has not started writing proves little.
    let reference = scratch.db("reference");
    let started = Instant::now();
    let said = ok(&reference, &["import", "customers", file]);
    let full = started.elapsed();
    assert!(
        said.contains(&format!("imported {ROWS} customers")),
        "{said}"
    );
    let started = Instant::now();
    ok(&reference, &["import", "customers", file, "--dry-run"]);
    let reading = started.elapsed();
    let (earliest, latest) = (full.mul_f64(0.05), full.mul_f64(0.95));
    let writing = full.saturating_sub(reading);
    let (low, high) = if earliest <= reading && reading < latest {
        (reading, (reading + writing.mul_f64(0.9)).min(latest))
    } else {
        (earliest, latest)
    };

    let db = scratch.db("db");
    let mut rng = fastrand::Rng::with_seed(0x6b6f_6e74_6f72);
    let mut finished = 0;
    let mut killed = 0;
    let mut log = Vec::new();
    for iteration in 1..=KILLS {
        let delay = low + (high - low).mul_f64(rng.f64());
        let child = spawn(&db, &["import", "customers", file]);
        let (status, by_itself) = kill_after(child, delay);
        if by_itself {
            assert!(status.success(), "import {iteration} failed: {status}");
            finished += 1;
        } else {
            killed += 1;
        }
        assert_clean(
            &db,
            &format!("import {iteration} killed at {}", secs(delay)),
        );

        let customers = json_list(&db, &["customer", "list", "--limit", "1000000"]);
        log.push(format!(
            "{iteration}: {} {} -> {} rows",
            secs(delay),
            if by_itself { "finished" } else { "killed" },
            customers.len()
        ));
        assert_eq!(
            customers.len() % ROWS,
            0,
            "a partial import after {iteration} kill(s): {log:?}"
        );
        let copies = customers.len() / ROWS;
        assert!(
            finished <= copies && copies <= iteration,
            "{copies} copies after {finished} finished of {iteration} imports: {log:?}"
        );
        // Every row is there exactly `copies` times.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for customer in &customers {
            *seen.entry(text(customer, "name")).or_default() += 1;
        }
        assert!(
            names
                .iter()
                .all(|name| seen.get(name.as_str()).copied().unwrap_or(0) == copies),
            "rows missing or doubled: {log:?}"
        );
        assert_eq!(seen.len(), if copies == 0 { 0 } else { ROWS });
    }
    assert!(
        killed > 0,
        "no import was interrupted (full import {}, reading {}): {log:?}",
        secs(full),
        secs(reading)
    );
    // The indexes of what is there answer queries too.
    let tagged = json_list(
        &db,
        &["customer", "list", "--tag", "crash", "--limit", "1000000"],
    );
    let all = json_list(&db, &["customer", "list", "--limit", "1000000"]);
    assert_eq!(tagged.len(), all.len());
    // An import reserves its ids together with its journal before it writes, and a rolled
    // back import does not give them back: the next id tells how many imports were
    // killed after they had started writing.
    let next = add_customer(&db, &["--name", "Danach"]) as usize;
    assert_eq!(
        (next - 1) % ROWS,
        0,
        "ids are reserved per whole import: {log:?}"
    );
    let rolled_back = (next - 1) / ROWS - all.len() / ROWS;
    eprintln!(
        "full import {}, reading {}, kills between {} and {}; {rolled_back} import(s) \
         rolled back after they had started writing: {log:?}",
        secs(full),
        secs(reading),
        secs(low),
        secs(high)
    );
}

#[test]
fn a_reindex_killed_at_random_moments_is_finished_on_the_next_open() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["demo", "--customers", "400"]);
    let started = Instant::now();
    ok(&db, &["reindex"]);
    let whole = started.elapsed();
    let mut rng = fastrand::Rng::with_seed(0x7265_696e);
    for kill in 1..=KILLS {
        let delay = whole.mul_f64(rng.f64() * 0.9);
        let (_, finished) = kill_after(spawn(&db, &["reindex"]), delay);
        // The next command (check) opens the database, which finishes the rebuild first.
        assert_clean(
            &db,
            &format!(
                "reindex kill {kill} at {} (finished: {finished})",
                secs(delay)
            ),
        );
    }
}

#[test]
fn edits_and_adds_killed_mid_way_leave_a_consistent_database() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = add_customer(&db, &["--name", "Kunde 0", "--tag", "start"]).to_string();
    // How long one edit takes (the slowest of three), to spread the kills over it.
    let mut one = Duration::ZERO;
    for probe in ["probe", "probe", "probe"] {
        let started = Instant::now();
        json(&db, &["customer", "edit", &id, "--add-tag", probe]);
        one = one.max(started.elapsed());
    }

    let mut rng = fastrand::Rng::with_seed(0x6564_6974);
    let mut committed = Vec::new();
    for i in 1..=20 {
        let tag = format!("t{i}");
        let name = format!("Kunde {i}");
        let notes = format!("Fassung {i}");
        let child = spawn(
            &db,
            &[
                "customer",
                "edit",
                &id,
                "--name",
                &name,
                "--add-tag",
                &tag,
                "--notes",
                &notes,
            ],
        );
        let (status, _) = kill_after(child, one.mul_f64(1.5 * rng.f64()));
        if status.success() {
            committed.push(i);
        }
    }
    assert_clean(&db, "killed edits");
    let customer = json(&db, &["customer", "show", &id]);
    let tags = strings(&customer, "tags");
    let edits: BTreeSet<usize> = tags
        .iter()
        .filter_map(|t| t.strip_prefix('t')?.parse().ok())
        .collect();
    // Every edit that said it was done is there; each edit is whole: one version, one
    // tag, and name and notes of the last edit that got in.
    for i in &committed {
        assert!(edits.contains(i), "edit {i} reported success but is lost");
    }
    assert_eq!(&tags[..2], ["start", "probe"]);
    assert_eq!(tags.len(), 2 + edits.len(), "{tags:?}");
    assert_eq!(
        int(&customer, "version") as usize,
        2 + edits.len(),
        "created, the first probe (the two repeats change nothing), then one version per edit"
    );
    match edits.last() {
        Some(last) => {
            assert_eq!(text(&customer, "name"), format!("Kunde {last}"));
            assert_eq!(text(&customer, "notes"), format!("Fassung {last}"));
        }
        None => assert_eq!(text(&customer, "name"), "Kunde 0"),
    }

    let mut added = Vec::new();
    for i in 1..=20 {
        let name = format!("Neu {i}");
        let child = spawn(&db, &["customer", "add", "--name", &name, "--tag", "neu"]);
        let (status, _) = kill_after(child, one.mul_f64(1.5 * rng.f64()));
        if status.success() {
            added.push(name);
        }
    }
    assert_clean(&db, "killed adds");
    let new = json_list(&db, &["customer", "list", "--tag", "neu"]);
    let names: BTreeSet<&str> = new.iter().map(|c| text(c, "name")).collect();
    assert_eq!(names.len(), new.len(), "no customer twice");
    for name in &added {
        assert!(
            names.contains(name.as_str()),
            "{name} reported added but is lost"
        );
    }
    assert!(new.len() <= 20);
    eprintln!(
        "one edit {}: {} of 20 edits and {} of 20 adds reported success, {} edits and {} adds stored",
        secs(one),
        committed.len(),
        added.len(),
        edits.len(),
        new.len()
    );
}
