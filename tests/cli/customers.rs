//! End-to-end tests of `kontor customer …` through the real binary on temporary
//! databases: add, show, list filters, search ranking (name, e-mail, phone, typo), edits
//! with optimistic versions, deletes with and without `--force`, caller lookup by any
//! fragment of a number, the `default_region` setting, CSV output, global options before
//! or after the subcommand and from `KONTOR_DB`, and the one-line "in use" error.

use crate::common;

use common::{
    Scratch, add_customer, fails, ids, int, json, json_list, ok, run, run_binary, run_raw, s,
    strings, text,
};
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

#[test]
fn customer_add_prints_the_whole_record_with_its_id_and_show_reads_it_back() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let added = json(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "Alfreds Futterkiste",
            "--phone",
            "030-0074321",
            "--phone",
            "+49 30 0076545",
            "--email",
            "maria@alfreds.de",
            "--contact",
            "Maria Anders:Sales Representative",
            "--street",
            "Obere Str. 57",
            "--postal-code",
            "12209",
            "--city",
            "Berlin",
            "--country",
            "Deutschland",
            "--status",
            "customer",
            "--owner",
            "anna",
            "--tag",
            "b2b",
            "--tag",
            "key-account",
            "--notes",
            "Bestellt montags, liefert freitags",
        ],
    );
    let id = int(&added, "id");
    assert!(id >= 1, "{added}");
    assert_eq!(text(&added, "name"), "Alfreds Futterkiste");
    assert_eq!(text(&added, "kind"), "company");
    assert_eq!(
        strings(&added, "phone"),
        ["030-0074321", "+49 30 0076545"],
        "both numbers, as typed"
    );
    assert_eq!(strings(&added, "email"), ["maria@alfreds.de"]);
    assert_eq!(strings(&added, "contact"), ["Maria Anders"]);
    assert_eq!(strings(&added, "contact_role"), ["Sales Representative"]);
    assert_eq!(text(&added, "street"), "Obere Str. 57");
    assert_eq!(text(&added, "postal_code"), "12209");
    assert_eq!(text(&added, "city"), "Berlin");
    assert_eq!(text(&added, "country"), "DE", "Deutschland is Germany");
    assert_eq!(text(&added, "status"), "customer");
    assert_eq!(text(&added, "owner"), "anna");
    assert_eq!(strings(&added, "tags"), ["b2b", "key-account"]);
    assert_eq!(text(&added, "notes"), "Bestellt montags, liefert freitags");
    assert_eq!(int(&added, "version"), 1);
    let created = OffsetDateTime::parse(text(&added, "created"), &Rfc3339).unwrap();
    assert!(
        created == crate::common::NOW,
        "created {created}, not at the pinned {}",
        crate::common::NOW
    );

    let shown = json(&db, &["customer", "show", &id.to_string()]);
    assert_eq!(shown, added, "show prints what add stored");
    let table = ok(&db, &["customer", "show", &id.to_string()]);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("name") && l.ends_with("Alfreds Futterkiste")),
        "{table}"
    );

    let second = add_customer(&db, &["--name", "Zweite GmbH"]);
    assert_eq!(second, id + 1, "ids are assigned in order");
    let defaults = json(&db, &["customer", "show", &second.to_string()]);
    assert_eq!(
        text(&defaults, "status"),
        "lead",
        "a new customer is a lead"
    );
    assert!(strings(&defaults, "phone").is_empty());
}

#[test]
fn unknown_customer_ids_and_invalid_values_exit_2_with_one_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Einzige AG"]);
    for args in [
        vec!["customer", "show", "999"],
        vec!["customer", "edit", "999", "--name", "x"],
        vec!["customer", "delete", "999"],
        vec!["customer", "delete", "999", "--force"],
    ] {
        let error = fails(&db, &args, 2);
        assert!(
            error.contains("customer 999 does not exist"),
            "{args:?}: {error}"
        );
    }
    let error = fails(
        &db,
        &["customer", "add", "--name", "X", "--status", "vip"],
        2,
    );
    assert!(error.contains("status"), "{error}");
    let error = fails(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "X",
            "--email",
            "not-an-address",
        ],
        2,
    );
    assert!(error.contains("not-an-address"), "{error}");
    let error = fails(&db, &["customer", "add", "--name", "  "], 2);
    assert!(error.contains("name"), "{error}");
    // clap's own usage errors exit 2 as well.
    let run = run(&db, &["customer", "add"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(json_list(&db, &["customer", "list"]).len(), 1);
}

/// One customer of the list test, with what the filters look at.
struct Listed {
    name: &'static str,
    status: &'static str,
    owner: &'static str,
    tags: &'static [&'static str],
}

