//! ASCII fallbacks for single screen cells, used by the output backend in ASCII profiles,
//! and the German spelling of umlauts and ß for whole strings. Room: tui.
//! Whole strings are transliterated before layout by `Theme::text` ("Straße" → "Strasse",
//! "Müller" → "Mueller": laid out with the width they then have), umlauts first as German
//! writes them without (`german_letters`), the rest by deunicode. `ascii_cell` is the safety
//! net at the very end: every cell that still holds a non-ASCII symbol becomes exactly one
//! printable ASCII character, so the layout never shifts by a column.

use std::borrow::Cow;

use deunicode::deunicode_char;

/// `s` with umlauts and ß written as German writes them in plain ASCII: ä → ae, Ä → Ae
/// (AE before a capital, as in "ÄRZTE" → "AERZTE"), ö → oe, ü → ue, ß → ss, ẞ → SS; other
/// characters untouched. Borrowed when there is none.
pub fn german_letters(s: &str) -> Cow<'_, str> {
    let spelled = |c: char| match c {
        'ä' => Some("ae"),
        'ö' => Some("oe"),
        'ü' => Some("ue"),
        'Ä' => Some("Ae"),
        'Ö' => Some("Oe"),
        'Ü' => Some("Ue"),
        'ß' => Some("ss"),
        'ẞ' => Some("SS"),
        _ => None,
    };
    if !s.chars().any(|c| spelled(c).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match spelled(c) {
            Some(pair) if c.is_uppercase() && chars.peek().is_some_and(|n| n.is_uppercase()) => {
                out.push_str(&pair.to_uppercase());
            }
            Some(pair) => out.push_str(pair),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The one printable ASCII character (0x20–0x7E) that stands in for a cell's symbol.
/// Box drawing (light, heavy, double, dashed, rounded) becomes `-`, `|` or `+`; block, shade
/// and bar characters `#`; `…` `.`; arrows and pointers `<` `>` `^` `v`; checks `x`; control
/// characters `?`; anything else the first character of its deunicode transliteration, or `?`.
pub fn ascii_cell(symbol: &str) -> char {
    let Some(c) = symbol.chars().next() else {
        return ' ';
    };
    if c.is_ascii() {
        return if c == ' ' || c.is_ascii_graphic() {
            c
        } else {
            '?'
        };
    }
    match c {
        '\u{2500}'..='\u{257F}' => box_drawing(c),
        '\u{2580}'..='\u{259F}' | '\u{25A0}' | '\u{25AC}' | '\u{25AE}' => '#',
        '\u{2800}' => ' ',
        '\u{2801}'..='\u{28FF}' => '.',
        '…' | '‥' | '⋯' | '·' | '∙' => '.',
        '•' | '●' | '◆' | '★' | '◉' => '*',
        '○' | '◯' | '◇' | '□' | '☐' => 'o',
        '▶' | '►' | '▸' | '▹' | '▷' | '→' | '⇒' | '❯' | '›' | '»' => '>',
        '◀' | '◄' | '◂' | '◃' | '◁' | '←' | '⇐' | '❮' | '‹' | '«' => '<',
        '▲' | '▴' | '△' | '↑' | '⇑' => '^',
        '▼' | '▾' | '▽' | '↓' | '⇓' => 'v',
        '✓' | '✔' | '☑' | '✗' | '✘' | '☒' | '×' => 'x',
        c if c.is_whitespace() => ' ',
        c if c.is_control() => '?',
        c => deunicode_char(c)
            .and_then(|s| s.chars().next())
            .filter(|t| t.is_ascii_graphic())
            .unwrap_or('?'),
    }
}

/// `-`, `|` or `+` for a character of the Box Drawing block (U+2500–U+257F).
fn box_drawing(c: char) -> char {
    match c {
        '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' | '═' | '╴' | '╶' | '╸' | '╺' | '╼' | '╾' => {
            '-'
        }
        '│' | '┃' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' | '║' | '╵' | '╷' | '╹' | '╻' | '╽' | '╿' => {
            '|'
        }
        '╱' => '/',
        '╲' => '\\',
        '╳' => 'X',
        _ => '+',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_passes_through_and_controls_do_not() {
        assert_eq!(ascii_cell("a"), 'a');
        assert_eq!(ascii_cell(" "), ' ');
        assert_eq!(ascii_cell("~"), '~');
        assert_eq!(ascii_cell("\x1b"), '?');
        assert_eq!(ascii_cell("\u{9b}"), '?');
        assert_eq!(ascii_cell(""), ' ');
    }

    #[test]
    fn box_drawing_in_all_weights() {
        for s in ["─", "━", "═", "╌", "┈"] {
            assert_eq!(ascii_cell(s), '-', "{s}");
        }
        for s in ["│", "┃", "║", "╎", "┊"] {
            assert_eq!(ascii_cell(s), '|', "{s}");
        }
        for s in [
            "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "╭", "╯", "╔", "╝", "┏", "╋",
        ] {
            assert_eq!(ascii_cell(s), '+', "{s}");
        }
    }

    #[test]
    fn blocks_glyphs_and_letters() {
        for s in ["█", "▇", "▁", "░", "▒", "▓", "▌"] {
            assert_eq!(ascii_cell(s), '#', "{s}");
        }
        assert_eq!(ascii_cell("…"), '.');
        assert_eq!(ascii_cell("▶"), '>');
        assert_eq!(ascii_cell("✓"), 'x');
        assert_eq!(ascii_cell("ü"), 'u');
        assert_eq!(ascii_cell("e\u{301}"), 'e');
        assert_eq!(ascii_cell("ß"), 's');
        assert_eq!(ascii_cell("€"), 'E');
        assert_eq!(ascii_cell("北"), 'B');
        assert_eq!(ascii_cell("\u{a0}"), ' ');
    }

    #[test]
    fn umlauts_and_sharp_s_are_spelled_as_german_writes_them() {
        assert_eq!(german_letters("Müller"), "Mueller");
        assert_eq!(german_letters("Größe Übergabe"), "Groesse Uebergabe");
        assert_eq!(
            german_letters("Änderung ÄRZTE STRAẞE"),
            "Aenderung AERZTE STRASSE"
        );
        assert_eq!(german_letters("Ö"), "Oe");
        assert_eq!(german_letters("Café"), "Café");
        assert!(matches!(german_letters("plain"), Cow::Borrowed("plain")));
    }
}
