//! Payroll through the CLI (in process) on a temporary database: employees, running a period
//! (salaried joiner and leaver prorated, hourly overtime, capped percent and fixed
//! deductions, each checked to the cent against a hand computation), re-running drafts,
//! posting and the lock, the payment list, IBAN checks and the overtime settings.

use crate::common::{self, Run};

use serde_json::Value;
use tempfile::TempDir;

/// Splits `employee add --name Erika Muster --iban=` into arguments: the words before
/// the first flag, then each flag followed by the rest up to the next flag as one value.
fn args(line: &str) -> Vec<String> {
    let mut parts = line.split(" --");
    let mut args: Vec<String> = parts
        .next()
        .unwrap()
        .split_whitespace()
        .map(String::from)
        .collect();
    for part in parts {
        match part.split_once(' ') {
            Some((flag, value)) => args.extend([format!("--{flag}"), value.trim().to_string()]),
            None => args.push(format!("--{part}")),
        }
    }
    args
}

struct Db {
    dir: TempDir,
}

impl Db {
    fn new() -> Db {
        Db {
            dir: TempDir::new().unwrap(),
        }
    }

    /// Runs `kontor LINE --db DIR/db` in process (`common::run`).
    fn run(&self, line: &str) -> Run {
        let args = args(line);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        common::run(&self.dir.path().join("db"), &args)
    }

    /// Runs a command that must succeed; returns its standard output.
    fn ok(&self, line: &str) -> String {
        let run = self.run(line);
        assert_eq!(run.code, 0, "kontor {line}: {}", run.stderr);
        run.stdout
    }

    /// Runs a command that must be refused with exit code 2; returns its standard error.
    fn refused(&self, line: &str) -> String {
        let run = self.run(line);
        assert_eq!(run.code, 2, "kontor {line}: {}", run.stdout);
        run.stderr
    }

    fn json(&self, line: &str) -> Value {
        serde_json::from_str(&self.ok(&format!("{line} --format json"))).unwrap()
    }

    /// A salaried joiner (E1), an hourly worker with three deductions (E2), a leaver (E3)
    /// and one who left before February 2026 (E4).
    fn staff() -> Db {
        let db = Db::new();
        db.ok(
            "employee add --number E1 --name Erika Muster --joined 2026-02-12 \
               --salary 3000.00 --deduction pension:9.3%:300 \
               --iban de89 3704 0044 0532 0130 00",
        );
        db.ok(
            "employee add --number E2 --name Max Stunde --joined 2024-01-15 --hourly 18.50 \
               --deduction pension:9.3%:300 --deduction tax:20% --deduction union:12.50 \
               --iban GB82 WEST 1234 5698 7654 32",
        );
        db.ok(
            "employee add --number E3 --name Lea Gehtweg --joined 2019-04-01 \
               --left 2026-02-10 --salary 4200 --iban AT611904300234573201",
        );
        db.ok(
            "employee add --number E4 --name Otto Vorher --joined 2019-04-01 \
               --left 2026-01-31 --salary 2500",
        );
        db
    }
}

/// (kind, description, amount) of every line of one employee's payslip.
fn lines(shown: &Value, employee: &str) -> Vec<(String, String, String)> {
    shown
        .as_array()
        .unwrap()
        .iter()
        .filter(|line| line["employee"] == employee)
        .map(|line| {
            let text = |field: &str| line[field].as_str().unwrap().to_string();
            (text("kind"), text("description"), text("amount"))
        })
        .collect()
}

fn line(kind: &str, description: &str, amount: &str) -> (String, String, String) {
    (kind.into(), description.into(), amount.into())
}