#[test]
fn customer_list_filters_by_status_owner_tag_and_limit() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let people = [
        Listed {
            name: "Adler Apotheke",
            status: "customer",
            owner: "anna",
            tags: &["b2b"],
        },
        Listed {
            name: "Bergmann Bau",
            status: "lead",
            owner: "ben",
            tags: &["b2b"],
        },
        Listed {
            name: "Conrad Catering",
            status: "customer",
            owner: "ben",
            tags: &["b2b", "vip"],
        },
        Listed {
            name: "Dietz Druck",
            status: "prospect",
            owner: "anna",
            tags: &[],
        },
        Listed {
            name: "Engel Elektro",
            status: "customer",
            owner: "carla",
            tags: &["vip"],
        },
    ];
    let mut added = Vec::new();
    for person in &people {
        let mut flags = vec![
            "--name",
            person.name,
            "--status",
            person.status,
            "--owner",
            person.owner,
        ];
        for tag in person.tags {
            flags.extend(["--tag", tag]);
        }
        added.push((add_customer(&db, &flags), person));
    }
    let expect = |keep: &dyn Fn(&Listed) -> bool| -> Vec<i64> {
        added
            .iter()
            .filter(|(_, p)| keep(p))
            .map(|(id, _)| *id)
            .collect()
    };
    let listed = |args: &[&str]| {
        let mut all = vec!["customer", "list"];
        all.extend(args);
        ids(&json_list(&db, &all))
    };
    assert_eq!(listed(&[]), expect(&|_| true));
    assert_eq!(
        listed(&["--status", "customer"]),
        expect(&|p| p.status == "customer")
    );
    assert_eq!(listed(&["--owner", "ben"]), expect(&|p| p.owner == "ben"));
    assert_eq!(
        listed(&["--owner", "BEN"]),
        expect(&|p| p.owner == "ben"),
        "owner matches regardless of case"
    );
    assert_eq!(
        listed(&["--tag", "b2b"]),
        expect(&|p| p.tags.contains(&"b2b"))
    );
    assert_eq!(
        listed(&["--status", "customer", "--tag", "vip"]),
        expect(&|p| p.status == "customer" && p.tags.contains(&"vip"))
    );
    assert_eq!(
        listed(&["--status", "customer", "--owner", "ben", "--tag", "vip"]),
        expect(&|p| p.status == "customer" && p.owner == "ben" && p.tags.contains(&"vip"))
    );
    assert!(listed(&["--owner", "nobody"]).is_empty());
    let all = expect(&|_| true);
    assert_eq!(listed(&["--limit", "2"]), all[..2]);
    assert_eq!(
        listed(&["--status", "customer", "--limit", "1"]),
        expect(&|p| p.status == "customer")[..1]
    );
    let error = fails(&db, &["customer", "list", "--status", "vip"], 2);
    assert!(error.contains("vip"), "{error}");
}

