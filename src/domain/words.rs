//! Words for the word index and for searches: how a text becomes the words it is found by,
//! and how a typed query becomes what it asks for. Room: domain (pure).
//!
//! Rules:
//! - a text is folded like names (`fold`: case, accents, ß → ss) and German umlauts typed
//!   out are read as the letters they stand for ("Mueller" and "Müller" are both `muller`,
//!   "Strasse" and "Straße" both `strasse`): `canonical`;
//! - words are split at whitespace and at punctuation; a chunk with punctuation inside
//!   ("RE-3666666", "2024/17") is also kept whole, so a reference is found whole and by
//!   each of its parts; numbers keep their leading zeros; compounds stay one word;
//! - a query: several words must all occur (AND), a "quoted phrase" its words in order,
//!   and the last unquoted word of at least `PREFIX_MIN` characters also matches as the
//!   beginning of a word.

use super::fold::{fold, umlauts_typed_out};

/// How many characters the last word of a query needs before it also matches as a prefix.
pub const PREFIX_MIN: usize = 3;

/// Longest word kept in the index (bytes): longer runs are cut at a character boundary.
pub const MAX_WORD: usize = 64;

/// A folded word as both the index and queries keep it: umlauts typed out read back
/// (`mueller` → `muller`).
pub fn canonical(folded_word: &str) -> String {
    umlauts_typed_out(folded_word).unwrap_or_else(|| folded_word.to_string())
}

/// Whether a character belongs to a word (letters and digits, any script).
fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of a text in order: each part between punctuation (`atoms`), for phrases.
pub fn atoms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in fold(text).split(' ') {
        out.extend(parts(chunk).map(|part| canonical(cut(part))));
    }
    out
}

/// Every word a text is found by (each once, in first-seen order): its atoms and, for a
/// chunk with punctuation between word characters, the chunk whole.
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |word: String| {
        if !word.is_empty() && seen.insert(word.clone()) {
            out.push(word);
        }
    };
    for chunk in fold(text).split(' ') {
        if let Some(whole) = whole_chunk(chunk) {
            push(canonical(cut(whole)));
        }
        for part in parts(chunk) {
            push(canonical(cut(part)));
        }
    }
    out
}

/// The runs of word characters of a chunk.
fn parts(chunk: &str) -> impl Iterator<Item = &str> {
    chunk
        .split(|c: char| !word_char(c))
        .filter(|p| !p.is_empty())
}

/// A chunk without the punctuation around it, when punctuation remains inside it
/// ("(re-3666666)," → "re-3666666"); `None` for a plain word.
fn whole_chunk(chunk: &str) -> Option<&str> {
    let trimmed = chunk.trim_matches(|c: char| !word_char(c));
    trimmed.contains(|c: char| !word_char(c)).then_some(trimmed)
}

/// The word cut to `MAX_WORD` bytes at a character boundary.
fn cut(word: &str) -> &str {
    if word.len() <= MAX_WORD {
        return word;
    }
    let mut end = MAX_WORD;
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

/// One word a query asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Canonical word (`canonical`), whole chunk kept ("re-3666666").
    pub word: String,
    /// Also matches as the beginning of a word (the last word, long enough).
    pub prefix: bool,
    /// Looks like a reference or a number (has a digit): a whole match ranks first.
    pub reference: bool,
}

/// A typed search: every term and every phrase must match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
    /// Quoted phrases, each as its atoms in order (two or more; a one-word phrase is a term).
    pub phrases: Vec<Vec<String>>,
}

impl Query {
    /// Reads a typed query. Unquoted chunks become terms; an unclosed quote runs to the end.
    pub fn parse(text: &str) -> Query {
        let mut query = Query::default();
        let mut last_unquoted: Option<(usize, usize)> = None;
        for (index, segment) in text.split('"').enumerate() {
            if index % 2 == 1 {
                match atoms(segment).as_slice() {
                    [] => {}
                    [one] => {
                        query.add_term(one.clone(), false);
                    }
                    many => query.phrases.push(many.to_vec()),
                }
                continue;
            }
            for chunk in fold(segment).split(' ') {
                let word = whole_chunk(chunk)
                    .or_else(|| parts(chunk).next())
                    .map(|w| canonical(cut(w)));
                if let Some(word) = word {
                    let typed = chunk.chars().filter(|c| word_char(*c)).count();
                    if query.add_term(word, false) {
                        last_unquoted = Some((query.terms.len() - 1, typed));
                    }
                }
            }
        }
        // Only the query's last word is still being typed.
        let ends_unquoted =
            text.matches('"').count().is_multiple_of(2) && !text.trim_end().ends_with('"');
        if let Some((index, typed)) = last_unquoted {
            let last = index + 1 == query.terms.len();
            if let Some(term) = query.terms.get_mut(index) {
                term.prefix = last && ends_unquoted && typed >= PREFIX_MIN;
            }
        }
        query
    }

