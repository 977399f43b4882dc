//! Tests of the dunning arithmetic on hand-computed cases: levels by grace days, fees,
//! § 288 interest split across base-rate periods, B2B and consumer, blocks. Room: domain
//! (tests).

use rust_decimal::dec;
use time::macros::date;

use super::*;

fn item(customer: u64, number: &str, due: Date, amount: Decimal) -> OpenItem {
    OpenItem {
        customer_id: customer,
        invoice_number: number.into(),
        due_date: due,
        open_amount: amount,
        level: None,
        blocked: None,
    }
}

fn business(id: u64) -> DunningCustomer {
    DunningCustomer {
        id,
        kind: CustomerKind::Company,
        blocked: None,
    }
}

fn consumer(id: u64) -> DunningCustomer {
    DunningCustomer {
        kind: CustomerKind::Person,
        ..business(id)
    }
}

#[test]
fn interest_is_split_at_the_base_rate_change_and_rounded_once() {
    // Due 2025-05-02, in default after 2025-06-01; run 2025-07-31: 29 days of June at
    // 2.27 + 9, 31 days of July at 1.27 + 9. 1000 × (29 × 11.27 + 31 × 10.27) / 36500
    // = 17.6767… → 17.68 (rounding each period first would give 8.95 + 8.72 = 17.67).
    let rules = DunningRules::default();
    let interest = default_interest(
        dec!(1000),
        date!(2025 - 06 - 01),
        date!(2025 - 07 - 31),
        points(CustomerKind::Company),
        &rules.base_rates,
    )
    .unwrap();
    assert_eq!(interest, dec!(17.68));
    // A consumer: + 5 points: 1000 × (29 × 7.27 + 31 × 6.27) / 36500 = 11.1013… → 11.10.
    let interest = default_interest(
        dec!(1000),
        date!(2025 - 06 - 01),
        date!(2025 - 07 - 31),
        points(CustomerKind::Person),
        &rules.base_rates,
    )
    .unwrap();
    assert_eq!(interest, dec!(11.10));
}

#[test]
fn interest_rounds_half_away_from_zero() {
    // 10 × 18.25 × 1 / 36500 = 0.005 exactly → 0.01 (half to even would give 0.00).
    let flat = [BaseRate {
        from: date!(2020 - 01 - 01),
        rate: Decimal::ZERO,
    }];
    let interest = default_interest(
        dec!(10),
        date!(2025 - 01 - 01),
        date!(2025 - 01 - 02),
        dec!(18.25),
        &flat,
    )
    .unwrap();
    assert_eq!(interest, dec!(0.01));
}

#[test]
fn a_day_before_the_first_base_rate_is_refused() {
    let error = default_interest(
        dec!(10),
        date!(2022 - 12 - 30),
        date!(2023 - 01 - 05),
        dec!(9),
        &DunningRules::default().base_rates,
    )
    .unwrap_err();
    assert_eq!(error.field, "dunning_base_rates");
}

#[test]
fn the_reminder_waits_for_its_grace_days_and_charges_nothing() {
    let rules = DunningRules::default();
    let items = [item(1, "RE-2025-00001", date!(2025 - 05 - 02), dec!(1000))];
    let early = propose(&items, &[business(1)], date!(2025 - 05 - 08), &rules).unwrap();
    assert_eq!(early, Proposal::default());
    let run = propose(&items, &[business(1)], date!(2025 - 05 - 09), &rules).unwrap();
    assert_eq!(run.letters.len(), 1);
    let letter = &run.letters[0];
    assert_eq!(letter.level, Level::Reminder);
    assert_eq!((letter.fee, letter.interest), (dec!(0), dec!(0)));
    assert_eq!(letter.total, dec!(1000));
}

#[test]
fn the_second_letter_charges_its_fee_and_the_interest_to_the_run_date() {
    let rules = DunningRules::default();
    let mut overdue = item(1, "RE-2025-00001", date!(2025 - 05 - 02), dec!(1000));
    overdue.level = Some((Level::First, date!(2025 - 07 - 17)));
    // 13 days after the first letter: not yet.
    let early = propose(
        std::slice::from_ref(&overdue),
        &[business(1)],
        date!(2025 - 07 - 30),
        &rules,
    );
    assert!(early.unwrap().letters.is_empty());
    let run = propose(&[overdue], &[business(1)], date!(2025 - 07 - 31), &rules).unwrap();
    let letter = &run.letters[0];
    assert_eq!(letter.level, Level::Second);
    assert_eq!(letter.fee, dec!(10.00));
    assert_eq!(letter.items[0].days_in_default, 60);
    assert_eq!(letter.interest, dec!(17.68));
    assert_eq!(letter.total, dec!(1027.68));
}

