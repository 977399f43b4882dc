//! Semantic styles and symbols, mapped per terminal profile. Room: tui.
//! Screens ask for a [`Role`] ("selected", "error"), never for a colour, and take borders and
//! glyphs from [`Theme::symbols`], never from literals, so one screen looks right on a
//! truecolor xterm and on a monochrome VT100. Rules per colour depth:
//! - mono: only reverse, bold, underline and dim — no colour at all;
//! - 16 colours: only the 8 basic colours (`Black` … `Gray`), brighter ones via bold;
//! - 256 colours and truecolor: the same richer palette, as indexed or RGB colours.

use std::borrow::Cow;

use deunicode::deunicode_with_tofu_cow;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::{bar, border, line, scrollbar};

use super::profile::{ColorDepth, Profile};

/// What a piece of the screen means; the theme decides how that looks on this terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Plain text.
    Normal,
    /// The selected row of a list or table, the focused button.
    Selected,
    /// Column headers.
    Header,
    /// Screen and block titles.
    Title,
    /// Secondary text: timestamps, hints, disabled entries.
    Muted,
    /// Validation and error messages.
    Error,
    /// Success messages.
    Ok,
    /// Warnings: overdue follow-ups, stock below reorder point.
    Warning,
    /// Key names in the bottom key legend and in help.
    KeyHint,
    /// Block borders and separators.
    Border,
    /// Editable form fields.
    Input,
    /// Emphasis inside text: search matches, the field under the cursor.
    Highlight,
}

/// Borders and glyphs for one profile. ASCII glyphs may be wider than their Unicode
/// counterparts (`...` is three columns, `…` one): measure them, don't assume one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbols {
    /// For `Block::border_set`.
    pub border: border::Set<'static>,
    /// For lines, separators and trees drawn by hand.
    pub line: line::Set<'static>,
    /// For `BarChart::bar_set` and sparklines.
    pub bar_set: bar::Set<'static>,
    /// For vertical `Scrollbar::symbols`.
    pub scrollbar: scrollbar::Set<'static>,
    /// Marks the selected row (`List::highlight_symbol`): `>` or `▶`.
    pub selection: &'static str,
    /// Marks truncated text: `...` or `…`.
    pub ellipsis: &'static str,
    /// One filled cell of a hand-drawn bar: `#` or `█`.
    pub bar: &'static str,
    /// One empty cell of a hand-drawn bar: `.` or `░`.
    pub bar_empty: &'static str,
    /// A check mark: `x` or `✓`.
    pub check: &'static str,
    /// A list bullet: `*` or `•`.
    pub bullet: &'static str,
    /// An expanded tree node: `-` or `▾`.
    pub expanded: &'static str,
    /// A collapsed tree node: `+` or `▸`.
    pub collapsed: &'static str,
}

const ASCII_SYMBOLS: Symbols = Symbols {
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
    line: line::Set {
        vertical: "|",
        horizontal: "-",
        top_right: "+",
        top_left: "+",
        bottom_right: "+",
        bottom_left: "+",
        vertical_left: "+",
        vertical_right: "+",
        horizontal_down: "+",
        horizontal_up: "+",
        cross: "+",
    },
    bar_set: bar::Set {
        full: "#",
        seven_eighths: "#",
        three_quarters: "#",
        five_eighths: "#",
        half: "=",
        three_eighths: "=",
        one_quarter: "_",
        one_eighth: "_",
        empty: " ",
    },
    scrollbar: scrollbar::Set {
        track: "|",
        thumb: "#",
        begin: "^",
        end: "v",
    },
    selection: ">",
    ellipsis: "...",
    bar: "#",
    bar_empty: ".",
    check: "x",
    bullet: "*",
    expanded: "-",
    collapsed: "+",
};

const UNICODE_SYMBOLS: Symbols = Symbols {
    border: border::PLAIN,
    line: line::NORMAL,
    bar_set: bar::NINE_LEVELS,
    scrollbar: scrollbar::VERTICAL,
    selection: "▶",
    ellipsis: "…",
    bar: "█",
    bar_empty: "░",
    check: "✓",
    bullet: "•",
    expanded: "▾",
    collapsed: "▸",
};

/// Styles and symbols for one terminal profile. Cheap to copy; one per session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Theme {
    profile: Profile,
}

impl Theme {
    /// The theme for a terminal profile.
    pub fn new(profile: Profile) -> Theme {
        Theme { profile }
    }