    /// Adds a term unless the same word is asked for already; whether it was added.
    fn add_term(&mut self, word: String, prefix: bool) -> bool {
        if self.terms.iter().any(|term| term.word == word) {
            return false;
        }
        let reference = word.chars().any(|c| c.is_ascii_digit());
        self.terms.push(Term {
            word,
            prefix,
            reference,
        });
        true
    }

    /// Whether the query asks for nothing.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.phrases.is_empty()
    }
}

/// How well a record matches a query, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    /// Every word whole, one of them a reference or number.
    Reference,
    /// Every word whole.
    Word,
    /// The last word only as the beginning of a word.
    Prefix,
}

/// The words (and, for a query with phrases, the atoms) of the texts of one record, to
/// test a query against: each text is read once.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    /// Each text's words (`words`), in the order of the texts.
    words: Vec<Vec<String>>,
    /// Each text's atoms apart (a phrase does not run from one field into the next); empty
    /// when the query has no phrase.
    atoms: Vec<Vec<String>>,
}

impl Matcher {
    /// The matcher of `texts` for `query`.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>, query: &Query) -> Matcher {
        let mut matcher = Matcher::default();
        for text in texts {
            matcher.words.push(words(text));
            if !query.phrases.is_empty() {
                matcher.atoms.push(atoms(text));
            }
        }
        matcher
    }

    /// How the texts match the query, `None` when they do not.
    pub fn rank(&self, query: &Query) -> Option<Rank> {
        if query.is_empty() {
            return None;
        }
        let phrases = query.phrases.iter().all(|phrase| {
            self.atoms
                .iter()
                .any(|atoms| atoms.windows(phrase.len()).any(|w| w == phrase.as_slice()))
        });
        if !phrases {
            return None;
        }
        let all = || self.words.iter().flatten();
        let mut rank = Rank::Word;
        for term in &query.terms {
            if all().any(|word| *word == term.word) {
                if term.reference {
                    rank = rank.min(Rank::Reference);
                }
            } else if term.prefix && all().any(|word| word.starts_with(&term.word)) {
                return Some(Rank::Prefix);
            } else {
                return None;
            }
        }
        Some(rank)
    }

    /// The first text (its place among the texts) that matches a term or holds the first
    /// word of a phrase: where a snippet comes from.
    pub fn first_text(&self, query: &Query) -> Option<usize> {
        self.words.iter().position(|found| holds(found, query))
    }
}

/// For a query of one word, found by the word index whole (`whole`) or as the beginning of
/// a word: the first text that holds it so, read only up to there — where the snippet comes
/// from; `None` when none does (an index entry out of step with its record finds nothing).
pub fn text_holding<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    term: &Term,
    whole: bool,
) -> Option<usize> {
    texts.into_iter().position(|text| {
        words(text)
            .iter()
            .any(|w| *w == term.word || (!whole && w.starts_with(&term.word)))
    })
}

/// Whether a text's words match a term of the query or hold the first word of a phrase.
fn holds(found: &[String], query: &Query) -> bool {
    query.terms.iter().any(|term| {
        found
            .iter()
            .any(|w| *w == term.word || (term.prefix && w.starts_with(&term.word)))
    }) || query
        .phrases
        .iter()
        .any(|phrase| phrase.first().is_some_and(|first| found.contains(first)))
}

/// A short piece of `text` (at most `width` characters) around its first word matching
/// the query — its beginning when none does — with "…" where it was cut.
pub fn snippet(text: &str, query: &Query, width: usize) -> String {
    let flat: Vec<char> = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    if flat.len() <= width {
        return flat.into_iter().collect();
    }
    let wanted: Vec<&String> = query
        .terms
        .iter()
        .map(|t| &t.word)
        .chain(query.phrases.iter().filter_map(|p| p.first()))
        .collect();
    // Character offset of the first chunk whose words hold a wanted word.
    let mut at = 0;
    let mut offset = 0;
    for chunk in flat.split(|c| *c == ' ') {
        let chunk_text: String = chunk.iter().collect();
        let found = words(&chunk_text);
        if wanted
            .iter()
            .any(|w| found.iter().any(|f| f == *w || f.starts_with(w.as_str())))
        {
            at = offset;
            break;
        }
        offset += chunk.len() + 1;
    }
    let start = at
        .saturating_sub(width / 4)
        .min(flat.len().saturating_sub(width));
    let end = (start + width).min(flat.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&flat[start..end]);
    if end < flat.len() {
        out.push('…');
    }
    out
}

/// Which field of a record a searched text is: what rights decide a hit on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Number,
    /// A customer's reference (their order number) or a buyer reference.
    Reference,
    Subject,
    Notes,
    Outcome,
    Contact,
    Tag,
    Sku,
    /// A ticket's article text.
    Article,
}

/// A record kind the word index holds: the texts it is found by and the moment hits are
/// ordered by (newest first).
pub trait Searchable {
    /// Each searched text with its field, in the order a snippet prefers them.
    fn texts(&self) -> Vec<(Field, std::borrow::Cow<'_, str>)>;
    /// The record's moment: when it happened or was created.
    fn moment(&self) -> time::OffsetDateTime;
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