#[test]
fn a_period_is_run_shown_posted_locked_and_exported() {
    let db = Db::staff();
    db.ok("payroll run --period 2026-02 --hours E2=190.5");
    let shown = db.json("payroll show --period 2026-02");
    // E1, salaried joiner: February 2026 has 28 days, employed 12th..=28th = 17 days.
    // 3000.00 × 17 ÷ 28 = 1821.428571… → 1821.43
    // pension 9.3 % × 1821.43 = 169.39299 → 169.39 (under the cap of 300)
    // net 1821.43 − 169.39 = 1652.04
    assert_eq!(
        lines(&shown, "E1"),
        vec![
            line("salary", "monthly salary, 17 of 28 days", "1821.43"),
            line("gross", "gross pay", "1821.43"),
            line("deduction", "pension", "169.39"),
            line("net", "net pay", "1652.04"),
        ]
    );
    // E2, hourly 18.50, 190.5 hours, threshold 173.33, factor 1.25:
    // regular  173.33 × 18.50 = 3206.605 → 3206.61
    // overtime (190.5 − 173.33) × 18.50 × 1.25 = 17.17 × 23.125 = 397.05625 → 397.06
    // gross    3206.61 + 397.06 = 3603.67
    // pension  9.3 % × 3603.67 = 335.14131 → 335.14, capped → 300.00
    // tax      20 % × 3603.67 = 720.734 → 720.73
    // union    fixed 12.50
    // net      3603.67 − 300.00 − 720.73 − 12.50 = 2570.44
    assert_eq!(
        lines(&shown, "E2"),
        vec![
            line("regular", "regular hours", "3206.61"),
            line("overtime", "overtime hours × 1.25", "397.06"),
            line("gross", "gross pay", "3603.67"),
            line("deduction", "pension", "300.00"),
            line("deduction", "tax", "720.73"),
            line("deduction", "union", "12.50"),
            line("net", "net pay", "2570.44"),
        ]
    );
    // E3, leaver on the 10th: 4200.00 × 10 ÷ 28 = 1500.00
    assert_eq!(
        lines(&shown, "E3"),
        vec![
            line("salary", "monthly salary, 10 of 28 days", "1500.00"),
            line("gross", "gross pay", "1500.00"),
            line("net", "net pay", "1500.00"),
        ]
    );
    // E4 left in January: no payslip.
    assert!(lines(&shown, "E4").is_empty());
    let all = shown.as_array().unwrap();
    assert!(all.iter().all(|l| l["status"] == "draft"));
    assert_eq!(
        (&all[5]["quantity"], &all[5]["rate"]),
        (&"17.17".into(), &"23.125".into())
    );

    let draft_export = db.refused("payroll export --period 2026-02");
    assert!(draft_export.contains("post it first"), "{draft_export}");

    let posted = db.ok("payroll post --period 2026-02 --format csv");
    assert!(posted.contains("2026-02,E2,Max Stunde,3603.67,1033.23,2570.44,EUR,posted"));
    let again = db.refused("payroll run --period 2026-02 --hours E2=100");
    assert!(again.contains("2026-02 is posted"), "{again}");
    let twice = db.refused("payroll post --period 2026-02");
    assert!(twice.contains("already posted"), "{twice}");
    let one = db.json("payroll show --period 2026-02 --employee e2");
    assert_eq!(lines(&one, "E2").len(), 7);
    assert!(
        one.as_array()
            .unwrap()
            .iter()
            .all(|l| l["status"] == "posted")
    );

    assert_eq!(
        db.ok("payroll export --period 2026-02"),
        "employee,name,iban,net,currency\n\
         E1,Erika Muster,DE89370400440532013000,1652.04,EUR\n\
         E2,Max Stunde,GB82WEST12345698765432,2570.44,EUR\n\
         E3,Lea Gehtweg,AT611904300234573201,1500.00,EUR\n"
    );
    assert!(db.ok("check").starts_with("ok"));
}

#[test]
fn running_a_draft_period_again_replaces_its_payslips() {
    let db = Db::staff();
    db.ok("payroll run --period 2026-02 --hours E2=190.5");
    let table = db.ok("payroll run --period 2026-02 --hours e2=100,5");
    assert!(
        table.contains("2026-02: 3 draft payslips computed, 3 replaced"),
        "{table}"
    );
    let shown = db.json("payroll show --period 2026-02");
    let nets = shown
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["kind"] == "net");
    assert_eq!(nets.count(), 3);
    // E2: 100.5 × 18.50 = 1859.25; pension 9.3 % = 172.91025 → 172.91; tax 20 % = 371.85;
    // union 12.50; net 1859.25 − 172.91 − 371.85 − 12.50 = 1301.99
    assert_eq!(
        lines(&shown, "E2"),
        vec![
            line("regular", "regular hours", "1859.25"),
            line("gross", "gross pay", "1859.25"),
            line("deduction", "pension", "172.91"),
            line("deduction", "tax", "371.85"),
            line("deduction", "union", "12.50"),
            line("net", "net pay", "1301.99"),
        ]
    );
    assert!(db.ok("check").starts_with("ok"));
}

