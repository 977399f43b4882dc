//! The TUI output backend (room: tui) end to end: a ratatui frame drawn through `Terminal` and
//! `SgrBackend` into bytes, fed to the `vt100` terminal emulator. Checks the SGR codes each
//! profile writes, ASCII-only output, that the emulated screen equals ratatui's buffer, and
//! the thin-link budget for moving a list selection.

use std::num::NonZeroU16;

use kontor::tui::ascii::ascii_cell;
use kontor::tui::backend::SgrBackend;
use kontor::tui::profile::{ColorDepth, Profile};
use kontor::tui::theme::{Role, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, HighlightSpacing, List, ListItem, ListState, Paragraph};
use ratatui::{Terminal, TerminalOptions, Viewport};

const WIDTH: u16 = 80;
const HEIGHT: u16 = 24;
/// Issue #4: moving the selection one row in a full-screen list writes ≤ 300 bytes.
const SELECTION_MOVE_BUDGET: usize = 300;

const VT100: Profile = Profile::VT100;
const MONO: Profile = Profile {
    colors: ColorDepth::Mono,
    ascii: false,
};
const ANSI16: Profile = Profile {
    colors: ColorDepth::Ansi16,
    ascii: false,
};
const ANSI256: Profile = Profile {
    colors: ColorDepth::Ansi256,
    ascii: false,
};
const TRUECOLOR: Profile = Profile {
    colors: ColorDepth::TrueColor,
    ascii: false,
};
const ALL: [Profile; 5] = [VT100, MONO, ANSI16, ANSI256, TRUECOLOR];

/// One session's output: what each draw wrote, and the screen they produced.
struct Run {
    /// Bytes of `enter_screen` and the first full draw.
    first: Vec<u8>,
    /// Bytes of the second draw, after the selection moved down one row.
    second: Vec<u8>,
    /// ratatui's idea of the screen after the second draw.
    buffer: Buffer,
    parser: vt100::Parser,
}

impl Run {
    fn all_bytes(&self) -> Vec<u8> {
        [self.first.as_slice(), self.second.as_slice()].concat()
    }

    fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    fn row(&self, y: u16) -> String {
        (0..WIDTH)
            .map(|x| {
                let cell = self.screen().cell(y, x).unwrap();
                match cell.contents() {
                    "" if cell.is_wide_continuation() => String::new(),
                    "" => " ".to_string(),
                    s => s.to_string(),
                }
            })
            .collect()
    }
}

fn view(frame: &mut ratatui::Frame, theme: &Theme, selected: usize) {
    let symbols = theme.symbols();
    let block = Block::bordered()
        .border_set(symbols.border)
        .border_style(theme.style(Role::Border))
        .title(Line::from(vec![
            Span::styled(
                theme.text("Müller €").into_owned(),
                theme.style(Role::Title),
            ),
            Span::styled(" muted", theme.style(Role::Muted)),
            // Asked for outright: mono must drop it all the same.
            Span::styled(" dim", Style::new().add_modifier(Modifier::DIM)),
        ]));
    let inner = block.inner(frame.area());
    frame.render_widget(block, frame.area());
    let [list_area, message_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);

    let mut items: Vec<ListItem> = (1..=20)
        .map(|i| {
            let text = format!("Kunde {i:02}  Hauptstraße {i}  Köln  {i},50 €");
            ListItem::new(theme.text(&text).into_owned())
        })
        .collect();
    // Not passed through `Theme::text`: the backend's per-cell fallback must hold the layout.
    items.push(ListItem::new("raw: Straße ✓ █ … 北京 ┼"));
    let list = List::new(items)
        .highlight_style(theme.style(Role::Selected))
        .highlight_symbol(Line::from(format!("{} ", symbols.selection)))
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, list_area, &mut state);

    let message = Paragraph::new(theme.text("Fehler: Menge < 0").into_owned())
        .style(theme.style(Role::Error));
    frame.render_widget(message, message_area);
}

