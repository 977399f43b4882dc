//! The output backend: ratatui's [`Backend`] over any [`Write`], writing its own escape
//! sequences per terminal profile. Room: tui.
//! Why our own: crossterm writes even the 16 basic colours as 256-colour codes, and a VT100
//! understands only the basics. Rules:
//! - colours per [`ColorDepth`]: mono writes no colour code at all (only SGR 0, 1, 2, 4, 7);
//!   16 colours `30–37`/`40–47` with bright foregrounds via bold; 256 colours `38;5;n`;
//!   truecolor `38;2;r;g;b`;
//! - in ASCII profiles every cell becomes exactly one printable ASCII character per column
//!   it covers (see [`ascii_cell`]), so layout never shifts; control characters never reach
//!   the terminal in any profile (symbols holding escape sequences are not passed through);
//! - thin links: the size is fixed (set at construction, changed by [`SgrBackend::resize`],
//!   never queried from a tty); cursor moves only when output is not contiguous, SGR only
//!   when the style changes, and the screen is cleared only when asked;
//! - rows that moved are scrolled, not redrawn: the backend keeps what the terminal shows
//!   (once it knows: after entering the screen or a clear) and lets [`super::scroll`] find a
//!   band of rows the next frame moved, which the terminal then shifts itself.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier};

use super::ascii::ascii_cell;
use super::profile::{ColorDepth, Profile};
use super::scroll;
use super::theme::indexed_to_rgb;

/// Frames that change fewer cells than this many rows' worth are drawn as they come:
/// scrolling only pays when much of the screen changed.
const ROWS_BEFORE_LOOKING_FOR_A_SCROLL: usize = 3;

/// A colour as it goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Paint {
    /// The terminal's default colour (`39`/`49`).
    Default,
    /// A palette entry 0–15 written as `30+n` or, from 8, `90+n-8` (`40+n`/`100+n-8` for bg).
    Named(u8),
    /// `38;5;n`.
    Indexed(u8),
    /// `38;2;r;g;b`.
    Rgb(u8, u8, u8),
}

/// The graphic rendition the terminal is in (or is to be put in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sgr {
    modifier: Modifier,
    fg: Paint,
    bg: Paint,
}

const PLAIN: Sgr = Sgr {
    modifier: Modifier::empty(),
    fg: Paint::Default,
    bg: Paint::Default,
};

/// The only attributes a mono profile writes: bold, underline and reverse (dim, italic,
/// blink and the rest are dropped, whatever a widget asked for).
const MONO_ATTRIBUTES: Modifier = Modifier::BOLD
    .union(Modifier::UNDERLINED)
    .union(Modifier::REVERSED);