#[test]
fn customer_search_finds_by_name_word_typo_email_and_phone_best_first() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let muller = add_customer(&db, &["--name", "Müller"]);
    let muller_bau = add_customer(&db, &["--name", "Müller Bau"]);
    let backerei = add_customer(&db, &["--name", "Bäckerei Müller"]);
    let schmidt = add_customer(
        &db,
        &[
            "--name",
            "Schmidt Logistik",
            "--email",
            "info@schmidt-logistik.de",
            "--phone",
            "089 1234567",
        ],
    );
    let weber = add_customer(&db, &["--name", "Weber & Söhne"]);
    let found = |query: &str| ids(&json_list(&db, &["customer", "search", query]));

    // Exact name, then the whole name's prefix, then a later word's prefix — although
    // "Bäckerei Müller" sorts first alphabetically.
    for query in ["Müller", "MÜLLER", "muller", "  müller "] {
        assert_eq!(found(query), [muller, muller_bau, backerei], "{query:?}");
    }
    assert_eq!(found("Müll"), [muller, muller_bau, backerei]);
    // Umlauts typed out, as on a keyboard without them.
    assert_eq!(found("Mueller"), [muller, muller_bau, backerei]);
    assert_eq!(found("mue"), [muller, muller_bau, backerei]);
    assert_eq!(found("Baeck"), [backerei]);
    assert_eq!(found("müller b"), [muller_bau]);
    assert_eq!(found("Bäck"), [backerei]);
    assert_eq!(found("logis"), [schmidt], "a later word's prefix");
    assert_eq!(found("söhne"), [weber]);
    assert_eq!(found("sohne"), [weber], "accents fold");
    // One typo still finds the name (and only when nothing matches exactly).
    assert_eq!(found("Bäckerai").first(), Some(&backerei));
    assert_eq!(found("Schmidd").first(), Some(&schmidt));
    assert_eq!(found("Wever").first(), Some(&weber));
    assert!(found("Xylophon").is_empty());
    // E-mail, whole or its beginning.
    assert_eq!(found("info@schmidt-logistik.de"), [schmidt]);
    assert_eq!(found("INFO@Schmidt"), [schmidt]);
    // A phone fragment in any formatting.
    assert_eq!(found("4567"), [schmidt]);
    assert_eq!(found("123-4567"), [schmidt]);
    assert!(found("9999").is_empty());
    // Fewer digits than a number is looked up by: said, not an empty answer.
    for short in ["089", "+49", "0 8"] {
        let refused = fails(&db, &["customer", "search", short], 2);
        assert!(
            refused.contains("type at least 4 digits of the number"),
            "{short}: {refused}"
        );
    }
    // --limit cuts the ranked list.
    assert_eq!(
        ids(&json_list(
            &db,
            &["customer", "search", "müller", "--limit", "2"]
        )),
        [muller, muller_bau]
    );
}

#[test]
fn customer_edit_changes_fields_bumps_the_version_and_refuses_stale_versions() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = add_customer(
        &db,
        &[
            "--name",
            "Alt GmbH",
            "--phone",
            "030 1234567",
            "--country",
            "DE",
            "--tag",
            "a",
            "--tag",
            "b",
        ],
    )
    .to_string();
    let edited = json(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--name",
            "Neu GmbH",
            "--add-phone",
            "030 7654321",
            "--remove-phone",
            "+49 30 1234567",
            "--status",
            "customer",
            "--add-tag",
            "c",
            "--remove-tag",
            "a",
        ],
    );
    assert_eq!(text(&edited, "name"), "Neu GmbH");
    assert_eq!(
        strings(&edited, "phone"),
        ["030 7654321"],
        "the old number is removed even though it was written differently"
    );
    assert_eq!(text(&edited, "status"), "customer");
    assert_eq!(strings(&edited, "tags"), ["b", "c"]);
    assert_eq!(int(&edited, "version"), 2);
    assert_eq!(json(&db, &["customer", "show", &id]), edited);

    // A stale version is refused and nothing changes.
    let error = fails(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--expect-version",
            "1",
            "--name",
            "Verloren",
        ],
        2,
    );
    assert!(
        error.contains("customer 1 was changed by tester at ")
            && error.ends_with(
                "(now version 2); nothing was saved — look at it again and retry with \
                 --expect-version 2"
            ),
        "{error}"
    );
    assert_eq!(json(&db, &["customer", "show", &id]), edited);
    // An invalid value refuses the whole edit.
    let error = fails(
        &db,
        &["customer", "edit", &id, "--name", "Halb", "--status", "vip"],
        2,
    );
    assert!(error.contains("status"), "{error}");
    assert_eq!(json(&db, &["customer", "show", &id]), edited);
    // The current version is accepted.
    let again = json(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--expect-version",
            "2",
            "--status",
            "inactive",
        ],
    );
    assert_eq!(int(&again, "version"), 3);
    assert_eq!(text(&again, "status"), "inactive");
    assert_eq!(text(&again, "name"), "Neu GmbH");
    // The indexes follow the edit.
    let inactive = json_list(&db, &["customer", "list", "--status", "inactive"]);
    assert_eq!(ids(&inactive), [again["id"].as_i64().unwrap()]);
    assert!(json_list(&db, &["customer", "list", "--tag", "a"]).is_empty());
    assert_eq!(json_list(&db, &["customer", "list", "--tag", "c"]).len(), 1);
    assert!(json_list(&db, &["customer", "search", "Alt"]).is_empty());
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn customer_delete_is_refused_while_referenced_and_force_deletes_the_history() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let doomed = add_customer(&db, &["--name", "Weg GmbH"]).to_string();
    let other = add_customer(&db, &["--name", "Bleibt AG"]).to_string();
    let lonely = add_customer(&db, &["--name", "Ohne Verlauf KG"]).to_string();
    let log = |customer: &str, subject: &str| {
        ok(
            &db,
            &[
                "interaction",
                "log",
                "--customer",
                customer,
                "--channel",
                "call-out",
                "--outcome",
                "Rückruf vereinbart",
                "--subject",
                subject,
            ],
        );
    };
    log(&doomed, "Erstkontakt");
    log(&doomed, "Angebot besprochen");
    log(&other, "Anfrage");
    ok(
        &db,
        &[
            "opportunity",
            "add",
            "--customer",
            &doomed,
            "--title",
            "Wartung",
            "--amount",
            "100",
        ],
    );

    let error = fails(&db, &["customer", "delete", &doomed], 2);
    assert!(
        error.contains("2 interactions") && error.contains("1 opportunity"),
        "the refusal names how many records refer to it: {error}"
    );
    assert!(error.contains("--force"), "{error}");
    json(&db, &["customer", "show", &doomed]);
    assert_eq!(
        json_list(&db, &["interaction", "list", "--customer", &doomed]).len(),
        2
    );

    let said = ok(&db, &["customer", "delete", &doomed, "--force"]);
    assert!(said.contains("Weg GmbH"), "{said}");
    let left = json_list(&db, &["interaction", "list"]);
    assert!(
        left.iter()
            .all(|i| int(i, "customer").to_string() != doomed),
        "its interactions are gone: {left:?}"
    );
    fails(&db, &["interaction", "list", "--customer", &doomed], 2);
    fails(&db, &["opportunity", "list", "--customer", &doomed], 2);
    assert!(json_list(&db, &["opportunity", "list"]).is_empty());
    let error = fails(&db, &["customer", "show", &doomed], 2);
    assert!(error.contains(&format!("customer {doomed} does not exist")));
    assert_eq!(
        json_list(&db, &["interaction", "list", "--customer", &other]).len(),
        1,
        "other customers keep theirs"
    );
    // Without references no --force is needed.
    ok(&db, &["customer", "delete", &lonely]);
    assert_eq!(
        ids(&json_list(&db, &["customer", "list"])),
        [other.parse::<i64>().unwrap()]
    );
    assert!(ok(&db, &["check"]).starts_with("ok"));
}

