//! Amounts in narrow columns: the full figure when it fits, else scaled to k / M / G / T
//! with as many decimals as fit, rounded half away from zero, written as the current
//! language writes numbers — a number is never cut.
//! Room: tui (pure, no terminal, no sled).

use rust_decimal::Decimal;

use crate::lang::format;

/// Scales tried after the full figure, smallest first.
const SCALES: [(i64, &str); 4] = [
    (1_000, "k"),
    (1_000_000, "M"),
    (1_000_000_000, "G"),
    (1_000_000_000_000, "T"),
];

/// `full` (the amount as normally written, e.g. `2485630.37`) if it fits in `width`
/// characters, else `amount` scaled with a suffix (`2485.6k`, `2.5M`; German `2.485,6k`,
/// `2,5M`), the most precise form that fits; when none fits, the shortest, wider than
/// `width` rather than cut.
pub fn fit_amount(amount: Decimal, full: &str, width: usize) -> String {
    if full.chars().count() <= width {
        return full.to_string();
    }
    let mut shortest = full.to_string();
    for (scale, suffix) in SCALES {
        let scaled = amount / Decimal::from(scale);
        for decimals in (0..=2u32).rev() {
            let text = format!("{}{suffix}", format::fixed(scaled, decimals));
            if text.chars().count() <= width {
                return text;
            }
            if text.chars().count() < shortest.chars().count() {
                shortest = text;
            }
        }
    }
    shortest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fit(amount: &str, width: usize) -> String {
        let amount: Decimal = amount.parse().unwrap();
        fit_amount(amount, &format!("{amount:.2}"), width)
    }

    #[test]
    fn full_figures_stay_when_they_fit() {
        assert_eq!(fit("2400.50", 9), "2400.50");
        assert_eq!(fit("2485630.37", 10), "2485630.37");
    }

    #[test]
    fn wide_figures_are_scaled_never_cut() {
        assert_eq!(fit("2485630.37", 9), "2485.63k");
        assert_eq!(fit("2485630.37", 7), "2485.6k");
        assert_eq!(fit("2485630.37", 6), "2486k");
        assert_eq!(fit("2485630.37", 4), "2.5M");
        assert_eq!(fit("2485630.37", 3), "2M");
        assert_eq!(fit("139750.00", 6), "139.8k");
        assert_eq!(fit("-139750.00", 6), "-140k");
        assert_eq!(fit("999999999999999.00", 3), "1000T");
    }

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(fit("1250.00", 4), "1.3k");
        assert_eq!(fit("-1250.00", 5), "-1.3k");
        assert_eq!(fit("1249.99", 4), "1.2k");
    }

    #[test]
    fn german_scaled_figures_use_the_decimal_comma_and_group_thousands() {
        let german = crate::lang::Locale::new(crate::lang::Lang::De, crate::lang::Zone::UTC);
        crate::lang::scope(german, || {
            assert_eq!(fit("2485630.37", 9), "2.485,63k");
            assert_eq!(fit("2485630.37", 8), "2.485,6k");
            assert_eq!(fit("2485630.37", 4), "2,5M");
            assert_eq!(fit("-139750.00", 6), "-140k");
        });
    }
}