    /// The profile this theme maps to.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The style for a role. Mono styles carry no colour; 16-colour styles only the 8 basic
    /// colours; 256-colour styles indexed colours; truecolor styles RGB colours.
    pub fn style(&self, role: Role) -> Style {
        match self.profile.colors {
            ColorDepth::Mono => mono(role),
            ColorDepth::Ansi16 => basic(role),
            ColorDepth::Ansi256 => rich(role, Color::Indexed),
            ColorDepth::TrueColor => rich(role, |n| {
                let (r, g, b) = indexed_to_rgb(n);
                Color::Rgb(r, g, b)
            }),
        }
    }

    /// Borders and glyphs: ASCII in ASCII profiles, Unicode line drawing otherwise.
    pub fn symbols(&self) -> &'static Symbols {
        if self.profile.ascii {
            &ASCII_SYMBOLS
        } else {
            &UNICODE_SYMBOLS
        }
    }

    /// Text as this terminal can show it: transliterated to ASCII in ASCII profiles
    /// (umlauts and ß as German writes them: "Müller" → "Mueller", "Straße" → "Strasse"; then
    /// deunicode: "€" → "EUR"; `?` where it knows no
    /// spelling), unchanged otherwise. Borrows when nothing changes.
    pub fn text<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if !self.profile.ascii {
            return Cow::Borrowed(s);
        }
        match super::ascii::german_letters(s) {
            Cow::Borrowed(s) => deunicode_with_tofu_cow(s, "?"),
            Cow::Owned(s) => Cow::Owned(deunicode_with_tofu_cow(&s, "?").into_owned()),
        }
    }
}

const fn mods(m: Modifier) -> Style {
    Style::new().add_modifier(m)
}

fn mono(role: Role) -> Style {
    match role {
        // A VT100 has no dim: muted text is plain.
        Role::Normal | Role::Border | Role::Muted => Style::new(),
        Role::Selected | Role::KeyHint => mods(Modifier::REVERSED),
        Role::Header | Role::Input => mods(Modifier::UNDERLINED),
        Role::Title | Role::Ok | Role::Highlight => mods(Modifier::BOLD),
        Role::Error => mods(Modifier::BOLD.union(Modifier::REVERSED)),
        Role::Warning => mods(Modifier::BOLD.union(Modifier::UNDERLINED)),
    }
}

fn basic(role: Role) -> Style {
    let s = Style::new();
    match role {
        Role::Normal => s,
        Role::Selected => s.fg(Color::Black).bg(Color::Cyan),
        Role::Header => s.fg(Color::Yellow).add_modifier(Modifier::BOLD),
        Role::Title | Role::KeyHint => s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
        Role::Muted => s.add_modifier(Modifier::DIM),
        Role::Error => s.fg(Color::Red).add_modifier(Modifier::BOLD),
        Role::Ok => s.fg(Color::Green),
        Role::Warning => s.fg(Color::Yellow),
        Role::Border => s.fg(Color::Blue),
        Role::Input => s.add_modifier(Modifier::UNDERLINED),
        Role::Highlight => s.fg(Color::Black).bg(Color::Yellow),
    }
}

/// The 256-colour palette; `color` turns an xterm palette index into the profile's colour.
fn rich(role: Role, color: impl Fn(u8) -> Color) -> Style {
    let (fg, bg, modifier) = match role {
        Role::Normal => (None, None, Modifier::empty()),
        Role::Selected => (Some(231), Some(24), Modifier::BOLD),
        Role::Header => (Some(214), None, Modifier::BOLD),
        Role::Title => (Some(45), None, Modifier::BOLD),
        Role::Muted => (Some(245), None, Modifier::empty()),
        Role::Error => (Some(203), None, Modifier::BOLD),
        Role::Ok => (Some(77), None, Modifier::empty()),
        Role::Warning => (Some(220), None, Modifier::empty()),
        Role::KeyHint => (Some(81), None, Modifier::BOLD),
        Role::Border => (Some(240), None, Modifier::empty()),
        Role::Input => (None, Some(236), Modifier::UNDERLINED),
        Role::Highlight => (Some(16), Some(220), Modifier::empty()),
    };
    let mut style = Style::new().add_modifier(modifier);
    if let Some(n) = fg {
        style = style.fg(color(n));
    }
    if let Some(n) = bg {
        style = style.bg(color(n));
    }
    style
}