/// SGR parameter of each attribute.
const ATTRIBUTES: [(Modifier, u8); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

/// A ratatui backend writing profile-specific escape sequences to `W`.
/// Output is buffered until [`Backend::flush`] (which `Terminal::draw` calls once per frame)
/// and counted in [`SgrBackend::bytes_written`]. Dropping the backend flushes what is left.
#[derive(Debug)]
pub struct SgrBackend<W: Write> {
    writer: W,
    out: Vec<u8>,
    profile: Profile,
    size: Size,
    /// Where the terminal's cursor is; `None` when unknown (after the last column, say).
    cursor: Option<Position>,
    /// Whether the cursor is visible; `None` when unknown.
    cursor_visible: Option<bool>,
    /// What the terminal shows, as far as this backend wrote it; `None` when unknown.
    screen: Option<Buffer>,
    bytes_written: u64,
}

impl<W: Write> SgrBackend<W> {
    /// A backend for a terminal of `width`×`height` cells with the given profile.
    pub fn new(writer: W, profile: Profile, width: u16, height: u16) -> SgrBackend<W> {
        SgrBackend {
            writer,
            out: Vec::with_capacity(4096),
            profile,
            size: Size::new(width, height),
            cursor: None,
            cursor_visible: None,
            screen: None,
            bytes_written: 0,
        }
    }

    /// Sets the size reported to ratatui (the SSH window-change or SIGWINCH size). Follow
    /// with `Terminal::resize` so the next frame is laid out and drawn anew.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Size::new(width, height);
        self.cursor = None;
        self.screen = None;
    }

    /// The profile output is written for.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// Changes the profile; follow with `Terminal::clear` to repaint in the new one.
    pub fn set_profile(&mut self, profile: Profile) {
        self.profile = profile;
    }

    /// Bytes handed to the writer so far (buffered output counts once flushed).
    pub fn bytes_written(&self) -> u64 {
        self.bytes_written
    }

    /// The writer, e.g. to take the bytes of a frame out of a `Vec<u8>`.
    pub fn writer(&self) -> &W {
        &self.writer
    }

    /// The writer, mutably.
    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.writer
    }

    /// Switches to the alternate screen, hides the cursor and clears the screen (terminals
    /// without an alternate screen, such as a VT100, would otherwise keep the shell's text).
    /// Flushes.
    pub fn enter_screen(&mut self) -> io::Result<()> {
        self.out
            .extend_from_slice(b"\x1b[?1049h\x1b[?25l\x1b[0m\x1b[H\x1b[2J");
        self.cursor = Some(Position::ORIGIN);
        self.cursor_visible = Some(false);
        self.screen = Some(self.blank_screen());
        Backend::flush(self)
    }

    /// Resets attributes, puts the cursor on the last row, shows it and leaves the alternate
    /// screen. Flushes. Safe to call more than once (on error and on panic paths).
    pub fn leave_screen(&mut self) -> io::Result<()> {
        self.out.extend_from_slice(b"\x1b[0m");
        self.cup(Position::new(0, self.size.height.saturating_sub(1)))?;
        self.out.extend_from_slice(b"\x1b[?25h\x1b[?1049l");
        self.cursor = None;
        self.screen = None;
        self.cursor_visible = Some(true);
        Backend::flush(self)
    }

    /// Erases the whole screen and homes the cursor; for the explicit repaint (Ctrl-L) only.
    /// The `Terminal` must also forget what it drew: call `Terminal::clear` afterwards (which
    /// on its own clears the viewport) so the next draw repaints every cell. Flushes.
    pub fn clear_all(&mut self) -> io::Result<()> {
        self.out.extend_from_slice(b"\x1b[0m\x1b[H\x1b[2J");
        self.cursor = Some(Position::ORIGIN);
        self.screen = Some(self.blank_screen());
        Backend::flush(self)
    }

    /// Rings the terminal bell (BEL) and flushes; refused scans and invalid keys use it.
    pub fn bell(&mut self) -> io::Result<()> {
        self.out.push(0x07);
        Backend::flush(self)
    }

    /// An empty screen of the current size.
    fn blank_screen(&self) -> Buffer {
        Buffer::empty(Rect::new(0, 0, self.size.width, self.size.height))
    }

    /// Writes cells where they go; every draw starts and ends in the plain rendition, so
    /// nothing else written (clears erase with the current background) inherits a colour.
    fn write_cells<'a>(
        &mut self,
        cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
    ) -> io::Result<()> {
        let mut sgr = PLAIN;
        for (x, y, cell) in cells {
            self.move_to(Position::new(x, y))?;
            let next = self.sgr_of(cell);
            self.write_sgr(sgr, next)?;
            sgr = next;
            let advanced = self.put_symbol(cell.symbol());
            let end = x.saturating_add(advanced);
            // After the last column the cursor is in a pending wrap that terminals treat
            // differently: call it unknown, so the next move is absolute.
            self.cursor = (end < self.size.width).then_some(Position::new(end, y));
        }
        self.write_sgr(sgr, PLAIN)
    }

    /// Draws the cells that take `screen` to `screen` with `cells` on it, scrolling first
    /// when that spares rows (looked for only when many cells change: the screen is copied
    /// for it); returns the screen as it is then.
    fn draw_over(&mut self, mut screen: Buffer, cells: &[(u16, u16, Cell)]) -> io::Result<Buffer> {
        let put = |buffer: &mut Buffer| {
            for (x, y, cell) in cells {
                buffer[(*x, *y)] = cell.clone();
            }
        };
        let as_given = cells.iter().map(|(x, y, cell)| (*x, *y, cell));
        if cells.len() < ROWS_BEFORE_LOOKING_FOR_A_SCROLL * usize::from(self.size.width) {
            put(&mut screen);
            self.write_cells(as_given)?;
            return Ok(screen);
        }
        let mut next = screen.clone();
        put(&mut next);
        match scroll::find(&screen, &next) {
            Some(shift) => {
                self.out.extend_from_slice(&shift.sequence());
                self.cursor = Some(Position::ORIGIN);
                shift.apply(&mut screen);
                self.write_cells(screen.diff(&next).into_iter())?;
            }
            None => self.write_cells(as_given)?,
        }
        Ok(next)
    }

    /// Erases in the model of the screen what a clear of `clear_type` erases on the terminal;
    /// a partial clear of a screen not known, or at a cursor not known, leaves it unknown.
    fn forget(&mut self, clear_type: ClearType) {
        let whole = clear_type == ClearType::All
            || (clear_type == ClearType::AfterCursor && self.cursor == Some(Position::ORIGIN));
        if whole {
            self.screen = Some(self.blank_screen());
            return;
        }
        let (Some(at), Some(screen)) = (self.cursor, self.screen.as_mut()) else {
            self.screen = None;
            return;
        };
        let width = usize::from(self.size.width);
        let here = usize::from(at.y) * width + usize::from(at.x);
        let row = usize::from(at.y) * width;
        let erased = match clear_type {
            ClearType::All => 0..screen.content.len(),
            ClearType::AfterCursor => here..screen.content.len(),
            ClearType::BeforeCursor => 0..here + 1,
            ClearType::CurrentLine => row..row + width,
            ClearType::UntilNewLine => here..row + width,
        };
        let end = erased.end.min(screen.content.len());
        screen.content[erased.start.min(end)..end].fill(Cell::EMPTY);
    }

    /// The rendition a cell is drawn in on this profile.
    fn sgr_of(&self, cell: &Cell) -> Sgr {
        let depth = self.profile.colors;
        let mut modifier = if depth == ColorDepth::Mono {
            cell.modifier & MONO_ATTRIBUTES
        } else {
            cell.modifier
        };
        let fg = paint(cell.fg, depth);
        let bg = paint(cell.bg, depth);
        // 16 colours: bright foregrounds are the basic ones in bold; backgrounds stay basic.
        let fg = match fg {
            Paint::Named(n) if depth == ColorDepth::Ansi16 && n >= 8 => {
                modifier |= Modifier::BOLD;
                Paint::Named(n - 8)
            }
            other => other,
        };
        let bg = match bg {
            Paint::Named(n) if depth == ColorDepth::Ansi16 => Paint::Named(n % 8),
            other => other,
        };
        Sgr { modifier, fg, bg }
    }

    /// Writes the SGR sequence that takes the terminal from `from` to `to`, if any.
    fn write_sgr(&mut self, from: Sgr, to: Sgr) -> io::Result<()> {
        if from == to {
            return Ok(());
        }
        // Turning an attribute off needs a reset and re-adding the rest (mono allows no
        // other parameters); otherwise take whichever of the two is shorter.
        let reset = sgr_params(PLAIN, to, true)?;
        let params = if to.modifier.contains(from.modifier) {
            let incremental = sgr_params(from, to, false)?;
            if incremental.len() <= reset.len() {
                incremental
            } else {
                reset
            }
        } else {
            reset
        };
        self.out.extend_from_slice(b"\x1b[");
        self.out.extend_from_slice(&params);
        self.out.push(b'm');
        Ok(())
    }

    /// Moves the cursor to `to` by the shortest sequence, unless it is already there.
    fn move_to(&mut self, to: Position) -> io::Result<()> {
        match self.cursor {
            Some(at) if at == to => Ok(()),
            Some(at) if at.y == to.y && to.x > at.x => {
                match to.x - at.x {
                    1 => self.out.extend_from_slice(b"\x1b[C"),
                    n => write!(self.out, "\x1b[{n}C")?,
                }
                self.cursor = Some(to);
                Ok(())
            }
            _ => self.cup(to),
        }
    }

    /// CUP, with the parameters a VT100 lets us leave out left out.
    fn cup(&mut self, to: Position) -> io::Result<()> {
        let (row, col) = (u32::from(to.y) + 1, u32::from(to.x) + 1);
        match (row, col) {
            (1, 1) => self.out.extend_from_slice(b"\x1b[H"),
            (row, 1) => write!(self.out, "\x1b[{row}H")?,
            (row, col) => write!(self.out, "\x1b[{row};{col}H")?,
        }
        self.cursor = Some(to);
        Ok(())
    }

    /// Writes one cell's symbol at the cursor and returns the columns the cursor advanced.
    fn put_symbol(&mut self, symbol: &str) -> u16 {
        // `cell_width` asserts (in debug builds) that a one-byte symbol is no control.
        let width = if symbol.len() == 1 {
            1
        } else {
            symbol.cell_width()
        };
        let safe = !symbol.chars().any(char::is_control);
        if safe && (!self.profile.ascii || symbol.is_ascii()) {
            self.out.extend_from_slice(symbol.as_bytes());
            return width;
        }
        let width = width.max(1);
        let c = if safe { ascii_cell(symbol) } else { '?' };
        let mut bytes = [0u8; 4];
        self.out
            .extend_from_slice(c.encode_utf8(&mut bytes).as_bytes());
        self.out
            .extend(std::iter::repeat_n(b' ', usize::from(width - 1)));
        width
    }
}