#[test]
fn the_overtime_threshold_and_factor_are_settings() {
    let db = Db::staff();
    db.ok("settings overtime_threshold 160");
    db.ok("settings overtime_factor 1.5");
    assert!(
        db.refused("settings overtime_factor 0.8")
            .contains("at least 1")
    );
    db.ok("payroll run --period 2026-02 --hours E2=190.5");
    let shown = db.json("payroll show --period 2026-02 --employee E2");
    // regular 160 × 18.50 = 2960.00; overtime 30.5 × 18.50 × 1.5 = 846.375 → 846.38;
    // gross 2960.00 + 846.38 = 3806.38
    assert_eq!(
        lines(&shown, "E2")[..3],
        [
            line("regular", "regular hours", "2960.00"),
            line("overtime", "overtime hours × 1.5", "846.38"),
            line("gross", "gross pay", "3806.38"),
        ]
    );
}

#[test]
fn hours_are_needed_for_hourly_employees_and_only_for_them() {
    let db = Db::staff();
    let missing = db.refused("payroll run --period 2026-02");
    assert!(missing.contains("E2 is paid by the hour"), "{missing}");
    let unparsable = db.refused("payroll run --period 2026-02 --hours E2=10 --hours E3");
    assert!(
        unparsable.contains("\"E3\" is not NUMBER=HOURS"),
        "{unparsable}"
    );
    let wrong = db.refused(
        "payroll run --period 2026-02 --hours E2=10 --hours E1=5 --hours E4=1 --hours E9=1",
    );
    assert!(wrong.contains("E1 has a monthly salary"), "{wrong}");
    assert!(wrong.contains("E4 is not employed in 2026-02"), "{wrong}");
    assert!(wrong.contains("no employee has number E9"), "{wrong}");
    assert!(
        db.refused("payroll run --period 2026-2")
            .contains("YYYY-MM")
    );
    let nothing = db.refused("payroll show --period 2026-02");
    assert!(nothing.contains("run it first"), "{nothing}");
    assert!(
        db.refused("payroll post --period 2026-02")
            .contains("run it first")
    );
}

#[test]
fn ibans_are_checked_normalized_and_editable() {
    let db = Db::staff();
    assert_eq!(
        db.json("employee show E1")["iban"],
        "DE89370400440532013000"
    );
    let checksum = db.refused(
        "employee add --number E5 --name Tippfehler --joined 2026-01-01 --salary 2000 \
         --iban DE89 3704 0044 0532 0130 01",
    );
    assert!(checksum.contains("wrong checksum"), "{checksum}");
    let length = db.refused("employee edit E1 --iban DE89 3704 0044 0532 0130 0");
    assert!(length.contains("an IBAN from DE has 22"), "{length}");
    let edited = db.json("employee edit E1 --iban nl91 abna 0417 1643 00");
    assert_eq!(edited["iban"], "NL91ABNA0417164300");
    assert_eq!(edited["version"], 2);
    assert_eq!(db.json("employee edit E1 --iban=")["iban"], "");
}

#[test]
fn employees_are_listed_edited_and_their_numbers_unique() {
    let db = Db::staff();
    let list = db.ok("employee list --format csv");
    assert_eq!(list.lines().count(), 5);
    assert!(
        list.contains(
            ",E2,Max Stunde,2024-01-15,,18.50,,EUR,pension:9.3%:300|tax:20%|union:12.50,"
        )
    );
    let taken =
        db.refused("employee add --number e2 --name Doppelt --joined 2026-01-01 --hourly 15");
    assert!(
        taken.contains("already used by employee 2 (Max Stunde)"),
        "{taken}"
    );
    let both = db.run(
        "employee add --number E6 --name Beides --joined 2026-01-01 --hourly 15 --salary 2000",
    );
    assert_eq!(both.code, 2);
    let edited = db.json("employee edit E2 --salary 3200 --deduction= --left 2026-06-30");
    assert_eq!(edited["hourly"], "");
    assert_eq!(edited["salary"], "3200.00");
    assert_eq!(edited["deductions"], serde_json::json!([]));
    assert_eq!(edited["left"], "2026-06-30");
    let stale = db.refused("employee edit E2 --name X --expect-version 1");
    assert!(
        stale.contains("was changed by") && stale.contains(" at "),
        "{stale}"
    );
    assert_eq!(db.json("employee edit E2 --number E20")["number"], "E20");
    assert!(
        db.refused("employee show E2")
            .contains("no employee has number E2")
    );
    assert!(
        db.refused("employee edit E20 --number E1")
            .contains("already used")
    );
    assert!(db.ok("check").starts_with("ok"));
}