#[test]
fn caller_lookup_finds_a_number_by_any_fragment_and_ranks_it_first() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let alfreds = add_customer(
        &db,
        &[
            "--name",
            "Alfreds Futterkiste",
            "--country",
            "DE",
            "--phone",
            "030-0074321",
        ],
    );
    // Another Berlin number: shares the area code but not the subscriber number.
    let other = add_customer(
        &db,
        &[
            "--name",
            "Aachener Anderswo",
            "--country",
            "DE",
            "--phone",
            "030-0076545",
        ],
    );
    let fragments = [
        "030-0074321",
        "+49 30 0074321",
        "0049300074321",
        "0074321",
        "74321",
    ];
    for fragment in fragments {
        let found = ids(&json_list(&db, &["customer", "search", fragment]));
        assert_eq!(found.first(), Some(&alfreds), "{fragment:?}: {found:?}");
        assert!(!found.contains(&other), "{fragment:?}: {found:?}");
    }

    // A customer whose number only ends like the fragment ("…1174321") is found by the
    // short fragment but ranks below the number that ends with every typed digit, even
    // though its name sorts first.
    let near = add_customer(
        &db,
        &[
            "--name",
            "Aaron Nahbei",
            "--country",
            "DE",
            "--phone",
            "040-1174321",
        ],
    );
    let found: Vec<Vec<i64>> = ["0074321", "+49 30 0074321"]
        .iter()
        .map(|query| ids(&json_list(&db, &["customer", "search", query])))
        .collect();
    assert_eq!(
        found[0],
        [alfreds, near],
        "every typed digit beats a looser match"
    );
    assert_eq!(found[1], [alfreds], "the whole number finds only itself");
}

