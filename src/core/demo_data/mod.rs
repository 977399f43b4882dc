//! Demo data: realistic German and international customers, contacts, two years of
//! interactions and opportunities in every stage; for the ERP side the commands that build
//! a warehouse, gift-basket production and payroll (see `catalogue`, `warehouse`, `staff`).
//! Room: core (pure generation; loading is done by the caller).

use fastrand::Rng;
use rust_decimal::Decimal;
use time::{Date, Duration, OffsetDateTime, Time, UtcOffset};

use crate::domain::{
    Address, Channel, Contact, Country, Currency, Customer, CustomerKind, CustomerStatus,
    Interaction, Money, Opportunity, Phone, Stage,
};

pub mod catalogue;
pub mod history;
mod lands;
pub mod sales;
mod staff;
mod timeline;
mod warehouse;

use lands::{Land, lands, texts};
pub use staff::payroll_commands;
pub use warehouse::{HAMPERS, ean13, stock_commands};

/// The agents that own customers and opportunities and record interactions.
pub const AGENTS: [&str; 4] = ["anna", "ben", "carla", "deniz"];

/// Generated records, not yet stored: every `id` is 0, and `customer_id` of interactions
/// and opportunities is the index into `customers`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DemoData {
    pub customers: Vec<Customer>,
    pub interactions: Vec<Interaction>,
    pub opportunities: Vec<Opportunity>,
}

/// Generates `customers` customers with their interactions and opportunities over the two
/// years before `now`. The same seed gives the same data. Phone numbers are unique across
/// all customers (for up to 250 000 customers).
pub fn generate(customers: usize, now: OffsetDateTime, seed: u64) -> DemoData {
    let mut rng = Rng::with_seed(seed);
    let today = now.date();
    let now = now.to_offset(UtcOffset::UTC);
    let lands = lands();
    let total: u32 = lands.iter().map(|land| land.weight).sum();
    let mut data = DemoData::default();
    for index in 0..customers {
        let mut roll = rng.u32(0..total.max(1));
        let Some(land) = lands.iter().find(|land| {
            let hit = roll < land.weight;
            roll = roll.saturating_sub(land.weight);
            hit
        }) else {
            break;
        };
        let customer = make_customer(&mut rng, land, index, now);
        let id = index as u64;
        for _ in 0..rng.usize(0..=12) {
            let at = between(&mut rng, customer.created, now);
            let mut talk = interaction(&mut rng, &customer, id, land.german, at);
            if chance(&mut rng, 35) {
                let due = (at.date() + Duration::days(rng.i64(0..=14))).min(today);
                talk.follow_up = Some(due.max(at.date()));
                talk.follow_up_done = true;
            }
            data.interactions.push(talk);
        }
        for _ in 0..rng.usize(0..=3) {
            let stage = weighted(&mut rng, Stage::ALL, [20, 15, 20, 10, 20, 15]);
            let deal = opportunity(&mut rng, &customer, id, land.german, stage, now, today);
            data.opportunities.push(deal);
        }
        data.customers.push(customer);
    }
    if !data.customers.is_empty() {
        add_open_follow_ups(&mut rng, &mut data, now, today);
        add_missing_stages(&mut rng, &mut data, now, today);
    }
    data.interactions.sort_by_key(|talk| talk.at);
    data.opportunities.sort_by_key(|deal| deal.created);
    data
}

fn weighted<T: Copy, const N: usize>(rng: &mut Rng, items: [T; N], weights: [u32; N]) -> T {
    let mut roll = rng.u32(0..weights.iter().sum::<u32>().max(1));
    let mut chosen = items[0];
    for (item, weight) in items.into_iter().zip(weights) {
        chosen = item;
        if roll < weight {
            break;
        }
        roll -= weight;
    }
    chosen
}

fn chance(rng: &mut Rng, percent: u8) -> bool {
    rng.u8(0..100) < percent
}

/// One entry of a list separated by `|`.
fn pick<'a>(rng: &mut Rng, list: &'a str) -> &'a str {
    pick_by(rng, list, '|')
}

fn pick_by<'a>(rng: &mut Rng, list: &'a str, separator: char) -> &'a str {
    let count = list.split(separator).count();
    list.split(separator)
        .nth(rng.usize(..count))
        .unwrap_or(list)
}

