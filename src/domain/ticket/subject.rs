//! Subjects of ticket mail: the reply and forward prefixes mail clients add (in the
//! languages kontor's customers write), and kontor's own tag `[Ticket#2026-000123-7]` that
//! both the mailgate (reading) and a ticket's answers (writing) must agree on. Room: domain
//! (pure; `mail::subject` names the same functions for the mailgate).
//!
//! The tag word is configurable (default `Ticket`) and matched in any case; the number
//! must have the shape of a ticket number — four digits, six digits and one check
//! character, `YYYY-NNNNNN-C` — or the tag is foreign (`[Ticket#12345]` of another system,
//! `[JIRA-123]`) and stays part of the subject. Whether a number's check character is right
//! is not decided here: that is the ticket number's own job.

/// The tag word kontor writes when none is configured.
pub const DEFAULT_TAG_WORD: &str = "Ticket";

/// Reply and forward prefixes, compared in any case: English (Re, Fw, Fwd), German (AW,
/// Antw, Antwort, WG), Scandinavian (SV, VS).
const PREFIXES: &[&str] = &["re", "aw", "antw", "antwort", "wg", "fw", "fwd", "sv", "vs"];

/// The tag for a ticket number: `[Ticket#2026-000123-7]`.
pub fn tag(number: &str, word: &str) -> String {
    format!("[{word}#{number}]")
}

/// The subject without leading reply and forward prefixes, however often and nested they
/// come (`AW: Re: [X] WG: Text` → `[X] Text`); bracketed tags between them are kept in
/// their order. Inner whitespace of the rest is left as written.
pub fn strip_prefixes(subject: &str) -> String {
    let mut tags = Vec::new();
    let mut rest = subject.trim();
    loop {
        if let Some(after) = after_prefix(rest) {
            rest = after.trim_start();
        } else if let Some(end) = rest.strip_prefix('[').and_then(|_| rest.find(']')) {
            tags.push(&rest[..=end]);
            rest = rest[end + 1..].trim_start();
        } else {
            break;
        }
    }
    if !rest.is_empty() {
        tags.push(rest);
    }
    tags.join(" ")
}

/// `Re:`, `AW:`, `Re[2]:`, `Re (2):`, `Re :` — the text after the colon, or `None`.
fn after_prefix(text: &str) -> Option<&str> {
    let word_end = text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..word_end];
    if !PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        return None;
    }
    let mut rest = &text[word_end..];
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = rest.trim_start_matches(' ').strip_prefix(open)
            && let Some(end) = inner.find(close)
            && inner[..end].bytes().all(|b| b.is_ascii_digit())
        {
            rest = &inner[end + 1..];
        }
    }
    rest.trim_start_matches(' ').strip_prefix(':')
}

/// Every number of kontor's own tags in the subject, in order of appearance.
pub fn own_tags(subject: &str, word: &str) -> Vec<String> {
    own_tag_spans(subject, word)
        .into_iter()
        .map(|(start, end)| subject[start + word.len() + 2..end - 1].to_string())
        .collect()
}

/// The byte ranges of kontor's own tags, brackets included.
fn own_tag_spans(subject: &str, word: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (start, _) in subject.match_indices('[') {
        let Some(head) = subject.get(start + 1..start + 1 + word.len()) else {
            continue;
        };
        if word.is_empty() || !head.eq_ignore_ascii_case(word) {
            continue;
        }
        let number_start = start + 1 + word.len() + 1;
        if subject.as_bytes().get(start + 1 + word.len()) != Some(&b'#') {
            continue;
        }
        let Some(number) = subject.get(number_start..number_start + 13) else {
            continue;
        };
        if is_number_shape(number) && subject.as_bytes().get(number_start + 13) == Some(&b']') {
            spans.push((start, number_start + 14));
        }
    }
    spans
}

/// `YYYY-NNNNNN-C`: four digits, a dash, six digits, a dash, one letter or digit.
fn is_number_shape(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 13
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..11].iter().all(u8::is_ascii_digit)
        && b[11] == b'-'
        && b[12].is_ascii_alphanumeric()
}

