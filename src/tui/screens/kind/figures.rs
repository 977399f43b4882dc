//! How the ERP screens write the figures a person reads: quantities and stock balances,
//! amounts of money and the instants of stock moves, in the current language through
//! `lang::format` (German `1.234,5`, `4.200,00`, `05.12.2026 14:30`; English as kontor has
//! always shown them). Right-aligned figures keep their last digit in the column's last
//! cell in both languages. And the one reading: a list typed with commas between its parts
//! keeps the German decimal commas inside them. Room: tui.

use rust_decimal::Decimal;
use time::OffsetDateTime;

use crate::domain::datetime::format_date;
use crate::domain::{Currency, Money};
use crate::lang::{self, Lang, format};

/// A quantity with the digits it has (`1.5`, German `1,5`; `1234`, German `1.234`).
pub fn decimal(value: Decimal) -> String {
    format::decimal(value.normalize())
}

/// A quantity right-aligned in `width` columns.
pub fn quantity(value: Decimal, width: usize) -> String {
    format!("{:>width$}", decimal(value))
}

/// An amount with exactly the currency's minor digits, without the currency
/// (`1200.50`, German `1.200,50`): for columns whose heading names the currency.
pub fn amount(value: Decimal, currency: Currency) -> String {
    format::fixed(value, currency.minor_units())
}

/// An amount with its currency (`18.00 EUR`, German `18,00 €`).
pub fn money(value: &Money) -> String {
    format::money(
        value.amount,
        value.currency.code(),
        value.currency.minor_units(),
    )
}

/// When a stock move happened, to the minute: English `2026-01-05 09:30` as stored,
/// German in the user's zone (`05.01.2026 10:30`).
pub fn moment(at: OffsetDateTime) -> String {
    match lang::lang() {
        Lang::En => format!(
            "{} {:02}:{:02}",
            format_date(at.date()),
            at.hour(),
            at.minute()
        ),
        Lang::De => format::instant(at),
    }
}

/// The parts of a list typed with commas (and any of `also`) between them, each holding
/// `marker` (`TS-001:2, NW-019:2,1` by `:`; `E3=120,5 E4=10` by `=`): a comma followed at
/// once by digits alone (up to the next separator), with no `marker`, is a decimal comma
/// of the part before (`2,1`, `120,5`), as a German user types a quantity.
pub fn typed_list(text: &str, marker: char, also: &[char]) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for piece in text.split(',') {
        let head = piece.split(also).next().unwrap_or_default();
        let fraction = !head.is_empty()
            && !head.contains(marker)
            && head.chars().all(|c| c.is_ascii_digit() || c == '%');
        match parts.last_mut() {
            Some(last) if fraction => {
                last.push(',');
                last.push_str(piece);
            }
            _ => parts.push(piece.to_string()),
        }
    }
    parts
        .iter()
        .flat_map(|part| part.split(also))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Locale, Zone, scope};
    use rust_decimal::dec;

    fn german<R>(work: impl FnOnce() -> R) -> R {
        scope(Locale::new(Lang::De, Zone::UTC), work)
    }

    #[test]
    fn figures_read_in_the_current_language_and_stay_right_aligned() {
        let eur: Currency = "EUR".parse().unwrap();
        assert_eq!(quantity(dec!(1234.50), 9), "   1234.5");
        assert_eq!(german(|| quantity(dec!(1234.50), 9)), "  1.234,5");
        assert_eq!(amount(dec!(4200), eur), "4200.00");
        assert_eq!(german(|| amount(dec!(4200), eur)), "4.200,00");
        let price = Money::new(dec!(18), eur);
        assert_eq!(money(&price), price.to_string());
        assert_eq!(german(|| money(&price)), "18,00 €");
        let at = time::macros::datetime!(2026-01-05 09:30 UTC);
        assert_eq!(moment(at), "2026-01-05 09:30");
        assert_eq!(german(|| moment(at)), "05.01.2026 09:30");
    }

    #[test]
    fn a_typed_list_keeps_decimal_commas_inside_its_parts() {
        let lines = typed_list("TS-001:2:0, NW-019:2,1,NW-016:1:2,5%, NW-027:1,5", ':', &[]);
        assert_eq!(
            lines,
            ["TS-001:2:0", "NW-019:2,1", "NW-016:1:2,5%", "NW-027:1,5"]
        );
        let operations = typed_list("Packen:5:38,50, Korb binden:15:38.5", ':', &[]);
        assert_eq!(operations, ["Packen:5:38,50", "Korb binden:15:38.5"]);
        let hours = typed_list("E3=120,5 E4=10;E5=1.234,5, E6=8", '=', &[';', ' ']);
        assert_eq!(hours, ["E3=120,5", "E4=10", "E5=1.234,5", "E6=8"]);
        assert!(typed_list(" , ", ':', &[]).is_empty());
    }
}