fn agent(rng: &mut Rng) -> String {
    AGENTS[rng.usize(..AGENTS.len())].to_string()
}

/// A random instant in `[lo, hi]`, moved into office hours (07–18 UTC) on that day or the
/// day before when that stays in range.
fn between(rng: &mut Rng, lo: OffsetDateTime, hi: OffsetDateTime) -> OffsetDateTime {
    if hi <= lo {
        return lo;
    }
    let instant = lo + Duration::seconds(rng.i64(0..=(hi - lo).whole_seconds()));
    let office = instant.replace_time(Time::MIDNIGHT + Duration::minutes(rng.i64(420..1080)));
    [office, office - Duration::days(1)]
        .into_iter()
        .find(|time| (lo..=hi).contains(time))
        .unwrap_or(instant)
}

/// Lowercase ASCII for e-mail addresses and domains: umlauts and ß transliterated (ü→ue,
/// ß→ss), accents dropped, apostrophes removed, other non-alphanumeric runs become one `-`.
fn slug(text: &str) -> String {
    #[rustfmt::skip]
    const FOLD: [(&str, &str); 15] = [
        ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("àáâãåą", "a"), ("çć", "c"),
        ("èéêëę", "e"), ("ìíîïı", "i"), ("ł", "l"), ("ñń", "n"), ("òóôõø", "o"), ("ś", "s"),
        ("ùúû", "u"), ("żź", "z"), ("ý", "y"),
    ];
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = FOLD.iter().find(|(from, _)| from.contains(c));
        if c.is_ascii_alphanumeric() || folded.is_some() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            match folded {
                Some((_, to)) => out.push_str(to),
                None => out.push(c),
            }
        } else if c != '\'' {
            gap = true;
        }
    }
    out
}

/// A phone number in a format of `land`, in `area` or a mobile range. Its last six digits
/// follow one-to-one from `seq`, so different `seq` (below 10⁶) never give the same number.
fn phone(rng: &mut Rng, land: &Land, area: &str, seq: usize, mobile: bool) -> Option<Phone> {
    let (area, formats) = match (mobile, land.mobiles, land.mobile_formats) {
        (true, "-", _) | (false, _, _) => (area, land.fixed),
        (true, prefixes, "-") => (pick(rng, prefixes), land.fixed),
        (true, prefixes, formats) => (pick(rng, prefixes), formats),
    };
    let format = pick(rng, formats);
    let leads: Vec<char> = land.leads.chars().collect();
    let mut digits = String::from(rng.choice(leads).unwrap_or('2'));
    for _ in 7..format.matches('#').count() {
        digits.push(char::from(b'0' + rng.u8(0..9)));
    }
    // A one-to-one shuffle of the six last digits of `seq` (738 919 is a unit mod 10⁶).
    let tail = (seq as u64 % 1_000_000 * 738_919 + 271_828) % 1_000_000;
    digits.push_str(&format!("{tail:06}"));
    let mut digits = digits.chars();
    let mut text = String::new();
    for c in format.chars() {
        match c {
            'A' => text.push_str(area),
            '#' => text.extend(digits.next()),
            _ => text.push(c),
        }
    }
    Phone::parse(&text, Country::parse(land.code)?).ok()
}

/// A company's name and its web domain.
fn company_name(rng: &mut Rng, land: &Land, first: &str, last: &str) -> (String, String) {
    let (trade, legal, partner) = (
        pick(rng, land.trades),
        pick(rng, land.legal),
        pick(rng, land.last),
    );
    let (name, domain) = match (legal, land.trade_first, chance(rng, 15) && partner != last) {
        ("e.K.", _, _) => (format!("{trade} {first} {last}"), format!("{trade} {last}")),
        (_, true, _) => (format!("{trade} {last}"), format!("{trade} {last}")),
        (_, false, true) => (format!("{last} & {partner}"), format!("{last} {partner}")),
        (_, false, false) => (format!("{last} {trade}"), format!("{last} {trade}")),
    };
    (
        format!("{name} {legal}"),
        format!("{}.{}", slug(&domain), land.tld),
    )
}

