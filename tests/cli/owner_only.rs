//! The data is the owner's alone, through the real binary (whose umask makes it so): a new
//! database directory is 0700 with every file in it 0600, an export and the payroll's
//! payment list written with `--out` are 0600, and `kontor` — a CLI command or the TUI — warns in one line, naming the
//! `chmod` that fixes it, when others may enter the database directory, and only then.
//! CI runs as root, so modes are checked with stat, never by being refused.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{Scratch, command, ok, run_binary, s};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Every directory and file under `dir` with its mode.
fn modes(dir: &Path, found: &mut Vec<(String, u32)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        found.push((path.display().to_string(), mode(&path)));
        if path.is_dir() {
            modes(&path, found);
        }
    }
}

#[test]
fn a_new_database_and_an_export_are_readable_by_their_owner_only() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let added = run_binary(&db, &["customer", "add", "--name", "Lohnbüro GmbH"]);
    assert_eq!(added.code, 0, "{added:?}");
    assert_eq!(mode(&db), 0o700);
    let mut found = Vec::new();
    modes(&db, &mut found);
    assert!(!found.is_empty());
    for (path, mode) in &found {
        let expected = if Path::new(path).is_dir() {
            0o700
        } else {
            0o600
        };
        assert_eq!(*mode, expected, "{path}: {found:?}");
    }
    let out = scratch.path().join("customers.csv");
    let export = run_binary(&db, &["export", "customers", "--out", s(&out)]);
    assert_eq!(export.code, 0, "{export:?}");
    assert_eq!(mode(&out), 0o600);
    assert!(
        export.stderr.starts_with("exported 1 records"),
        "{export:?}"
    );
}

#[test]
fn the_payment_list_written_to_a_file_is_the_owners_alone() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let employee = [
        "employee",
        "add",
        "--number",
        "E1",
        "--name",
        "Erika Muster",
        "--joined",
        "2024-01-01",
        "--salary",
        "3000",
        "--iban",
        "DE89370400440532013000",
    ];
    ok(&db, &employee);
    ok(&db, &["payroll", "run", "--period", "2026-11"]);
    ok(&db, &["payroll", "post", "--period", "2026-11"]);
    let out = scratch.path().join("payments.csv");
    let export = ["payroll", "export", "--period", "2026-11", "--out", s(&out)];
    let written = run_binary(&db, &export);
    assert_eq!(written.code, 0, "{written:?}");
    let expected = format!("exported 1 payment to {}\n", out.display());
    assert_eq!(written.stderr, expected);
    assert_eq!(mode(&out), 0o600);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("E1,Erika Muster,DE89370400440532013000,"),
        "{text}"
    );
}

#[test]
fn kontor_warns_in_one_line_when_others_may_enter_the_database_naming_the_chmod() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    assert_eq!(run_binary(&db, &["customer", "list"]).stderr, "");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o755)).unwrap();
    let shown = db.display();
    let warning = format!(
        "kontor: warning: database {shown} is readable by others (mode 755); \
         fix: chmod -R go-rwx {shown}\n"
    );
    let listed = run_binary(&db, &["customer", "list"]);
    assert_eq!((listed.code, listed.stderr.as_str()), (0, warning.as_str()));
    let german = run_binary(&db, &["--lang", "de", "customer", "list"]);
    assert_eq!(
        german.stderr,
        format!(
            "kontor: Warnung: Datenbank {shown} ist für andere lesbar (Modus 755); \
             Abhilfe: chmod -R go-rwx {shown}\n"
        )
    );
    // The TUI says it before the terminal turns to its screen (here: there is none).
    let tui = command().args(["--db", s(&db)]).output().unwrap();
    let stderr = String::from_utf8_lossy(&tui.stderr);
    assert!(stderr.starts_with(&warning), "{stderr}");
    let fix = std::process::Command::new("chmod")
        .args(["-R", "go-rwx", s(&db)])
        .status()
        .unwrap();
    assert!(fix.success());
    assert_eq!(run_binary(&db, &["customer", "list"]).stderr, "");
}