/// The SGR parameters from `base` to `to`, after a reset (`0`) when `reset`.
fn sgr_params(base: Sgr, to: Sgr, reset: bool) -> io::Result<Vec<u8>> {
    let mut params: Vec<u8> = Vec::with_capacity(24);
    if reset {
        params.push(b'0');
    }
    for (flag, code) in ATTRIBUTES {
        if to.modifier.contains(flag) && !base.modifier.contains(flag) {
            push_param(&mut params, format_args!("{code}"))?;
        }
    }
    if to.fg != base.fg {
        push_paint(&mut params, to.fg, 30)?;
    }
    if to.bg != base.bg {
        push_paint(&mut params, to.bg, 40)?;
    }
    Ok(params)
}

/// Appends one SGR parameter to a `;`-separated list.
fn push_param(params: &mut Vec<u8>, value: std::fmt::Arguments<'_>) -> io::Result<()> {
    if !params.is_empty() {
        params.push(b';');
    }
    params.write_fmt(value)
}

/// Appends a colour's parameters; `base` is 30 for foreground, 40 for background.
fn push_paint(params: &mut Vec<u8>, paint: Paint, base: u8) -> io::Result<()> {
    let extended = base + 8;
    match paint {
        Paint::Default => push_param(params, format_args!("{}", base + 9)),
        Paint::Named(n) if n < 8 => push_param(params, format_args!("{}", base + n)),
        Paint::Named(n) => push_param(params, format_args!("{}", base + 60 + n - 8)),
        Paint::Indexed(n) => push_param(params, format_args!("{extended};5;{n}")),
        Paint::Rgb(r, g, b) => push_param(params, format_args!("{extended};2;{r};{g};{b}")),
    }
}