#[test]
fn a_number_typed_from_its_start_narrows_the_matches_with_each_digit() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let add = |name: &str, phone: &str| {
        add_customer(&db, &["--name", name, "--country", "DE", "--phone", phone])
    };
    let berlin = add("Berliner Bau", "030 4271828");
    let berlin_too = add("Berliner Bäckerei", "030 4299999");
    let munich = add("Münchner Möbel", "089 4271828");
    let typed = |text: &str| {
        let mut found = ids(&json_list(&db, &["customer", "search", text]));
        found.sort_unstable();
        found
    };
    // Digit by digit as the caller display shows the number, in any formatting.
    assert_eq!(typed("030 4"), [berlin, berlin_too]);
    assert_eq!(typed("030 42"), [berlin, berlin_too]);
    assert_eq!(typed("030 427"), [berlin]);
    assert_eq!(typed("+49 30 427"), [berlin]);
    assert_eq!(typed("0049 30 42"), [berlin, berlin_too]);
    assert_eq!(typed("089 4"), [munich]);
    // Bare digits are the end of a number: both numbers ending in 4271828.
    assert_eq!(typed("4271828"), [berlin, munich]);
}

#[test]
fn default_region_setting_reads_numbers_without_a_country_in_that_region() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let shown = ok(&db, &["settings"]);
    assert!(shown.contains("default_region = DE"), "{shown}");
    assert!(
        ok(&db, &["settings", "default_region", "AT"]).contains("default_region = AT"),
        "the change is confirmed"
    );
    assert!(ok(&db, &["settings"]).contains("default_region = AT"));
    let wien = add_customer(
        &db,
        &["--name", "Wiener Kaffeehaus", "--phone", "01 5123456"],
    );
    let berlin = add_customer(
        &db,
        &[
            "--name",
            "Berliner Kindl",
            "--country",
            "DE",
            "--phone",
            "030 5123456",
        ],
    );
    let found: Vec<Vec<i64>> = ["+43 1 5123456", "+49 1 5123456", "+49 30 5123456"]
        .iter()
        .map(|query| ids(&json_list(&db, &["customer", "search", query])))
        .collect();
    assert_eq!(found[0], [wien], "a number without a country is Austrian");
    assert!(found[1].is_empty(), "and not German: {found:?}");
    assert_eq!(found[2], [berlin], "the customer's own country wins");

    let error = fails(&db, &["settings", "default_region", "Atlantis"], 2);
    assert!(error.contains("Atlantis"), "{error}");
    let error = fails(&db, &["settings", "colour", "blue"], 2);
    assert!(error.contains("colour"), "{error}");
    assert!(ok(&db, &["settings"]).contains("default_region = AT"));
}

#[test]
fn csv_format_of_customer_list_has_the_export_header_and_quotes_cells() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(
        &db,
        &[
            "--name",
            "Müller, Bau & Co",
            "--email",
            "a@mueller.de",
            "--email",
            "b@mueller.de",
            "--notes",
            "zwei\nZeilen \"zitiert\"",
        ],
    );
    add_customer(&db, &["--name", "Zweite"]);
    let listed = ok(&db, &["customer", "list", "--format", "csv"]);
    let exported = ok(&db, &["export", "customers"]);
    let header = |text: &str| text.lines().next().unwrap_or_default().to_string();
    assert_eq!(header(&listed), header(&exported));
    let mut reader = csv::Reader::from_reader(listed.as_bytes());
    let fields: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    // Every field name `--format json` uses is a column, in the same order.
    let object = &json_list(&db, &["customer", "list"])[0];
    let json_fields: Vec<String> = object.as_object().unwrap().keys().cloned().collect();
    assert_eq!(fields, json_fields);
    let column = |name: &str| fields.iter().position(|f| f == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][column("name")], "Müller, Bau & Co");
    assert_eq!(&rows[0][column("email")], "a@mueller.de|b@mueller.de");
    assert_eq!(&rows[0][column("notes")], "zwei\nZeilen \"zitiert\"");
    assert_eq!(&rows[1][column("name")], "Zweite");
}

