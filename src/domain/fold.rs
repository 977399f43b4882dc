//! Text folding for search: Unicode case folding plus accent folding, so "STRASSE" finds
//! "Straße" and "Muller" finds "Müller". Room: domain (pure).

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Folds `text` for comparison: full Unicode case folding (ß → ss), compatibility
/// decomposition with combining marks removed (ü → u, é → e), and runs of whitespace
/// collapsed to one space with no leading or trailing space. NUL never appears in the result.
pub fn fold(text: &str) -> String {
    // ASCII and Latin-1 need no Unicode tables: searches fold every record they read, and
    // most text is Latin-1.
    if text.is_ascii() {
        return collapsed(text.chars().map(|c| c.to_ascii_lowercase()), text.len());
    }
    let table = latin1();
    let folded_char = |c: char| table.get(c as usize).and_then(Option::as_deref);
    if text.chars().all(|c| folded_char(c).is_some()) {
        let chars = text
            .chars()
            .flat_map(|c| folded_char(c).unwrap_or_default().chars());
        return collapsed(chars, text.len());
    }
    collapsed(letters(text).chars(), text.len())
}

/// Case folded, decomposed, without combining marks, a few letters replaced: `fold`
/// before whitespace is collapsed.
fn letters(text: &str) -> String {
    let cased = caseless::default_case_fold_str(text);
    cased
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'ø' => 'o',
            'đ' => 'd',
            'ł' => 'l',
            'æ' => 'a',
            'œ' => 'o',
            'ı' => 'i',
            other => other,
        })
        .collect()
}

/// `letters` of each character up to U+00FF, made once by the Unicode path; none for a
/// character that becomes whitespace (`¨` is a space and a mark), which takes that path.
/// Every step of `letters` works on one character alone, so the table's pieces joined
/// are `letters` of the whole text.
fn latin1() -> &'static [Option<String>] {
    static TABLE: std::sync::OnceLock<Vec<Option<String>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0u8..=255)
            .map(|byte| {
                let folded = letters(char::from(byte).encode_utf8(&mut [0; 4]));
                (!folded.chars().any(char::is_whitespace) || byte.is_ascii()).then_some(folded)
            })
            .collect()
    })
}

/// The characters without NUL, each run of whitespace one space, none at either end.
fn collapsed(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut pending_space = false;
    for c in chars.filter(|c| *c != '\0') {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// A folded text as it reads with German umlauts typed out ("mueller", "goethe", "kaese")
/// folded back to the letters `fold` keeps ("muller", "gothe", "kase"), so "Mueller" finds
/// "Müller"; `None` when the text has no "ae", "oe" or "ue".
pub fn umlauts_typed_out(folded: &str) -> Option<String> {
    let back = folded
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u");
    (back != folded).then_some(back)
}

/// The byte offsets in a folded text where a word starts (after a space, hyphen, dot, slash
/// or ampersand), the first always included. Used to index every word of a name.
pub fn word_starts(folded: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut previous_separates = false;
    for (index, c) in folded.char_indices() {
        let separates = matches!(c, ' ' | '-' | '.' | '/' | '&' | ',' | '(' | ')' | '\'');
        if previous_separates && !separates && index > 0 {
            starts.push(index);
        }
        previous_separates = separates;
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_sharp_s_fold_to_the_same_text() {
        assert_eq!(fold("STRASSE"), fold("Straße"));
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn accents_are_removed() {
        assert_eq!(fold("Müller"), "muller");
        assert_eq!(fold("Crème Brûlée"), "creme brulee");
        assert_eq!(fold("Søren Ærø"), "soren aro");
        assert_eq!(fold("ÉCOLE"), "ecole");
    }

    #[test]
    fn whitespace_is_collapsed_and_trimmed() {
        assert_eq!(fold("  Mataderos \t 2312 "), "mataderos 2312");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn ascii_text_folds_as_the_unicode_path_folds_it() {
        // The same text with a combining accent at its end, which folds away, takes the
        // Unicode path.
        let unicode = |text: &str| fold(&format!("{text}\u{301}"));
        for text in [
            "  Mataderos \t 2312 ",
            "RE-2000042 Reklamation\r\nZweite\x0bZeile",
            "NUL\0in\0 it",
            "",
            "ABC xyz ~!@#$%^&*()_+{}|:\"<>?",
        ] {
            assert_eq!(fold(text), unicode(text), "{text:?}");
        }
        let every_ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold(&every_ascii), unicode(&every_ascii));
    }

    #[test]
    fn latin1_text_folds_as_the_unicode_path_folds_it() {
        // A combining mark outside Latin-1 at the end, which folds away, sends the same
        // text down the Unicode path.
        let unicode = |text: &str| fold(&format!("{text}\u{301}"));
        for c in (0u8..=255).map(char::from) {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!(" {c} "),
                format!("{c}{c}Ä"),
                format!("Straße{c}ÆØ ¨x"),
            ] {
                assert_eq!(fold(&text), unicode(&text), "{text:?}");
            }
        }
        assert_eq!(fold("Grüße ¨ ½"), "grusse 1⁄2");
        // The table, not the Unicode path, folds Latin-1.
        assert_eq!(latin1()[0xDF].as_deref(), Some("ss"));
        assert_eq!(latin1()[0xA8], None);
    }

    #[test]
    fn ligatures_decompose() {
        assert_eq!(fold("ﬁsh"), "fish");
    }

    #[test]
    fn word_starts_find_each_word() {
        let folded = fold("Alfreds Futterkiste-Süd & Co.");
        let words: Vec<&str> = word_starts(&folded).iter().map(|&i| &folded[i..]).collect();
        assert_eq!(
            words,
            vec![
                "alfreds futterkiste-sud & co.",
                "futterkiste-sud & co.",
                "sud & co.",
                "co."
            ]
        );
    }
}