/// The RGB value of an xterm palette index (the default xterm colours for 0–15).
pub(crate) fn indexed_to_rgb(n: u8) -> (u8, u8, u8) {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match n {
        0..=15 => BASIC[usize::from(n)],
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let i = n - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        232..=255 => {
            let v = 8 + 10 * (n - 232);
            (v, v, v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLES: [Role; 12] = [
        Role::Normal,
        Role::Selected,
        Role::Header,
        Role::Title,
        Role::Muted,
        Role::Error,
        Role::Ok,
        Role::Warning,
        Role::KeyHint,
        Role::Border,
        Role::Input,
        Role::Highlight,
    ];

    fn theme(colors: ColorDepth, ascii: bool) -> Theme {
        Theme::new(Profile { colors, ascii })
    }

    #[test]
    fn mono_has_no_colours_and_only_reverse_bold_and_underline() {
        let allowed = Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED;
        for role in ROLES {
            let style = theme(ColorDepth::Mono, true).style(role);
            assert_eq!((style.fg, style.bg), (None, None), "{role:?}");
            assert!(allowed.contains(style.add_modifier), "{role:?}");
        }
        let selected = theme(ColorDepth::Mono, true).style(Role::Selected);
        assert_ne!(selected, Style::new());
    }

    #[test]
    fn sixteen_colours_use_only_the_basic_eight() {
        let basic = [
            Color::Black,
            Color::Red,
            Color::Green,
            Color::Yellow,
            Color::Blue,
            Color::Magenta,
            Color::Cyan,
            Color::Gray,
        ];
        for role in ROLES {
            let style = theme(ColorDepth::Ansi16, false).style(role);
            for color in [style.fg, style.bg].into_iter().flatten() {
                assert!(basic.contains(&color), "{role:?}: {color:?}");
            }
        }
    }

    #[test]
    fn rich_profiles_use_indexed_and_rgb() {
        let indexed = theme(ColorDepth::Ansi256, false).style(Role::Error);
        assert_eq!(indexed.fg, Some(Color::Indexed(203)));
        let rgb = theme(ColorDepth::TrueColor, false).style(Role::Error);
        assert_eq!(rgb.fg, Some(Color::Rgb(255, 95, 95)));
    }

    #[test]
    fn palette_to_rgb() {
        assert_eq!(indexed_to_rgb(1), (205, 0, 0));
        assert_eq!(indexed_to_rgb(16), (0, 0, 0));
        assert_eq!(indexed_to_rgb(231), (255, 255, 255));
        assert_eq!(indexed_to_rgb(24), (0, 95, 135));
        assert_eq!(indexed_to_rgb(232), (8, 8, 8));
        assert_eq!(indexed_to_rgb(255), (238, 238, 238));
    }

    #[test]
    fn ascii_symbols_are_ascii() {
        let s = theme(ColorDepth::Mono, true).symbols();
        let b = &s.border;
        let all = [
            b.top_left,
            b.top_right,
            b.bottom_left,
            b.bottom_right,
            b.vertical_left,
            b.vertical_right,
            b.horizontal_top,
            b.horizontal_bottom,
            s.line.cross,
            s.bar_set.full,
            s.scrollbar.thumb,
            s.selection,
            s.ellipsis,
            s.bar,
            s.bar_empty,
            s.check,
            s.bullet,
            s.expanded,
            s.collapsed,
        ];
        assert!(all.iter().all(|g| g.is_ascii()));
        assert_eq!(
            (s.selection, s.ellipsis, s.bar, s.check),
            (">", "...", "#", "x")
        );
        let u = theme(ColorDepth::Ansi256, false).symbols();
        assert_eq!(
            (u.selection, u.ellipsis, u.bar, u.check),
            ("▶", "…", "█", "✓")
        );
        assert_eq!(u.border.top_left, "┌");
    }

    #[test]
    fn text_is_transliterated_only_in_ascii_profiles() {
        let ascii = theme(ColorDepth::Mono, true);
        assert_eq!(ascii.text("Müller"), "Mueller");
        assert_eq!(ascii.text("Straße"), "Strasse");
        assert_eq!(ascii.text("€"), "EUR");
        assert!(matches!(ascii.text("plain"), Cow::Borrowed("plain")));
        let unicode = theme(ColorDepth::TrueColor, false);
        assert!(matches!(unicode.text("Müller"), Cow::Borrowed("Müller")));
    }
}
