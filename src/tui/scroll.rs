//! Scrolling instead of redrawing, for the output backend. Room: tui.
//!
//! When the next frame holds a band of the screen's rows moved up or down by a few lines —
//! a list that scrolled by a row or a page — the backend shifts them with the terminal's own
//! scroll and then draws only what the shift did not bring: a scroll region (DECSTBM), line
//! feeds at its bottom or reverse index (RI) at its top, which a VT100 already has (a line
//! feed rather than IND, which some emulators lack). Rules:
//! - only whole rows move (a scroll region spans the full width), so a band is rows equal
//!   cell for cell to rows `lines` above or below on the screen;
//! - a shift is used only when it spares drawing at least `MIN_SPARED` rows;
//! - shifts of at most half the screen; the largest saving wins, the shorter shift on a tie.

use ratatui::buffer::{Buffer, Cell};

/// Rows a shift must spare from drawing to be worth its escape sequences.
const MIN_SPARED: usize = 3;

/// A band of rows `top..=bottom` (screen rows, from 0) moved by `lines`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shift {
    pub top: u16,
    pub bottom: u16,
    pub lines: u16,
    /// Content moves up (the terminal scrolls forward, new rows at the bottom).
    pub up: bool,
}

impl Shift {
    /// The bytes that shift the terminal's rows: set the region, line feed (or reverse
    /// index) `lines` times at its bottom (top) edge, reset the region. A VT100 and every later
    /// terminal home the cursor when the region is set and reset.
    pub fn sequence(&self) -> Vec<u8> {
        let (edge, step): (u16, &[u8]) = if self.up {
            (self.bottom, b"\n")
        } else {
            (self.top, b"\x1bM")
        };
        let mut out = format!(
            "\x1b[{};{}r\x1b[{}H",
            self.top + 1,
            self.bottom + 1,
            edge + 1
        )
        .into_bytes();
        for _ in 0..self.lines {
            out.extend_from_slice(step);
        }
        out.extend_from_slice(b"\x1b[r");
        out
    }

    /// Applies the shift to `screen` as the terminal does: rows move within the band and the
    /// rows it opens are blank.
    pub fn apply(&self, screen: &mut Buffer) {
        let width = usize::from(screen.area.width);
        let (top, bottom, lines) = (
            usize::from(self.top),
            usize::from(self.bottom),
            usize::from(self.lines),
        );
        let step = lines * width;
        let blank = if self.up {
            let moved = top * width..(bottom + 1 - lines) * width;
            for at in moved.clone() {
                screen.content[at] = screen.content[at + step].clone();
            }
            moved.end..(bottom + 1) * width
        } else {
            let moved = (top + lines) * width..(bottom + 1) * width;
            for at in moved.rev() {
                screen.content[at] = screen.content[at - step].clone();
            }
            top * width..(top + lines) * width
        };
        screen.content[blank].fill(Cell::EMPTY);
    }
}

/// The shift that spares the most drawing on the way from `screen` to `next` (same size),
/// if any spares at least `MIN_SPARED` rows. Rows are compared cell for cell; a pair that
/// differs mostly does so within its first cells.
pub(super) fn find(screen: &Buffer, next: &Buffer) -> Option<Shift> {
    if screen.area != next.area || screen.area.width == 0 {
        return None;
    }
    let width = usize::from(screen.area.width);
    let now: Vec<&[Cell]> = screen.content.chunks(width).collect();
    let then: Vec<&[Cell]> = next.content.chunks(width).collect();
    let height = now.len();
    let mut best: Option<(usize, Shift)> = None;
    for lines in 1..=height / 2 {
        for up in [true, false] {
            // Rows of `next` whose content is `lines` rows below (up) or above on the screen.
            let source = |y: usize| if up { y + lines } else { y.wrapping_sub(lines) };
            let mut run: Option<(usize, usize)> = None;
            for y in 0..=height {
                let moved = y < height && source(y) < height && then[y] == now[source(y)];
                if moved {
                    let (start, spared) = run.unwrap_or((y, 0));
                    run = Some((start, spared + usize::from(then[y] != now[y])));
                    continue;
                }
                if let Some((start, spared)) = run.take() {
                    let better = best.is_none_or(|(most, _)| spared > most);
                    if spared >= MIN_SPARED && better {
                        best = Some((spared, band(start, y - 1, lines, up)));
                    }
                }
            }
        }
    }
    best.map(|(_, shift)| shift)
}

/// The region that moves rows `first..=last` of the next frame into place.
fn band(first: usize, last: usize, lines: usize, up: bool) -> Shift {
    let (top, bottom) = if up {
        (first, last + lines)
    } else {
        (first - lines, last)
    };
    let row = |y: usize| u16::try_from(y).unwrap_or(u16::MAX);
    Shift {
        top: row(top),
        bottom: row(bottom),
        lines: row(lines),
        up,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;

    /// A 10×`rows.len()` buffer with one label per row.
    fn screen(rows: &[&str]) -> Buffer {
        let height = u16::try_from(rows.len()).unwrap_or(u16::MAX);
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, height));
        for (y, text) in (0..height).zip(rows) {
            buffer.set_string(0, y, text, ratatui::style::Style::new());
        }
        buffer
    }

    #[test]
    fn a_list_one_row_further_down_is_a_shift_up_of_its_body() {
        let now = screen(&["head", "a", "b", "c", "d", "e", "foot"]);
        let next = screen(&["head", "b", "c", "d", "e", "f", "foot"]);
        let shift = find(&now, &next).unwrap();
        assert_eq!(
            shift,
            Shift {
                top: 1,
                bottom: 5,
                lines: 1,
                up: true
            }
        );
        let mut moved = now.clone();
        shift.apply(&mut moved);
        assert_eq!(moved, screen(&["head", "b", "c", "d", "e", "", "foot"]));
        assert_eq!(shift.sequence(), b"\x1b[2;6r\x1b[6H\n\x1b[r");
    }

    #[test]
    fn a_page_back_is_a_shift_down_by_several_lines() {
        let now = screen(&["h", "e", "f", "g", "h2", "i", "j", "k", "l", "z"]);
        let next = screen(&["h", "c", "d", "e", "f", "g", "h2", "i", "j", "z"]);
        let shift = find(&now, &next).unwrap();
        assert_eq!(
            (shift.top, shift.bottom, shift.lines, shift.up),
            (1, 8, 2, false)
        );
        let mut moved = now.clone();
        shift.apply(&mut moved);
        assert_eq!(
            moved,
            screen(&["h", "", "", "e", "f", "g", "h2", "i", "j", "z"])
        );
        assert_eq!(shift.sequence(), b"\x1b[2;9r\x1b[2H\x1bM\x1bM\x1b[r");
    }

    #[test]
    fn no_shift_when_it_would_spare_too_little_or_nothing_moved() {
        let now = screen(&["a", "b", "c", "d"]);
        assert_eq!(find(&now, &now), None);
        // Two rows moved: drawing them is cheaper than a region.
        let next = screen(&["b", "c", "x", "y"]);
        assert_eq!(find(&now, &next), None);
        let blank = screen(&["", "", "", "", "", ""]);
        assert_eq!(find(&blank, &screen(&["", "", "", "", "", "x"])), None);
    }
}