fn run(profile: Profile) -> Run {
    let theme = Theme::new(profile);
    let mut backend = SgrBackend::new(Vec::new(), profile, WIDTH, HEIGHT);
    backend.enter_screen().unwrap();
    let viewport = Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();

    terminal.draw(|frame| view(frame, &theme, 2)).unwrap();
    let first = terminal.backend().writer().clone();
    let buffer = terminal
        .draw(|frame| view(frame, &theme, 3))
        .unwrap()
        .buffer
        .clone();
    let all = terminal.backend().writer().clone();
    assert_eq!(terminal.backend().bytes_written(), all.len() as u64);
    let second = all[first.len()..].to_vec();

    let rows = NonZeroU16::new(HEIGHT).unwrap();
    let cols = NonZeroU16::new(WIDTH).unwrap();
    let mut parser = vt100::Parser::new(rows, cols, 0);
    parser.process(&all);
    Run {
        first,
        second,
        buffer,
        parser,
    }
}

/// The parameter lists of every SGR sequence (`ESC [ … m`) in `bytes`; empty means 0.
fn sgr_params(bytes: &[u8]) -> Vec<Vec<u16>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == 0x1b && bytes[i + 1] == b'[' {
            let start = i + 2;
            let mut end = start;
            while end < bytes.len() && !(0x40..=0x7e).contains(&bytes[end]) {
                end += 1;
            }
            if bytes.get(end) == Some(&b'm') {
                let text = std::str::from_utf8(&bytes[start..end]).unwrap();
                let params = text
                    .split(';')
                    .map(|p| if p.is_empty() { 0 } else { p.parse().unwrap() })
                    .collect();
                found.push(params);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// Colour parameters of one SGR list, with the arguments of 38/48 consumed.
fn colour_params(params: &[u16]) -> Vec<u16> {
    let mut colours = Vec::new();
    let mut i = 0;
    while i < params.len() {
        let p = params[i];
        match p {
            38 | 48 => {
                colours.push(p);
                i += if params.get(i + 1) == Some(&5) { 3 } else { 5 };
                continue;
            }
            30..=37 | 39..=47 | 49 | 90..=97 | 100..=107 => colours.push(p),
            _ => {}
        }
        i += 1;
    }
    colours
}

#[test]
fn every_profile_puts_ratatuis_buffer_on_the_screen() {
    for profile in ALL {
        let run = run(profile);
        for y in 0..HEIGHT {
            let expected: String = (0..WIDTH)
                .filter_map(|x| {
                    let cell = &run.buffer[(x, y)];
                    let symbol = cell.symbol();
                    let covered = x > 0 && {
                        let left = run.buffer[(x - 1, y)].symbol();
                        unicode_wide(left)
                    };
                    match (profile.ascii, covered) {
                        (false, true) => None,
                        (true, true) => Some(" ".to_string()),
                        (true, false) => Some(ascii_cell(symbol).to_string()),
                        (false, false) => Some(symbol.to_string()),
                    }
                })
                .collect();
            assert_eq!(run.row(y), expected, "{profile:?}, row {y}");
        }
    }
}

fn unicode_wide(symbol: &str) -> bool {
    ratatui::text::Span::raw(symbol).width() > 1
}

#[test]
/// Mono writes reverse, bold and underline only: no colour and no dim (SGR 2), though the
/// frame holds muted text and a span that asks for dim outright.
fn mono_writes_no_colour_codes_or_dim_but_keeps_reverse() {
    for profile in [VT100, MONO] {
        let run = run(profile);
        let params = sgr_params(&run.all_bytes());
        assert!(!params.is_empty());
        for list in &params {
            assert!(
                list.iter().all(|p| [0, 1, 4, 7].contains(p)),
                "{profile:?}: SGR {list:?}"
            );
        }
        // Row 4 (border, three rows, then the fourth: index 3) is the selected one.
        let selected = run.screen().cell(4, 5).unwrap();
        assert!(selected.inverse(), "{profile:?}");
        assert!(!run.screen().cell(3, 5).unwrap().inverse(), "{profile:?}");
    }
}

#[test]
fn sixteen_colours_write_basic_codes_only() {
    let run = run(ANSI16);
    let params = sgr_params(&run.all_bytes());
    let colours: Vec<u16> = params.iter().flat_map(|p| colour_params(p)).collect();
    assert!(colours.contains(&31), "Red is 31: {colours:?}");
    for c in &colours {
        assert!((30..=49).contains(c) && *c != 38 && *c != 48, "{c}");
    }
    let error = run.screen().cell(HEIGHT - 2, 1).unwrap();
    assert_eq!(error.fgcolor(), vt100::Color::Idx(1));
    assert!(error.bold());
}

#[test]
fn rich_profiles_write_extended_colours() {
    let params = sgr_params(&run(ANSI256).all_bytes());
    assert!(
        params
            .iter()
            .any(|p| p.starts_with(&[38, 5]) || p.contains(&38))
    );
    let run = run(TRUECOLOR);
    let selected = run.screen().cell(4, 5).unwrap();
    assert_eq!(selected.bgcolor(), vt100::Color::Rgb(0, 95, 135));
}

#[test]
fn ascii_profile_writes_only_ascii() {
    let run = run(VT100);
    let bytes = run.all_bytes();
    assert!(bytes.iter().all(|b| *b < 0x80), "non-ASCII byte in output");
    let contents = run.screen().contents();
    assert!(contents.contains("Mueller EUR"), "{contents}");
    assert!(contents.contains("Hauptstrasse"), "{contents}");
    assert!(
        run.row(0).starts_with("+Mueller EUR muted dim--"),
        "{}",
        run.row(0)
    );
    let bottom = run.row(HEIGHT - 1);
    assert_eq!(bottom, format!("+{}+", "-".repeat(usize::from(WIDTH) - 2)));
    for y in 1..HEIGHT - 1 {
        let row = run.row(y);
        assert!(row.starts_with('|') && row.ends_with('|'), "row {y}: {row}");
    }
    assert!(contents.contains("raw: Strase x # . B J  +"), "{contents}");
}

#[test]
fn unicode_profile_shows_umlauts_and_box_drawing() {
    let run = run(ANSI256);
    let contents = run.screen().contents();
    assert!(contents.contains("Müller €"), "{contents}");
    assert!(contents.contains("Hauptstraße"), "{contents}");
    assert!(run.row(0).starts_with("┌"), "{}", run.row(0));
    assert!(run.row(4).contains("▶ Kunde 04"), "{}", run.row(4));
}

#[test]
fn moving_the_selection_costs_a_few_hundred_bytes() {
    for profile in ALL {
        let run = run(profile);
        eprintln!(
            "{profile:?}: {} + {} bytes",
            run.first.len(),
            run.second.len()
        );
        assert!(run.first.len() > 1000, "{profile:?}: {}", run.first.len());
        assert!(
            run.second.len() <= SELECTION_MOVE_BUDGET,
            "{profile:?}: {} bytes",
            run.second.len()
        );
    }
}

#[test]
fn resize_changes_the_reported_size() {
    let mut backend = SgrBackend::new(Vec::new(), ANSI16, WIDTH, HEIGHT);
    backend.resize(100, 30);
    let viewport = Viewport::Fixed(Rect::new(0, 0, 100, 30));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    assert_eq!(
        terminal.size().unwrap(),
        ratatui::layout::Size::new(100, 30)
    );
    terminal.backend_mut().resize(60, 20);
    terminal.resize(Rect::new(0, 0, 60, 20)).unwrap();
    let theme = Theme::new(ANSI16);
    let frame = terminal.draw(|frame| view(frame, &theme, 0)).unwrap();
    assert_eq!(frame.area, Rect::new(0, 0, 60, 20));
}

#[test]
fn screen_helpers_write_their_sequences() {
    let mut backend = SgrBackend::new(Vec::new(), VT100, WIDTH, HEIGHT);
    backend.enter_screen().unwrap();
    backend.bell().unwrap();
    backend.clear_all().unwrap();
    backend.leave_screen().unwrap();
    let out = String::from_utf8(backend.writer().clone()).unwrap();
    assert!(out.starts_with("\x1b[?1049h\x1b[?25l"), "{out:?}");
    assert!(out.contains('\x07'));
    assert!(out.contains("\x1b[H\x1b[2J"));
    assert!(out.ends_with("\x1b[24H\x1b[?25h\x1b[?1049l"), "{out:?}");
}
