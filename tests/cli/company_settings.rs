//! The company's details for the letterhead as database settings, through the command
//! line: `kontor settings` lists every one (empty until set), each is set and read back
//! normalized, a bad IBAN, VAT ID, BIC or country is refused (exit 2, nothing stored), and
//! `kontor settings NAME` explains a setting in the user's language.

use crate::common::{Scratch, fails, ok, run};

const NAMES: [&str; 17] = [
    "company_name",
    "company_street",
    "company_postal_code",
    "company_city",
    "company_country",
    "company_legal_form",
    "company_seat",
    "company_register_court",
    "company_register_number",
    "company_managing_directors",
    "company_vat_id",
    "company_tax_number",
    "company_bank_name",
    "company_iban",
    "company_bic",
    "company_phone",
    "company_email",
];

/// The value `kontor settings` lists for `name`.
fn listed(listing: &str, name: &str) -> String {
    let prefix = format!("{name} = ");
    let line = listing
        .lines()
        .find(|line| line.starts_with(&prefix) || *line == prefix.trim_end())
        .unwrap_or_else(|| panic!("{name} not listed:\n{listing}"));
    line.strip_prefix(&prefix).unwrap_or_default().to_string()
}

#[test]
fn every_company_detail_is_listed_set_and_read_back() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    let listing = ok(&db, &["settings"]);
    for name in NAMES {
        assert_eq!(listed(&listing, name), "", "{name} is empty until set");
    }
    assert_eq!(listed(&listing, "default_region"), "DE");
    let given = [
        ("company_name", "Müller Maschinenbau", "Müller Maschinenbau"),
        ("company_street", "Industriestraße 7", "Industriestraße 7"),
        ("company_postal_code", "10115", "10115"),
        ("company_city", "Berlin", "Berlin"),
        ("company_country", "Deutschland", "DE"),
        ("company_legal_form", "GmbH", "GmbH"),
        ("company_seat", "Berlin", "Berlin"),
        (
            "company_register_court",
            "Amtsgericht Berlin-Charlottenburg",
            "Amtsgericht Berlin-Charlottenburg",
        ),
        ("company_register_number", "HRB 123456 B", "HRB 123456 B"),
        (
            "company_managing_directors",
            "Anna Müller, Jürgen Weiß",
            "Anna Müller, Jürgen Weiß",
        ),
        ("company_vat_id", "de 123 456 789", "DE123456789"),
        ("company_tax_number", "37/123/45678", "37/123/45678"),
        ("company_bank_name", "Commerzbank", "Commerzbank"),
        (
            "company_iban",
            "de89 3704 0044 0532 0130 00",
            "DE89370400440532013000",
        ),
        ("company_bic", "COBADEFFXXX", "COBADEFFXXX"),
        ("company_phone", "+49 30 1234567", "+49 30 1234567"),
        (
            "company_email",
            "info@mueller.example",
            "info@mueller.example",
        ),
    ];
    for (name, value, stored) in given {
        let said = ok(&db, &["settings", name, value]);
        assert_eq!(said.trim_end(), format!("{name} = {stored}"));
    }
    let listing = ok(&db, &["settings"]);
    for (name, _, stored) in given {
        assert_eq!(listed(&listing, name), stored, "{name}");
    }
    // An empty value clears a detail.
    ok(&db, &["settings", "company_phone", ""]);
    assert_eq!(listed(&ok(&db, &["settings"]), "company_phone"), "");
}

#[test]
fn a_bad_iban_vat_id_bic_or_country_is_refused_and_nothing_is_stored() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(&db, &["settings", "company_iban", "DE89370400440532013000"]);
    let error = fails(
        &db,
        &["settings", "company_iban", "DE89 3704 0044 0532 0130 01"],
        2,
    );
    assert!(error.starts_with("kontor: company_iban: "), "{error}");
    assert!(error.contains("DE89 3704 0044 0532 0130 01"), "{error}");
    let error = fails(&db, &["settings", "company_iban", "DE12"], 2);
    assert!(error.starts_with("kontor: company_iban: "), "{error}");
    for (name, bad) in [
        ("company_vat_id", "123456789"),
        ("company_bic", "COBA"),
        ("company_country", "Atlantis"),
        ("company_email", "info@"),
    ] {
        let error = fails(&db, &["settings", name, bad], 2);
        assert!(error.starts_with(&format!("kontor: {name}: ")), "{error}");
    }
    let listing = ok(&db, &["settings"]);
    assert_eq!(listed(&listing, "company_iban"), "DE89370400440532013000");
    for name in [
        "company_vat_id",
        "company_bic",
        "company_country",
        "company_email",
    ] {
        assert_eq!(listed(&listing, name), "", "{name}");
    }
}

#[test]
fn a_setting_named_alone_is_explained_in_the_users_language() {
    let scratch = Scratch::new();
    let db = scratch.db("db");
    ok(
        &db,
        &["settings", "company_register_number", "HRB 123456 B"],
    );
    let said = ok(&db, &["settings", "company_register_number"]);
    assert_eq!(
        said,
        "company_register_number = HRB 123456 B\n  Commercial register number, e.g. HRB 123456 B\n"
    );
    let german = run(&db, &["--lang", "de", "settings", "company_seat"]);
    assert_eq!(german.code, 0, "{german:?}");
    assert_eq!(
        german.stdout,
        "company_seat = \n  Sitz der Gesellschaft, z. B. Berlin\n"
    );
    let error = fails(&db, &["settings", "colour", "blue"], 2);
    assert!(
        error.contains("company_iban"),
        "the choices name them: {error}"
    );
}