/// The subject with kontor's own tags taken out (foreign tags stay) and prefixes stripped:
/// the title of a ticket opened by mail.
pub fn without_own_tags(subject: &str, word: &str) -> String {
    let mut kept = String::with_capacity(subject.len());
    let mut from = 0;
    for (start, end) in own_tag_spans(subject, word) {
        kept.push_str(&subject[from..start]);
        kept.push(' ');
        from = end;
    }
    kept.push_str(&subject[from..]);
    strip_prefixes(&kept.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The subject of mail kontor sends on a ticket: its tag once, at the front, then the
/// subject without prefixes and without any own tag (`AW: [Ticket#N] AW: Drucker` →
/// `[Ticket#N] Drucker`). A reply's `Re: ` is [`reply_subject`]'s.
pub fn subject_with_tag(subject: &str, number: &str, word: &str) -> String {
    let rest = without_own_tags(subject, word);
    let tag = tag(number, word);
    if rest.is_empty() {
        tag
    } else {
        format!("{tag} {rest}")
    }
}

/// The subject of kontor's reply on a ticket: `Re: [Ticket#N] Drucker`, never `Re: Re:`.
pub fn reply_subject(subject: &str, number: &str, word: &str) -> String {
    format!("Re: {}", subject_with_tag(subject, number, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    const N: &str = "2026-000123-7";

    #[test]
    fn prefixes_are_stripped_repeated_and_nested_with_tags_kept() {
        for (subject, stripped) in [
            ("Re: Drucker", "Drucker"),
            (
                "RE: AW: Aw: WG: VS: SV: Fwd: FW: Fw: Antw: Drucker",
                "Drucker",
            ),
            ("AW: [JIRA-123] WG: Re: Drucker", "[JIRA-123] Drucker"),
            ("Re[2]: Re (3): Re : Drucker", "Drucker"),
            (
                "Antwort: [a] [b] Drucker Re: defekt",
                "[a] [b] Drucker Re: defekt",
            ),
            ("Regal kaputt", "Regal kaputt"),
            ("Rechnung: falsch", "Rechnung: falsch"),
            ("Re:", ""),
            ("  ", ""),
            ("[unclosed Re: x", "[unclosed Re: x"),
        ] {
            assert_eq!(strip_prefixes(subject), stripped, "{subject}");
        }
    }

    #[test]
    fn own_tags_are_found_foreign_ones_are_not() {
        assert_eq!(
            own_tags(&format!("AW: [Ticket#{N}] Drucker"), "Ticket"),
            [N]
        );
        assert_eq!(own_tags(&format!("[ticket#{N}]"), "Ticket"), [N]);
        assert_eq!(
            own_tags("[Ticket#2026-000123-X] x", "Ticket"),
            ["2026-000123-X"]
        );
        for foreign in [
            "[JIRA-123] Drucker",
            "[Ticket#12345] Drucker",
            "[Ticket#2026-00123-7] kurz",
            "[Ticket#2026-000123-77] lang",
            "[Ticket#2026-000123-7 offen",
            "[Case#2026-000123-7] anderes Wort",
            "Ticket#2026-000123-7 ohne Klammern",
        ] {
            assert!(own_tags(foreign, "Ticket").is_empty(), "{foreign}");
        }
        assert_eq!(own_tags(&format!("[Case#{N}]"), "Case"), [N]);
        assert!(own_tags(&format!("[Ticket#{N}]"), "").is_empty());
        assert_eq!(
            own_tags("[Ticket#ä]ü[Ticket#", "Ticket"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_tag_is_added_once_with_prefixes_sane() {
        assert_eq!(
            subject_with_tag("Drucker defekt", N, "Ticket"),
            format!("[Ticket#{N}] Drucker defekt")
        );
        assert_eq!(
            subject_with_tag(&format!("AW: [Ticket#{N}] AW: Drucker"), N, "Ticket"),
            format!("[Ticket#{N}] Drucker")
        );
        assert_eq!(
            subject_with_tag(&format!("Re: [JIRA-9] [Ticket#{N}] x"), N, "Ticket"),
            format!("[Ticket#{N}] [JIRA-9] x")
        );
        assert_eq!(subject_with_tag("", N, "Ticket"), format!("[Ticket#{N}]"));
        assert_eq!(
            reply_subject(&format!("Re: Re: [Ticket#{N}] x"), N, "Ticket"),
            format!("Re: [Ticket#{N}] x")
        );
        let again = subject_with_tag(&subject_with_tag("x", N, "Ticket"), N, "Ticket");
        assert_eq!(again, format!("[Ticket#{N}] x"));
    }

    #[test]
    fn without_own_tags_keeps_foreign_tags() {
        assert_eq!(
            without_own_tags(&format!("AW: [Ticket#{N}] [JIRA-1] Drucker"), "Ticket"),
            "[JIRA-1] Drucker"
        );
    }
}