fn make_customer(rng: &mut Rng, land: &Land, index: usize, now: OffsetDateTime) -> Customer {
    use CustomerKind::{Company, Person};
    let texts = texts(land.german);
    let place: Vec<&str> = pick(rng, land.cities).split(',').collect();
    let [city, postal, region, area] = [0, 1, 2, 3].map(|i| place.get(i).copied().unwrap_or(""));
    let company = chance(rng, 75);
    let (first, last) = (pick(rng, land.first), pick(rng, land.last));
    let (name, domain) = match company {
        true => company_name(rng, land, first, last),
        false => (format!("{first} {last}"), pick(rng, land.mail).to_string()),
    };
    // Phone `seq`: +0 the customer's number, +1..+3 contacts, +3 a person's second number.
    let seq = index * 4;
    let mobile = !company && rng.bool();
    let mut phones: Vec<Phone> = phone(rng, land, area, seq, mobile).into_iter().collect();
    if !company && !mobile && chance(rng, 30) {
        phones.extend(phone(rng, land, area, seq + 3, true));
    }
    let mut emails = Vec::new();
    if company {
        emails.push(format!("{}@{domain}", pick(rng, texts.inboxes)));
    } else if chance(rng, 80) {
        let suffix = match rng.u8(0..100) {
            year @ 50.. => year.to_string(),
            _ => String::new(),
        };
        emails.push(format!("{}.{}{suffix}@{domain}", slug(first), slug(last)));
    }
    let (count, roles) = match company {
        true => (rng.usize(1..=3), texts.roles),
        false => (usize::from(chance(rng, 25)), texts.private_roles),
    };
    let mut contacts = Vec::new();
    for slot in 1..=count {
        let first = pick(rng, land.first);
        let last = if company { pick(rng, land.last) } else { last };
        let email = format!("{}.{}@{domain}", slug(first), slug(last));
        let mobile = !company || rng.bool();
        contacts.push(Contact {
            name: format!("{first} {last}"),
            role: pick(rng, roles).to_string(),
            phones: phone(rng, land, area, seq + slot, mobile)
                .into_iter()
                .collect(),
            emails: if company { vec![email] } else { Vec::new() },
            ..Contact::default()
        });
    }
    let mut tags = Vec::new();
    let tag_chances = match company {
        true => "key-account 15|b2b 85|newsletter 40|messe-2026 15|reseller 10",
        false => "b2c 90|newsletter 40|messe-2026 10",
    };
    for (tag, percent) in tag_chances
        .split('|')
        .filter_map(|entry| entry.split_once(' '))
    {
        if chance(rng, percent.parse().unwrap_or(0)) {
            tags.push(tag.to_string());
        }
    }
    let (number, street) = (rng.u16(1..120), pick(rng, land.streets));
    let mut street = [number.to_string(), street.to_string()];
    if !land.number_first {
        street.reverse();
    }
    let created = between(rng, now - Duration::days(730), now - Duration::days(2));
    Customer {
        id: 0,
        kind: if company { Company } else { Person },
        number: String::new(),
        name,
        phones,
        emails,
        contacts,
        addresses: vec![Address {
            street: street.join(" "),
            postal_code: postal.to_string(),
            city: city.to_string(),
            region: region.to_string(),
            country: Country::parse(land.code),
        }],
        tags,
        status: weighted(rng, CustomerStatus::ALL, [25, 25, 40, 10]),
        owner: agent(rng),
        notes: if rng.bool() {
            pick(rng, texts.notes).to_string()
        } else {
            String::new()
        },
        credit_limit: None,
        tax_treatment: crate::domain::vat::TaxTreatment::Domestic,
        vat_id: String::new(),
        partial_deliveries: true,
        backorders: true,
        payment_days: None,
        skonto: None,
        buyer_reference: String::new(),
        salutation: Default::default(),
        created,
        updated: between(rng, created, now),
        version: 1,
    }
}