#[test]
fn global_options_work_before_or_after_the_subcommand_and_from_kontor_db() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let elsewhere = scratch.db("elsewhere");
    let dir = s(&db);
    let added = run_raw(
        &[
            "--db", dir, "--format", "json", "customer", "add", "--name", "Vorne",
        ],
        &[],
    );
    assert_eq!(added.code, 0, "{added:?}");
    assert_eq!(text(&added.json(), "name"), "Vorne");
    let added = run_raw(
        &[
            "customer", "add", "--name", "Hinten", "--db", dir, "--format", "json",
        ],
        &[],
    );
    assert_eq!(added.code, 0, "{added:?}");
    let names = |run: common::Run| -> Vec<String> {
        assert_eq!(run.code, 0, "{run:?}");
        run.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| text(c, "name").to_string())
            .collect()
    };
    let both = ["Vorne", "Hinten"];
    assert_eq!(
        names(run_raw(
            &["--db", dir, "customer", "list", "--format", "json"],
            &[]
        )),
        both
    );
    assert_eq!(
        names(run_raw(
            &["customer", "--db", dir, "list", "--format", "json"],
            &[]
        )),
        both
    );
    assert_eq!(
        names(run_raw(
            &["--format", "json", "customer", "list", "--db", dir],
            &[]
        )),
        both
    );
    assert_eq!(
        names(run_raw(
            &["customer", "list", "--format", "json"],
            &[("KONTOR_DB", &db)]
        )),
        both,
        "KONTOR_DB names the database"
    );
    assert!(
        names(run_raw(
            &[
                "customer",
                "list",
                "--format",
                "json",
                "--db",
                s(&elsewhere)
            ],
            &[("KONTOR_DB", &db)]
        ))
        .is_empty(),
        "--db wins over KONTOR_DB"
    );
    let table = run_raw(&["customer", "list", "--db", dir], &[]);
    assert!(
        table.stdout.starts_with("ID"),
        "table by default: {table:?}"
    );
}

#[test]
fn a_database_in_use_is_reported_in_one_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Vorher"]);
    let store = kontor::store::Store::open(&db).expect("the test opens the database");
    for args in [
        vec!["customer", "list"],
        vec!["customer", "add", "--name", "Während"],
        vec!["check"],
    ] {
        let run = run_binary(&db, &args);
        assert_eq!(run.code, 1, "{args:?}: {run:?}");
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one line only: {run:?}");
        let line = lines[0];
        assert!(line.starts_with("kontor: "), "{line}");
        assert!(line.contains(s(&db)), "names the directory: {line}");
        assert!(line.contains("in use"), "{line}");
        for noise in ["Os {", "WouldBlock", "panicked", "Error {"] {
            assert!(!line.contains(noise), "{line}");
        }
        assert!(run.stdout.is_empty(), "{run:?}");
    }
    drop(store);
    let names: Vec<Value> = json_list(&db, &["customer", "list"]);
    assert_eq!(names.len(), 1, "nothing was written while in use");
    assert_eq!(text(&names[0], "name"), "Vorher");
}

#[test]
fn the_screens_without_a_terminal_say_so_in_one_line() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Vorher"]);
    let run = run_binary(&db, &[]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line only: {run:?}");
    assert!(lines[0].starts_with("kontor: no terminal"), "{run:?}");
    assert!(lines[0].contains("kontor --help"), "{run:?}");
    assert!(run.stdout.is_empty(), "no escape codes written: {run:?}");
}

#[test]
fn a_database_in_use_is_refused_with_exit_1_and_nothing_is_written() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    add_customer(&db, &["--name", "Vorher"]);
    let store = kontor::store::Store::open(&db).expect("the test opens the database");
    let run = run_binary(&db, &["customer", "add", "--name", "Während"]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line only: {run:?}");
    assert!(lines[0].starts_with("kontor: "), "{run:?}");
    assert!(lines[0].contains(s(&db)), "names the directory: {run:?}");
    assert!(!lines[0].contains("panicked"), "{run:?}");
    drop(store);
    let names = json_list(&db, &["customer", "list"]);
    assert_eq!(names.len(), 1, "nothing was written while in use");
    assert_eq!(text(&names[0], "name"), "Vorher");
}

#[test]
fn customer_edit_adds_removes_and_re_roles_contacts() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let id = add_customer(&db, &["--name", "Kontakt GmbH"]).to_string();
    // Contacts: added, given another role (removed and added by name), or refused when
    // there is none by that name.
    let with_contact = json(
        &db,
        &["customer", "edit", &id, "--add-contact", "Eva Roth:Einkauf"],
    );
    assert_eq!(strings(&with_contact, "contact"), ["Eva Roth"]);
    let renamed = json(
        &db,
        &[
            "customer",
            "edit",
            &id,
            "--remove-contact",
            "eva roth",
            "--add-contact",
            "Eva Roth:Technik",
        ],
    );
    assert_eq!(strings(&renamed, "contact_role"), ["Technik"]);
    let refused = fails(
        &db,
        &["customer", "edit", &id, "--remove-contact", "Nobody"],
        2,
    );
    assert!(refused.contains("has no contact \"Nobody\""), "{refused}");
}
