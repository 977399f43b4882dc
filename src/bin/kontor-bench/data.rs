//! Synthetic data of kontor-bench: German-ish customers generated deterministically from
//! a fixed seed, and the query workload drawn from them. Room: bench.

use std::fmt::Write as _;

use time::macros::datetime;

use kontor::domain::fold::fold;
use kontor::domain::phone::PhoneQuery;
use kontor::domain::{Address, Country, Customer, CustomerKind, CustomerStatus, Phone};

use super::SEED;

#[rustfmt::skip]
pub(crate) const SURNAMES: &[&str] = &[
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
    "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther",
    "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer",
    "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas",
    "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn",
    "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer",
];

#[rustfmt::skip]
pub(crate) const FIRST_NAMES: &[&str] = &[
    "Anna", "Maria", "Ursula", "Monika", "Petra", "Elisabeth", "Sabine", "Renate", "Helga",
    "Karin", "Brigitte", "Ingrid", "Erika", "Andrea", "Gisela", "Claudia", "Susanne", "Jürgen",
    "Peter", "Michael", "Hans", "Thomas", "Andreas", "Wolfgang", "Klaus", "Stefan", "Günter",
    "Frank", "Dieter", "Bernd", "Uwe", "Jörg", "Ralf", "Björn", "Lukas", "Jonas", "Lea", "Sophie",
    "Mia", "Emma",
];

#[rustfmt::skip]
pub(crate) const TRADES: &[&str] = &[
    "Maschinenbau", "Metallbau", "Elektrotechnik", "Elektro", "Haustechnik", "Sanitär",
    "Heizungsbau", "Dachdeckerei", "Zimmerei", "Tischlerei", "Schreinerei", "Malerbetrieb",
    "Bauunternehmung", "Hochbau", "Tiefbau", "Gartenbau", "Landschaftsbau", "Logistik",
    "Spedition", "Transporte", "Autohaus", "Kfz-Werkstatt", "Reifenservice", "Bäckerei",
    "Metzgerei", "Getränkehandel", "Feinkost", "Druckerei", "Werbeagentur", "Softwareentwicklung",
    "Systemhaus", "IT-Service", "Unternehmensberatung", "Steuerberatung", "Immobilien",
    "Hausverwaltung", "Versicherungsmakler", "Reisebüro", "Gebäudereinigung", "Sicherheitsdienst",
    "Medizintechnik", "Kunststofftechnik", "Verpackungen", "Stahlhandel", "Baustoffe",
    "Landmaschinen", "Optik", "Hörgeräte", "Pflegedienst", "Catering",
];

/// Legal forms, GmbH weighted up as in real life.
#[rustfmt::skip]
pub(crate) const LEGAL: &[&str] = &[
    "GmbH", "GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "GmbH & Co. KG", "AG", "KG", "OHG", "e.K.",
    "UG (haftungsbeschränkt)", "GbR",
];

/// City, area code (without trunk 0), federal state.
#[rustfmt::skip]
pub(crate) const CITIES: &[(&str, &str, &str)] = &[
    ("Berlin", "30", "Berlin"),
    ("Hamburg", "40", "Hamburg"),
    ("München", "89", "Bayern"),
    ("Köln", "221", "Nordrhein-Westfalen"),
    ("Frankfurt am Main", "69", "Hessen"),
    ("Stuttgart", "711", "Baden-Württemberg"),
    ("Düsseldorf", "211", "Nordrhein-Westfalen"),
    ("Leipzig", "341", "Sachsen"),
    ("Dortmund", "231", "Nordrhein-Westfalen"),
    ("Essen", "201", "Nordrhein-Westfalen"),
    ("Bremen", "421", "Bremen"),
    ("Dresden", "351", "Sachsen"),
    ("Hannover", "511", "Niedersachsen"),
    ("Nürnberg", "911", "Bayern"),
    ("Duisburg", "203", "Nordrhein-Westfalen"),
    ("Bochum", "234", "Nordrhein-Westfalen"),
    ("Wuppertal", "202", "Nordrhein-Westfalen"),
    ("Bielefeld", "521", "Nordrhein-Westfalen"),
    ("Bonn", "228", "Nordrhein-Westfalen"),
    ("Münster", "251", "Nordrhein-Westfalen"),
    ("Mannheim", "621", "Baden-Württemberg"),
    ("Karlsruhe", "721", "Baden-Württemberg"),
    ("Augsburg", "821", "Bayern"),
    ("Wiesbaden", "611", "Hessen"),
    ("Mönchengladbach", "2161", "Nordrhein-Westfalen"),
    ("Aachen", "241", "Nordrhein-Westfalen"),
    ("Braunschweig", "531", "Niedersachsen"),
    ("Kiel", "431", "Schleswig-Holstein"),
    ("Chemnitz", "371", "Sachsen"),
    ("Freiburg im Breisgau", "761", "Baden-Württemberg"),
];

#[rustfmt::skip]
pub(crate) const STREETS: &[&str] = &[
    "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
    "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Industriestraße",
    "Am Hafen", "Gewerbepark", "Mühlenweg", "Rosenstraße",
];

#[rustfmt::skip]
pub(crate) const OWNERS: &[&str] = &[
    "anna", "bernd", "claudia", "dirk", "eva", "frank", "gabi", "holger",
];

#[rustfmt::skip]
pub(crate) const TAGS: &[&str] = &[
    "vip", "newsletter", "b2b", "b2c", "messe", "rahmenvertrag", "zahlungsverzug", "export",
];

