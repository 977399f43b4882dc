//! The amounts of documents against figures computed by hand, the arithmetic written out
//! beside each. Python's `decimal` (ROUND_HALF_UP, which rounds half away from zero)
//! cross-checks random documents in tests/vat.rs.

use rust_decimal::{Decimal, dec};
use time::macros::date;

use super::*;
use crate::lang::in_german;

fn line(quantity: Decimal, price: Decimal, discount: Decimal, category: VatCategory) -> Line {
    Line::new(quantity, price, discount, category)
}

fn document(treatment: TaxTreatment, supplied: Date, lines: Vec<Line>) -> Document {
    Document {
        currency: Currency::EUR,
        treatment,
        date_of_supply: supplied,
        lines,
    }
}

fn totals(document: &Document) -> Totals {
    document.totals(&RateTable::GERMANY).unwrap()
}

/// (category name, rate, net, VAT) of each group.
fn groups(totals: &Totals) -> Vec<(&'static str, Decimal, Decimal, Decimal)> {
    totals
        .breakdown
        .iter()
        .map(|group| (group.category.name(), group.rate, group.net, group.vat))
        .collect()
}

/// 1 × 100.00 standard, 1 × 10.00 reduced.
fn standard_and_reduced() -> Vec<Line> {
    vec![
        line(dec!(1), dec!(100.00), dec!(0), VatCategory::Standard),
        line(dec!(1), dec!(10.00), dec!(0), VatCategory::Reduced),
    ]
}

#[test]
fn vat_is_rounded_once_per_group_not_summed_from_lines_rounding_up() {
    // Three lines of 0.50 net at 19 %. Per line: 0.50 × 0.19 = 0.095 → 0.10, and
    // 3 × 0.10 = 0.30. Per group: 1.50 × 0.19 = 0.285 → 0.29. The group rule gives 0.29.
    let half = || line(dec!(1), dec!(0.50), dec!(0), VatCategory::Standard);
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![half(), half(), half()],
    ));
    assert_eq!(
        groups(&sums),
        [("standard", dec!(19), dec!(1.50), dec!(0.29))]
    );
    assert_eq!(sums.breakdown[0].lines, [0, 1, 2]);
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(1.50), dec!(0.29), dec!(1.79))
    );
}

#[test]
fn vat_is_rounded_once_per_group_not_summed_from_lines_rounding_down() {
    // Three lines of 2 × 0.35 = 0.70 net at 19 %. Per line: 0.70 × 0.19 = 0.133 → 0.13,
    // and 3 × 0.13 = 0.39. Per group: 2.10 × 0.19 = 0.399 → 0.40.
    let line = || line(dec!(2), dec!(0.35), dec!(0), VatCategory::Standard);
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![line(), line(), line()],
    ));
    assert_eq!(sums.line_nets, [dec!(0.70), dec!(0.70), dec!(0.70)]);
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(2.10), dec!(0.40), dec!(2.50))
    );
}

#[test]
fn a_mixed_19_and_7_percent_document_has_one_group_per_rate() {
    // Line nets:  3 × 19.99             = 59.97   standard
    //             2 × 4.15 × 0.90       = 7.47    reduced
    //             1 × 129.00 × 0.95     = 122.55  standard
    //             7 × 0.67 × 0.50       = 2.345 → 2.35 reduced
    // Standard: 59.97 + 122.55 = 182.52; × 0.19 = 34.6788 → 34.68
    // Reduced:  7.47 + 2.35    = 9.82;   × 0.07 = 0.6874  → 0.69
    // Net 192.34, VAT 35.37, gross 227.71. (Per line VAT would be 11.39 + 0.52 + 23.28 +
    // 0.16 = 35.35, two cents less.)
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![
            line(dec!(3), dec!(19.99), dec!(0), VatCategory::Standard),
            line(dec!(2), dec!(4.15), dec!(10), VatCategory::Reduced),
            line(dec!(1), dec!(129.00), dec!(5), VatCategory::Standard),
            line(dec!(7), dec!(0.67), dec!(50), VatCategory::Reduced),
        ],
    ));
    assert_eq!(
        sums.line_nets,
        [dec!(59.97), dec!(7.47), dec!(122.55), dec!(2.35)]
    );
    assert_eq!(
        groups(&sums),
        [
            ("standard", dec!(19), dec!(182.52), dec!(34.68)),
            ("reduced", dec!(7), dec!(9.82), dec!(0.69)),
        ]
    );
    assert_eq!(sums.breakdown[0].lines, [0, 2]);
    assert_eq!(sums.breakdown[1].lines, [1, 3]);
    assert_eq!(sums.breakdown[0].category.code(), "S");
    assert_eq!(sums.breakdown[1].category.code(), "S");
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(192.34), dec!(35.37), dec!(227.71))
    );
    assert!(sums.notes().is_empty());
}