fn interaction(
    rng: &mut Rng,
    customer: &Customer,
    id: u64,
    german: bool,
    at: OffsetDateTime,
) -> Interaction {
    let mut parts = pick_by(rng, texts(german).talks, '\n')
        .split('|')
        .map(str::to_string);
    let channel = weighted(rng, Channel::ALL, [22, 22, 25, 8, 5, 8, 10]);
    let contact = match rng.choice(customer.contacts.iter()) {
        Some(contact) if chance(rng, 70) => contact.name.clone(),
        _ if customer.kind == CustomerKind::Person => customer.name.clone(),
        _ => String::new(),
    };
    let call = matches!(channel, Channel::CallIn | Channel::CallOut);
    Interaction {
        id: 0,
        customer_id: id,
        contact,
        channel,
        subject: parts.next().unwrap_or_else(|| "Rückruf".to_string()),
        body: parts.next().unwrap_or_default(),
        outcome: parts.next().unwrap_or_default(),
        duration: if call { rng.u32(30..=1200) } else { 0 },
        agent: if chance(rng, 75) {
            customer.owner.clone()
        } else {
            agent(rng)
        },
        at,
        follow_up: None,
        follow_up_done: false,
        campaign: None,
        version: 1,
    }
}

fn opportunity(
    rng: &mut Rng,
    customer: &Customer,
    id: u64,
    german: bool,
    stage: Stage,
    now: OffsetDateTime,
    today: Date,
) -> Opportunity {
    let title = pick(rng, texts(german).titles)
        .replace("{y}", &(today.year() + rng.i32(0..=1)).to_string())
        .replace("{n}", &(rng.u32(1..=20) * 5).to_string());
    let euros = rng.i64(100..=2_500) * [1, 10, 100][rng.usize(..3)];
    let cents = euros * 100 + if chance(rng, 70) { 0 } else { rng.i64(0..100) };
    let created = between(rng, customer.created, now);
    let (closed_at, updated, expected_close) = if stage.is_closed() {
        let closed = between(rng, created, now);
        (
            Some(closed),
            closed,
            closed.date() + Duration::days(rng.i64(-10..=20)),
        )
    } else {
        let close = (today + Duration::days(rng.i64(-20..=150))).max(created.date());
        (None, between(rng, created, now), close)
    };
    let lost_reason = match stage {
        Stage::Lost => pick(rng, texts(german).lost).to_string(),
        _ => String::new(),
    };
    Opportunity {
        id: 0,
        customer_id: id,
        title,
        amount: Money::new(Decimal::new(cents, 2), Currency::EUR),
        stage,
        probability: stage.default_probability(),
        expected_close: Some(expected_close),
        owner: if chance(rng, 80) {
            customer.owner.clone()
        } else {
            agent(rng)
        },
        lost_reason,
        campaign: None,
        closed_at,
        created,
        updated,
        version: 1,
    }
}

fn is_german(customer: &Customer) -> bool {
    let code = customer
        .addresses
        .first()
        .and_then(|address| address.country);
    matches!(code.as_ref().map(Country::code), Some("DE" | "AT" | "CH"))
}

/// Open follow-ups for the agenda: some due today, some overdue. Customers are created at
/// least two days before `now`, so both fit after the customer's creation.
fn add_open_follow_ups(rng: &mut Rng, data: &mut DemoData, now: OffsetDateTime, today: Date) {
    let count = 3 + data.customers.len() / 50;
    for overdue in [false, true] {
        for _ in 0..count {
            let index = rng.usize(..data.customers.len());
            let Some(customer) = data.customers.get(index) else {
                continue;
            };
            let (at, due) = if overdue {
                let at = between(rng, customer.created, now - Duration::days(2));
                let room = (today - Duration::days(1) - at.date())
                    .whole_days()
                    .clamp(0, 21);
                (at, at.date() + Duration::days(rng.i64(0..=room)))
            } else {
                let mut at = between(rng, customer.created.max(now - Duration::days(2)), now);
                if at.date() > today {
                    // `now` has a negative offset: keep the interaction on today's date.
                    at = today
                        .with_time(Time::MIDNIGHT + Duration::hours(16))
                        .assume_utc();
                }
                (at, today)
            };
            let mut talk = interaction(rng, customer, index as u64, is_german(customer), at);
            talk.follow_up = Some(due);
            data.interactions.push(talk);
        }
    }
}