/// A ratatui colour as this colour depth writes it (before the 16-colour bold fold).
fn paint(color: Color, depth: ColorDepth) -> Paint {
    let named = match color {
        Color::Reset => return Paint::Default,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(n) if n < 16 => n,
        Color::Indexed(n) => match depth {
            ColorDepth::Mono => return Paint::Default,
            ColorDepth::Ansi16 => nearest(indexed_to_rgb(n), 0..=15),
            ColorDepth::Ansi256 | ColorDepth::TrueColor => return Paint::Indexed(n),
        },
        Color::Rgb(r, g, b) => match depth {
            ColorDepth::Mono => return Paint::Default,
            ColorDepth::Ansi16 => nearest((r, g, b), 0..=15),
            ColorDepth::Ansi256 => return Paint::Indexed(nearest((r, g, b), 16..=255)),
            ColorDepth::TrueColor => return Paint::Rgb(r, g, b),
        },
    };
    if depth == ColorDepth::Mono {
        Paint::Default
    } else {
        Paint::Named(named)
    }
}

/// The palette index in `candidates` closest to `rgb` (squared RGB distance).
fn nearest(rgb: (u8, u8, u8), candidates: std::ops::RangeInclusive<u8>) -> u8 {
    let distance = |n: u8| {
        let (r, g, b) = indexed_to_rgb(n);
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, rgb.0) + d(g, rgb.1) + d(b, rgb.2)
    };
    let start = *candidates.start();
    candidates.min_by_key(|&n| distance(n)).unwrap_or(start)
}

impl<W: Write> Backend for SgrBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let size = self.size;
        let inside = content.filter(|(x, y, _)| *x < size.width && *y < size.height);
        let Some(screen) = self.screen.take() else {
            return self.write_cells(inside);
        };
        let cells: Vec<(u16, u16, Cell)> =
            inside.map(|(x, y, cell)| (x, y, cell.clone())).collect();
        self.screen = Some(self.draw_over(screen, &cells)?);
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(false) {
            self.out.extend_from_slice(b"\x1b[?25l");
            self.cursor_visible = Some(false);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(true) {
            self.out.extend_from_slice(b"\x1b[?25h");
            self.cursor_visible = Some(true);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor.unwrap_or(Position::ORIGIN))
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.move_to(position.into())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.forget(clear_type);
        let sequence: &[u8] = match clear_type {
            ClearType::All => b"\x1b[2J",
            ClearType::AfterCursor => b"\x1b[J",
            ClearType::BeforeCursor => b"\x1b[1J",
            ClearType::CurrentLine => b"\x1b[2K",
            ClearType::UntilNewLine => b"\x1b[K",
        };
        self.out.extend_from_slice(sequence);
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::new(0, 0),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.out.is_empty() {
            let result = self.writer.write_all(&self.out);
            if result.is_ok() {
                self.bytes_written += self.out.len() as u64;
            }
            // A writer that failed is gone (a closed channel): never grow without bound.
            self.out.clear();
            result?;
        }
        self.writer.flush()
    }
}