#[test]
fn the_rates_of_2020_follow_the_date_of_supply() {
    // 100.00 standard and 10.00 reduced: 19 % / 7 % → 19.00 + 0.70 = 19.70;
    // 16 % / 5 % → 16.00 + 0.50 = 16.50.
    for (supplied, standard, reduced, vat) in [
        (date!(2020 - 06 - 30), dec!(19), dec!(7), dec!(19.70)),
        (date!(2020 - 07 - 01), dec!(16), dec!(5), dec!(16.50)),
        (date!(2020 - 12 - 31), dec!(16), dec!(5), dec!(16.50)),
        (date!(2021 - 01 - 01), dec!(19), dec!(7), dec!(19.70)),
    ] {
        let sums = totals(&document(
            TaxTreatment::Domestic,
            supplied,
            standard_and_reduced(),
        ));
        let rates: Vec<Decimal> = sums.breakdown.iter().map(|group| group.rate).collect();
        assert_eq!(rates, [standard, reduced], "{supplied}");
        assert_eq!(sums.vat, vat, "{supplied}");
        assert_eq!(sums.gross, dec!(110.00) + vat, "{supplied}");
    }
}

#[test]
fn a_line_supplied_on_another_day_takes_that_days_rate() {
    // Invoiced 2021-01-04; one line was delivered on 2020-12-30 (16 %), the other on the
    // document's date (19 %): 50.00 × 0.19 = 9.50, 50.00 × 0.16 = 8.00.
    let mut early = line(dec!(1), dec!(50.00), dec!(0), VatCategory::Standard);
    early.supplied = Some(date!(2020 - 12 - 30));
    let late = line(dec!(1), dec!(50.00), dec!(0), VatCategory::Standard);
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2021 - 01 - 04),
        vec![early, late],
    ));
    assert_eq!(
        groups(&sums),
        [
            ("standard", dec!(19), dec!(50.00), dec!(9.50)),
            ("standard", dec!(16), dec!(50.00), dec!(8.00)),
        ]
    );
    assert_eq!(sums.breakdown[0].lines, [1]);
    assert_eq!(sums.vat, dec!(17.50));
}

#[test]
fn reverse_charge_charges_no_vat_and_prints_the_note() {
    let sums = totals(&document(
        TaxTreatment::ReverseCharge,
        date!(2026 - 12 - 05),
        standard_and_reduced(),
    ));
    assert_eq!(
        groups(&sums),
        [("reverse-charge", dec!(0), dec!(110.00), dec!(0))]
    );
    assert_eq!(sums.breakdown[0].category.code(), "AE");
    assert_eq!((sums.vat, sums.gross), (dec!(0), dec!(110.00)));
    assert_eq!(
        sums.notes(),
        ["Reverse charge: the recipient is liable for the VAT"]
    );
    assert_eq!(
        in_german(|| sums.notes()),
        ["Steuerschuldnerschaft des Leistungsempfängers"]
    );
}

#[test]
fn intra_eu_supplies_and_exports_are_tax_free_with_their_notes() {
    for (treatment, code, english, german) in [
        (
            TaxTreatment::IntraEuSupply,
            "K",
            "Tax-exempt intra-Community supply",
            "Steuerfreie innergemeinschaftliche Lieferung",
        ),
        (
            TaxTreatment::Export,
            "G",
            "Tax-exempt export supply",
            "Steuerfreie Ausfuhrlieferung",
        ),
    ] {
        let sums = totals(&document(
            treatment,
            date!(2020 - 08 - 01),
            standard_and_reduced(),
        ));
        assert_eq!(sums.breakdown.len(), 1, "{treatment:?}");
        assert_eq!(sums.breakdown[0].category.code(), code);
        assert_eq!(
            (sums.net, sums.vat, sums.gross),
            (dec!(110.00), dec!(0), dec!(110.00))
        );
        assert_eq!(sums.notes(), [english]);
        assert_eq!(in_german(|| sums.notes()), [german]);
    }
}

#[test]
fn exempt_and_zero_rated_lines_group_apart_and_exempt_ones_print_their_reason() {
    // 80.00 standard → 15.20 VAT; 40.00 zero → 0; 30.00 and 20.00 exempt for two reasons →
    // two groups with no VAT, each with its note. Net 170.00, gross 185.20.
    let medical = VatCategory::exempt("§ 4 Nr. 14 UStG").unwrap();
    let lending = VatCategory::exempt("§ 4 Nr. 8 UStG").unwrap();
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![
            line(dec!(1), dec!(30.00), dec!(0), medical.clone()),
            line(dec!(1), dec!(80.00), dec!(0), VatCategory::Standard),
            line(dec!(1), dec!(40.00), dec!(0), VatCategory::Zero),
            line(dec!(1), dec!(20.00), dec!(0), lending),
            line(dec!(1), dec!(0.00), dec!(0), medical),
        ],
    ));
    assert_eq!(
        groups(&sums),
        [
            ("standard", dec!(19), dec!(80.00), dec!(15.20)),
            ("zero", dec!(0), dec!(40.00), dec!(0)),
            ("exempt", dec!(0), dec!(30.00), dec!(0)),
            ("exempt", dec!(0), dec!(20.00), dec!(0)),
        ]
    );
    assert_eq!(sums.breakdown[2].lines, [0, 4]);
    let codes: Vec<&str> = sums.breakdown.iter().map(|g| g.category.code()).collect();
    assert_eq!(codes, ["S", "Z", "E", "E"]);
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(170.00), dec!(15.20), dec!(185.20))
    );
    assert_eq!(
        sums.notes(),
        [
            "Exempt from VAT: § 4 Nr. 14 UStG",
            "Exempt from VAT: § 4 Nr. 8 UStG"
        ]
    );
    assert_eq!(
        in_german(|| sums.notes()),
        ["Steuerfrei: § 4 Nr. 14 UStG", "Steuerfrei: § 4 Nr. 8 UStG"]
    );
}