/// One opportunity for every stage that chance left out.
fn add_missing_stages(rng: &mut Rng, data: &mut DemoData, now: OffsetDateTime, today: Date) {
    for stage in Stage::ALL {
        if data.opportunities.iter().any(|deal| deal.stage == stage) {
            continue;
        }
        let index = rng.usize(..data.customers.len());
        if let Some(customer) = data.customers.get(index) {
            let german = is_german(customer);
            let deal = opportunity(rng, customer, index as u64, german, stage, now, today);
            data.opportunities.push(deal);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-03-15 10:30 UTC);

    fn phones(data: &DemoData) -> Vec<&Phone> {
        data.customers
            .iter()
            .flat_map(Customer::all_phones)
            .collect()
    }

    #[test]
    fn same_seed_same_data() {
        let (a, b) = (generate(60, NOW, 7), generate(60, NOW, 7));
        let names = |data: &DemoData| -> Vec<String> {
            data.customers.iter().map(|c| c.name.clone()).collect()
        };
        assert_eq!(names(&a), names(&b));
        assert_eq!(phones(&a), phones(&b));
        assert_eq!(a, b);
        assert_ne!(names(&a), names(&generate(60, NOW, 8)));
    }

    #[test]
    fn counts_and_validity() {
        let data = generate(200, NOW, 1);
        assert_eq!(data.customers.len(), 200);
        assert_eq!(generate(0, NOW, 1), DemoData::default());
        for customer in &data.customers {
            customer.validate().unwrap();
            assert!(customer.created <= customer.updated && customer.updated <= NOW);
            assert_eq!((customer.id, customer.version), (0, 1));
            for email in customer.all_emails() {
                assert!(email.is_ascii(), "{email}");
            }
        }
        let average = data.interactions.len() as f64 / 200.0;
        assert!((4.0..8.0).contains(&average), "{average}");
        for talk in &data.interactions {
            talk.validate().unwrap();
            assert!((talk.customer_id as usize) < data.customers.len());
            assert!(talk.at <= NOW && talk.at >= NOW - Duration::days(730));
        }
        for deal in &data.opportunities {
            deal.validate().unwrap();
            assert!((deal.customer_id as usize) < data.customers.len());
            assert_eq!(deal.amount.amount.scale(), 2);
            assert_eq!(deal.closed_at.is_some(), deal.stage.is_closed());
        }
    }

    #[test]
    fn every_stage_and_open_follow_ups_also_with_an_offset() {
        for seed in 0..20 {
            let now = [NOW, datetime!(2026-03-15 23:30 -05:00)][seed as usize % 2];
            let (data, today) = (generate(10, now, seed), now.date());
            for stage in Stage::ALL {
                assert!(data.opportunities.iter().any(|deal| deal.stage == stage));
            }
            for talk in &data.interactions {
                assert!(talk.at <= now && talk.follow_up.is_none_or(|due| due >= talk.at.date()));
            }
            let open: Vec<Date> = data
                .interactions
                .iter()
                .filter_map(Interaction::open_follow_up)
                .collect();
            assert!(open.iter().filter(|&&due| due == today).count() >= 3);
            assert!(open.iter().filter(|&&due| due < today).count() >= 3);
            assert!(open.iter().all(|&due| due <= today));
        }
    }

    #[test]
    fn phones_are_unique_and_valid() {
        let data = generate(250, NOW, 3);
        let mut seen = HashSet::new();
        for phone in phones(&data) {
            assert!(seen.insert(&phone.e164), "duplicate {}", phone.e164);
            let valid = phonenumber::parse(None, &phone.e164).unwrap().is_valid();
            assert!(valid, "{} ({}) is not valid", phone.raw, phone.e164);
        }
        assert!(seen.len() > 500);
    }

    #[test]
    fn mostly_german_with_other_countries() {
        let data = generate(200, NOW, 5);
        let de = Country::parse("DE").unwrap();
        let regions: Vec<Country> = data.customers.iter().map(|c| c.region(de)).collect();
        assert!(regions.iter().filter(|&&country| country == de).count() >= 100);
        let others: HashSet<&Country> = regions.iter().filter(|&&country| country != de).collect();
        assert!(others.len() >= 4, "{others:?}");
    }

    #[test]
    fn e_mail_parts_are_transliterated() {
        assert_eq!(slug("Jürgen Weiß"), "juergen-weiss");
        assert_eq!(slug("Müller & Söhne"), "mueller-soehne");
        assert_eq!(slug("O'Brien"), "obrien");
        assert_eq!(slug("Łukasz Dąbrowski"), "lukasz-dabrowski");
    }
}
