//! How the ERP screens write the figures a person reads: quantities and stock balances,
//! amounts of money and the instants of stock moves, in the current language through
//! `lang::format` (German `1.234,5`, `4.200,00`, `05.12.2026 14:30`; English as kontor has
//! always shown them). Right-aligned figures keep their last digit in the column's last
//! cell in both languages. Display only. Room: tui.

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
}
