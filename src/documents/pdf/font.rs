//! The standard Helvetica of every PDF reader, in WinAnsiEncoding (Windows-1252): the
//! bytes a text is shown with and its width (Adobe's Helvetica metrics, 1/1000 em). A
//! character WinAnsi lacks prints as `?`. Room: documents.

/// The byte WinAnsiEncoding gives `c`: ASCII and Latin-1 as they are, the Windows-1252
/// extras (`€`, dashes, typographic quotes, `…`) at 0x80–0x9F, else `?`.
pub fn byte(c: char) -> u8 {
    match c {
        ' '..='~' | '\u{A0}'..='\u{FF}' => u8::try_from(u32::from(c)).unwrap_or(b'?'),
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '™' => 0x99,
        _ => b'?',
    }
}

/// `text` in WinAnsiEncoding.
pub fn encode(text: &str) -> Vec<u8> {
    text.chars().map(byte).collect()
}

/// Helvetica's advance widths of the printable ASCII characters ' ' to '~'.
const ASCII: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p..~
];

/// The width of one character in 1/1000 em.
fn units(c: char) -> u16 {
    let base = deunicode::deunicode_char(c).and_then(|s| s.chars().next());
    match c {
        ' '..='~' => ASCII[usize::from(byte(c) - b' ')],
        'ß' => 611,
        '€' | '§' => 556,
        '·' => 278,
        '‚' | '‘' | '’' => 222,
        '„' | '“' | '”' => 333,
        '–' => 556,
        '—' | '…' => 1000,
        '°' => 400,
        _ => match base {
            Some(ascii @ ' '..='~') => ASCII[usize::from(byte(ascii) - b' ')],
            _ => 556,
        },
    }
}

/// The width of `text` at `size` points, in millimetres.
pub fn width_mm(text: &str, size: f32) -> f32 {
    let units: u32 = text.chars().map(|c| u32::from(units(c))).sum();
    units as f32 / 1000.0 * size * 25.4 / 72.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_and_the_euro_sign_have_their_windows_1252_bytes() {
        assert_eq!(encode("Grüße 5 €"), b"Gr\xfc\xdfe 5 \x80".to_vec());
        assert_eq!(encode("→"), b"?".to_vec());
    }

    #[test]
    fn widths_follow_the_helvetica_metrics() {
        // "Hi" is 722 + 222 units: at 10 pt 9.44 pt = 3.33 mm.
        assert!((width_mm("Hi", 10.0) - 9.44 * 25.4 / 72.0).abs() < 0.001);
        assert_eq!(width_mm("Ä", 10.0), width_mm("A", 10.0));
    }
}