#[rustfmt::skip]
pub(crate) const NOTES: &[&str] = &[
    "Rückruf erbeten", "Zahlt per Lastschrift", "Ansprechpartner wechselt zum Quartal",
    "Angebot für Wartungsvertrag offen",
];

pub(crate) fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// Lowercase ASCII letters and digits of a word, for e-mail domains.
pub(crate) fn slug(text: &str) -> String {
    fold(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Customer number `index` (0-based) of the synthetic data set: the same every time.
/// Phone numbers are unique across the set (see `phone_of`).
pub(crate) fn synthetic_customer(index: u64) -> Customer {
    let mut rng = fastrand::Rng::with_seed(SEED ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let (city, area, region) = CITIES[rng.usize(..CITIES.len())];
    let surname = pick(&mut rng, SURNAMES);
    let (kind, name, email) = if rng.u8(..100) < 15 {
        let first = pick(&mut rng, FIRST_NAMES);
        let email = format!(
            "{}.{}{}@example.de",
            slug(first),
            slug(surname),
            index % 100
        );
        (CustomerKind::Person, format!("{first} {surname}"), email)
    } else {
        let trade = pick(&mut rng, TRADES);
        let legal = pick(&mut rng, LEGAL);
        let mut name = format!("{surname} {trade} {legal}");
        match rng.u8(..10) {
            0..=3 => {
                let _ = write!(name, " {}", rng.u32(1..1000));
            }
            4..=6 => {
                name.push(' ');
                name.push_str(city);
            }
            _ => {}
        }
        let email = format!("info{}@{}-{}.de", index % 100, slug(surname), slug(trade));
        (CustomerKind::Company, name, email)
    };
    let phones = (0..1 + u64::from(rng.bool()))
        .map(|seq| phone_of(index * 2 + seq, area))
        .collect();
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..rng.usize(..3) {
        let tag = pick(&mut rng, TAGS);
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    let notes = if rng.u8(..4) == 0 {
        pick(&mut rng, NOTES).to_string()
    } else {
        String::new()
    };
    let created =
        datetime!(2020-01-01 8:00 UTC) + time::Duration::minutes(index as i64 % 3_000_000);
    Customer {
        id: 0,
        kind,
        number: String::new(),
        name,
        phones,
        emails: vec![email],
        contacts: Vec::new(),
        addresses: vec![Address {
            street: format!("{} {}", pick(&mut rng, STREETS), rng.u16(1..200)),
            postal_code: format!("{:05}", rng.u32(1_067..99_999)),
            city: city.to_string(),
            region: region.to_string(),
            country: Some(Country::DE),
        }],
        tags,
        status: CustomerStatus::ALL[rng.usize(..CustomerStatus::ALL.len())],
        owner: pick(&mut rng, OWNERS).to_string(),
        notes,
        credit_limit: None,
        tax_treatment: kontor::domain::vat::TaxTreatment::Domestic,
        vat_id: String::new(),
        partial_deliveries: true,
        backorders: true,
        payment_days: None,
        skonto: None,
        buyer_reference: String::new(),
        salutation: Default::default(),
        created,
        updated: created,
        version: 0,
    }
}

/// Phone number `serial` in an area: the eight-digit subscriber number is an affine
/// bijection of `serial` modulo 10^8, so numbers are unique (up to 10^8 of them) and their
/// trailing digits are evenly spread. Built directly: parsing is not what is measured.
pub(crate) fn phone_of(serial: u64, area: &str) -> Phone {
    let local = (serial.wrapping_mul(48_271).wrapping_add(12_345)) % 100_000_000;
    Phone {
        raw: format!("0{area} {local:08}"),
        e164: format!("+49{area}{local:08}"),
    }
}

/// The queries, drawn from existing customers by customer index (0-based).
pub(crate) struct Workload {
    pub(crate) points: Vec<u64>,
    pub(crate) phones: Vec<PhoneQuery>,
    pub(crate) names: Vec<String>,
}

impl Workload {
    pub(crate) fn generate(customers: u64, queries: usize) -> Workload {
        let mut rng = fastrand::Rng::with_seed(SEED ^ 0x0071_7565_7269_6573);
        let points = (0..queries).map(|_| rng.u64(..customers)).collect();
        let mut phones = Vec::with_capacity(queries);
        let mut attempts = 0;
        while phones.len() < queries && attempts < queries * 20 {
            attempts += 1;
            let customer = synthetic_customer(rng.u64(..customers));
            let Some(phone) = customer
                .phones
                .get(rng.usize(..customer.phones.len().max(1)))
            else {
                continue;
            };
            let digits = phone.digits();
            let take = rng.usize(4..=7).min(digits.len());
            let Some(fragment) = digits.get(digits.len() - take..) else {
                continue;
            };
            if let Some(query) = PhoneQuery::new(fragment, Country::DE) {
                phones.push(query);
            }
        }
        let mut names = Vec::with_capacity(queries);
        attempts = 0;
        while names.len() < queries && attempts < queries * 20 {
            attempts += 1;
            let folded = fold(&synthetic_customer(rng.u64(..customers)).name);
            let words: Vec<&str> = folded
                .split([' ', '-', '.', '/', '&', ',', '(', ')', '\''])
                .filter(|word| {
                    word.chars().next().is_some_and(char::is_alphabetic)
                        && word.chars().count() >= 3
                })
                .collect();
            if words.is_empty() {
                continue;
            }
            let word = words[rng.usize(..words.len())];
            let take = rng.usize(3..=6);
            names.push(word.chars().take(take).collect());
        }
        Workload {
            points,
            phones,
            names,
        }
    }
}