#[test]
fn discounted_line_nets_round_half_away_from_zero_at_the_cent() {
    // 7 × 0.67 × (1 − 50 %) = 2.345 → 2.35; a returned line, −7, → −2.35.
    // 3 × 0.3335 × (1 − 0 %) = 1.0005 → 1.00 (below the half cent);
    // 1 × 9.99 × (1 − 12.5 %) = 8.74125 → 8.74; 1 × 0.05 × (1 − 10 %) = 0.045 → 0.05.
    for (quantity, price, discount, net) in [
        (dec!(7), dec!(0.67), dec!(50), dec!(2.35)),
        (dec!(-7), dec!(0.67), dec!(50), dec!(-2.35)),
        (dec!(3), dec!(0.3335), dec!(0), dec!(1.00)),
        (dec!(1), dec!(9.99), dec!(12.5), dec!(8.74)),
        (dec!(1), dec!(0.05), dec!(10), dec!(0.05)),
        (dec!(1), dec!(-0.05), dec!(10), dec!(-0.05)),
        (dec!(5), dec!(3.00), dec!(100), dec!(0)),
    ] {
        let line = line(quantity, price, discount, VatCategory::Standard);
        assert_eq!(
            line.net(1, 2).unwrap(),
            net,
            "{quantity} × {price} − {discount} %"
        );
    }
}

#[test]
fn a_credit_document_rounds_its_vat_away_from_zero_too() {
    // −7 × 0.67 × 0.50 = −2.345 → −2.35; × 0.19 = −0.4465 → −0.45; gross −2.80.
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![line(dec!(-7), dec!(0.67), dec!(50), VatCategory::Standard)],
    ));
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(-2.35), dec!(-0.45), dec!(-2.80))
    );
}

#[test]
fn amounts_round_to_the_currencys_minor_unit() {
    // JPY has no minor unit: 3 × 333.5 = 1000.5 → 1001; × 0.19 = 190.19 → 190.
    let mut yen = document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![line(dec!(3), dec!(333.5), dec!(0), VatCategory::Standard)],
    );
    yen.currency = "JPY".parse().unwrap();
    let sums = totals(&yen);
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(1001), dec!(190), dec!(1191))
    );
}

#[test]
fn an_empty_document_totals_zero() {
    let sums = totals(&document(
        TaxTreatment::Domestic,
        date!(2026 - 12 - 05),
        vec![],
    ));
    assert!(sums.breakdown.is_empty());
    assert_eq!(
        (sums.net, sums.vat, sums.gross),
        (dec!(0), dec!(0), dec!(0))
    );
}

#[test]
fn bad_lines_are_refused_naming_the_line() {
    let lines = vec![
        line(dec!(1), dec!(1), dec!(0), VatCategory::Standard),
        line(dec!(1), dec!(1), dec!(120), VatCategory::Standard),
    ];
    let error = document(TaxTreatment::Domestic, date!(2026 - 12 - 05), lines)
        .totals(&RateTable::GERMANY)
        .unwrap_err();
    assert_eq!(error.field, "discount");
    assert_eq!(
        error.message,
        "line 2: the discount 120 % is outside 0–100 %"
    );
    let negative = line(dec!(1), dec!(1), dec!(-0.5), VatCategory::Standard);
    let german = in_german(|| negative.net(3, 2).unwrap_err().message);
    assert_eq!(
        german,
        "Zeile 3: der Rabatt -0,5 % liegt nicht zwischen 0 und 100 %"
    );
    let early = document(
        TaxTreatment::Domestic,
        date!(1967 - 12 - 31),
        standard_and_reduced(),
    );
    assert_eq!(
        early.totals(&RateTable::GERMANY).unwrap_err().field,
        "date-of-supply"
    );
    let huge = line(Decimal::MAX, dec!(2), dec!(0), VatCategory::Standard);
    let error = document(TaxTreatment::Domestic, date!(2026 - 12 - 05), vec![huge])
        .totals(&RateTable::GERMANY)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "amount: the amounts are too large to compute"
    );
}