#[test]
fn consumers_pay_five_points_and_one_letter_gathers_the_items_of_a_customer() {
    let rules = DunningRules::default();
    let mut old = item(2, "RE-2025-00002", date!(2025 - 05 - 02), dec!(1000));
    old.level = Some((Level::Reminder, date!(2025 - 07 - 01)));
    // 2500.50 due 2025-11-10, in default after 2025-12-10; run 2026-01-15 → 36 days at
    // 1.27 + 5: 2500.50 × 36 × 6.27 / 36500 = 15.4633… → 15.46 (not yet dunned: its
    // level is the reminder, but the letter is the 1st dunning letter and charges it).
    let newer = item(2, "RE-2025-00009", date!(2025 - 11 - 10), dec!(2500.50));
    let run = propose(&[old, newer], &[consumer(2)], date!(2026 - 01 - 15), &rules).unwrap();
    assert_eq!(run.letters.len(), 1);
    let letter = &run.letters[0];
    assert_eq!(letter.level, Level::First);
    assert_eq!(letter.items[0].level, Level::First);
    assert_eq!(letter.items[1].level, Level::Reminder);
    assert_eq!(letter.items[1].interest, dec!(15.46));
    // The older: after 2025-06-01 to 2026-01-15: 29 days at 7.27, 199 days at 6.27 →
    // 1000 × (210.83 + 1247.73) / 36500 = 39.9605… → 39.96.
    assert_eq!(letter.items[0].interest, dec!(39.96));
    assert_eq!(letter.interest, dec!(55.42));
    assert_eq!(letter.fee, dec!(5.00));
    assert_eq!(letter.total, dec!(3560.92));
}

#[test]
fn blocked_items_and_customers_are_held_with_their_reason() {
    let rules = DunningRules::default();
    let mut disputed = item(1, "RE-2025-00001", date!(2025 - 05 - 02), dec!(100));
    disputed.blocked = Some("disputed".into());
    let free = item(1, "RE-2025-00003", date!(2025 - 05 - 02), dec!(50));
    let other = item(3, "RE-2025-00004", date!(2025 - 05 - 02), dec!(70));
    let mut insolvent = business(3);
    insolvent.blocked = Some("insolvency".into());
    let run = propose(
        &[disputed, free, other],
        &[business(1), insolvent],
        date!(2025 - 06 - 01),
        &rules,
    )
    .unwrap();
    assert_eq!(run.letters.len(), 1);
    assert_eq!(run.letters[0].items.len(), 1);
    assert_eq!(run.letters[0].items[0].invoice_number, "RE-2025-00003");
    let held: Vec<(&str, &str)> = run
        .held
        .iter()
        .map(|h| (h.invoice_number.as_str(), h.reason.as_str()))
        .collect();
    assert_eq!(
        held,
        [
            ("RE-2025-00001", "disputed"),
            ("RE-2025-00004", "insolvency")
        ]
    );
}

#[test]
fn nothing_follows_the_second_letter_and_paid_items_are_not_dunned() {
    let rules = DunningRules::default();
    let mut last = item(1, "RE-2025-00001", date!(2025 - 01 - 02), dec!(100));
    last.level = Some((Level::Second, date!(2025 - 03 - 01)));
    let paid = item(1, "RE-2025-00002", date!(2025 - 01 - 02), dec!(0));
    let run = propose(&[last, paid], &[business(1)], date!(2025 - 12 - 01), &rules).unwrap();
    assert_eq!(run, Proposal::default());
}

#[test]
fn grace_days_and_fees_come_from_the_rules() {
    let rules = DunningRules {
        grace_days: [3, 10, 10],
        fees: [dec!(1.50), dec!(2.50), dec!(7.50)],
        interest: [true, true, true],
        default_days: 0,
        ..DunningRules::default()
    };
    let items = [item(1, "RE-2025-00001", date!(2025 - 08 - 01), dec!(365))];
    let run = propose(&items, &[business(1)], date!(2025 - 08 - 04), &rules).unwrap();
    let letter = &run.letters[0];
    assert_eq!(letter.level, Level::Reminder);
    assert_eq!(letter.fee, dec!(1.50));
    // 3 days at 1.27 + 9: 365 × 3 × 10.27 / 36500 = 0.3081 → 0.31.
    assert_eq!(letter.interest, dec!(0.31));
}

#[test]
fn settings_text_round_trips() {
    let rates = parse_base_rates("2025-07-01=1.27; 2025-01-01=2,27").unwrap();
    assert_eq!(rates[0].from, date!(2025 - 01 - 01));
    assert_eq!(rates[1].rate, dec!(1.27));
    assert_eq!(base_rates_text(&rates), "2025-01-01=2.27;2025-07-01=1.27");
    assert!(parse_base_rates("2025-01-01").is_err());
    assert!(parse_base_rates("2025-01-01=1;2025-01-01=2").is_err());
    let days = parse_per_level("dunning_grace_days", "7; 14;21", |t| {
        t.parse::<u32>().map_err(|_| Invalid::new("x", "y"))
    });
    assert_eq!(days, Ok([7, 14, 21]));
    assert!(parse_per_level("f", "1;2", |t| Ok(t.to_string())).is_err());
}