impl<W: Write> Drop for SgrBackend<W> {
    fn drop(&mut self) {
        // Best effort: `Terminal`'s drop shows the cursor through us just before this.
        let _ = Backend::flush(self);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::Style;

    use super::*;

    fn backend(colors: ColorDepth, ascii: bool) -> SgrBackend<Vec<u8>> {
        SgrBackend::new(Vec::new(), Profile { colors, ascii }, 20, 4)
    }

    fn drawn(colors: ColorDepth, ascii: bool, cells: &[(u16, u16, Cell)]) -> String {
        let mut b = backend(colors, ascii);
        b.cursor = Some(Position::ORIGIN);
        b.draw(cells.iter().map(|(x, y, c)| (*x, *y, c))).unwrap();
        Backend::flush(&mut b).unwrap();
        String::from_utf8(b.writer().clone()).unwrap()
    }

    fn cell(symbol: &str, style: Style) -> Cell {
        let mut c = Cell::new("");
        c.set_symbol(symbol).set_style(style);
        c
    }

    #[test]
    fn contiguous_cells_share_moves_and_styles() {
        let red = Style::new().fg(Color::Red);
        let cells = [
            (0, 0, cell("a", red)),
            (1, 0, cell("b", red)),
            (5, 0, cell("c", Style::new())),
            (0, 2, cell("d", Style::new())),
        ];
        let out = drawn(ColorDepth::Ansi16, false, &cells);
        assert_eq!(out, "\x1b[31mab\x1b[3C\x1b[0mc\x1b[3Hd");
    }

    #[test]
    fn colours_per_depth() {
        let style = Style::new().fg(Color::Rgb(255, 0, 0)).bg(Color::LightBlue);
        let cells = [(0, 0, cell("x", style))];
        let out = |depth| drawn(depth, false, &cells);
        assert_eq!(out(ColorDepth::TrueColor), "\x1b[38;2;255;0;0;104mx\x1b[0m");
        assert_eq!(out(ColorDepth::Ansi256), "\x1b[38;5;196;104mx\x1b[0m");
        assert_eq!(out(ColorDepth::Ansi16), "\x1b[1;31;44mx\x1b[0m");
        assert_eq!(out(ColorDepth::Mono), "x");
    }

    #[test]
    fn mono_keeps_reverse_and_drops_the_rest() {
        let style = Style::new()
            .fg(Color::Indexed(200))
            .bg(Color::Blue)
            .add_modifier(Modifier::REVERSED | Modifier::ITALIC);
        let out = drawn(ColorDepth::Mono, false, &[(0, 0, cell("x", style))]);
        assert_eq!(out, "\x1b[7mx\x1b[0m");
    }

    #[test]
    fn removing_an_attribute_resets() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let cells = [(0, 0, cell("a", bold)), (1, 0, cell("b", Style::new()))];
        let out = drawn(ColorDepth::Mono, false, &cells);
        assert_eq!(out, "\x1b[1ma\x1b[0mb");
    }

    #[test]
    fn ascii_cells_fill_their_width_and_controls_never_pass() {
        let cells = [
            (0, 0, cell("┌", Style::new())),
            (1, 0, cell("北", Style::new())),
            (3, 0, cell("…", Style::new())),
        ];
        assert_eq!(drawn(ColorDepth::Mono, true, &cells), "+B .");
        let esc = [(0, 0, cell("\x1b", Style::new()))];
        assert_eq!(drawn(ColorDepth::TrueColor, false, &esc), "?");
        let clear = [(0, 0, cell("\x1b[2J", Style::new()))];
        let out = drawn(ColorDepth::TrueColor, false, &clear);
        assert!(out.starts_with('?') && !out.contains('\x1b'), "{out:?}");
    }

    #[test]
    fn cursor_commands_are_idempotent() {
        let mut b = backend(ColorDepth::Mono, false);
        b.hide_cursor().unwrap();
        b.hide_cursor().unwrap();
        b.set_cursor_position((3, 1)).unwrap();
        b.set_cursor_position((3, 1)).unwrap();
        Backend::flush(&mut b).unwrap();
        assert_eq!(b.writer().as_slice(), b"\x1b[?25l\x1b[2;4H");
        assert_eq!(b.bytes_written(), 12);
    }

    #[test]
    fn nearest_colours() {
        assert_eq!(nearest((250, 10, 10), 0..=15), 9);
        assert_eq!(nearest((0, 95, 135), 16..=255), 24);
        assert_eq!(nearest((128, 128, 128), 16..=255), 244);
    }
}
