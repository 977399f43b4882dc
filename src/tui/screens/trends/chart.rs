//! Drawing of the trends screen: the monthly bars (each month's revenue beside the same
//! month a year before) and the twelve-month sparklines of the top rows. Only scales the
//! figures the core computed to cells; glyphs come from the theme's symbols, so the ASCII
//! profile draws `#`, `=`, `_` and `.` and the mono profile tells the years apart by glyph,
//! not by colour. Room: tui.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Block;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::core::reports::MonthTotal;
use crate::tui::theme::{Role, Theme};

/// Columns one month takes: the previous year's bar, this year's bar, a gap (2 each).
pub const MONTH_WIDTH: u16 = 6;

/// `value` of `max` in eighths of `cells` cells (0 for a zero or negative maximum).
fn eighths(value: Decimal, max: Decimal, cells: u16) -> u16 {
    if max <= Decimal::ZERO || value <= Decimal::ZERO {
        return 0;
    }
    let scaled = (value / max * Decimal::from(u32::from(cells) * 8)).round();
    scaled.to_u16().unwrap_or(0).min(cells * 8)
}

/// The glyph of a bar cell filled `eighths` eighths (0–8).
fn level(theme: &Theme, eighths: u16) -> &'static str {
    let set = &theme.symbols().bar_set;
    match eighths {
        0 => set.empty,
        1 => set.one_eighth,
        2 => set.one_quarter,
        3 => set.three_eighths,
        4 => set.half,
        5 => set.five_eighths,
        6 => set.three_quarters,
        7 => set.seven_eighths,
        _ => set.full,
    }
}

/// The bars of the twelve months in `this` (oldest first) with the months a year before
/// in `before` beside them, labelled `MM/YY`; `selected` (an index into `this`) has its
/// label reversed. Draws inside `block`.
pub fn month_bars(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    block: Block,
    (before, this): (&[MonthTotal], &[MonthTotal]),
    selected: Option<usize>,
) {
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 2 {
        return;
    }
    let cells = inner.height - 1;
    let max = before
        .iter()
        .chain(this)
        .map(|month| month.revenue)
        .max()
        .unwrap_or_default();
    let previous = theme.symbols().bar_empty;
    let buffer = frame.buffer_mut();
    for (index, month) in this.iter().enumerate() {
        let Ok(slot) = u16::try_from(index) else {
            break;
        };
        let x = inner.x + 1 + slot * MONTH_WIDTH;
        if x + MONTH_WIDTH > inner.x + inner.width + 1 {
            break;
        }
        let old = before.get(index).map_or(Decimal::ZERO, |m| m.revenue);
        // The year before: whole cells only, in the "empty" glyph.
        let old_cells = eighths(old, max, cells).div_ceil(8);
        let new_eighths = eighths(month.revenue, max, cells);
        for row in 0..cells {
            let y = inner.y + cells - 1 - row;
            if row < old_cells {
                buffer.set_string(x, y, previous.repeat(2), theme.style(Role::Muted));
            }
            let filled = new_eighths.saturating_sub(row * 8).min(8);
            if filled > 0 {
                let glyph = level(theme, filled).repeat(2);
                buffer.set_string(x + 2, y, glyph, theme.style(Role::Ok));
            }
        }
        let label = format!(
            "{:02}/{:02}",
            u8::from(month.month),
            month.year.rem_euclid(100)
        );
        let style = match selected == Some(index) {
            true => theme.style(Role::Selected),
            false => theme.style(Role::Normal),
        };
        buffer.set_string(x, inner.y + cells, label, style);
    }
}

/// One cell per month, its height in eighths of the row's largest month.
pub fn sparkline(theme: &Theme, months: &[Decimal]) -> String {
    let max = months.iter().copied().max().unwrap_or_default();
    months
        .iter()
        .map(|value| match eighths(*value, max, 1) {
            0 if *value > Decimal::ZERO => level(theme, 1),
            level_of => level(theme, level_of),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::profile::{ColorDepth, Profile};

    #[test]
    fn bars_scale_to_eighths_of_the_largest() {
        assert_eq!(eighths(Decimal::from(50), Decimal::from(100), 4), 16);
        assert_eq!(eighths(Decimal::from(100), Decimal::from(100), 4), 32);
        assert_eq!(eighths(Decimal::ONE, Decimal::ZERO, 4), 0);
    }

    #[test]
    fn a_sparkline_has_a_cell_per_month_and_shows_small_months() {
        let ascii = Theme::new(Profile {
            colors: ColorDepth::Mono,
            ascii: true,
        });
        let months = [0, 1, 50, 100].map(Decimal::from);
        assert_eq!(sparkline(&ascii, &months), " _=#");
    }
}
