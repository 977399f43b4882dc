//! Tests of `domain::words`: folding, tokens, queries, ranks and snippets. Room: domain.

use super::*;

fn query(text: &str) -> Query {
    Query::parse(text)
}

fn rank(texts: &[&str], text: &str) -> Option<Rank> {
    let query = query(text);
    Matcher::new(texts.iter().copied(), &query).rank(&query)
}

#[test]
fn umlauts_sharp_s_and_case_fold_to_one_word() {
    assert_eq!(words("Müller"), ["muller"]);
    assert_eq!(words("MÜLLER"), ["muller"]);
    assert_eq!(words("Straße"), ["strasse"]);
    assert_eq!(words("STRASSE"), ["strasse"]);
    assert_eq!(words("Crème"), ["creme"]);
}

#[test]
fn umlauts_typed_out_are_the_same_word_in_the_index_and_in_queries() {
    assert_eq!(words("Mueller"), ["muller"]);
    assert_eq!(words("Goethe Käse"), ["gothe", "kase"]);
    assert_eq!(query("Mueller").terms[0].word, "muller");
    assert_eq!(rank(&["Hans Müller"], "Mueller"), Some(Rank::Word));
    assert_eq!(rank(&["Hans Mueller"], "Müller"), Some(Rank::Word));
    assert_eq!(rank(&["Hans Muller"], "müller"), Some(Rank::Word));
    assert_eq!(rank(&["Hauptstraße 5"], "hauptstrasse"), Some(Rank::Word));
}

#[test]
fn a_reference_is_kept_whole_and_split_at_its_punctuation() {
    assert_eq!(
        words("Reklamation RE-3666666."),
        ["reklamation", "re-3666666", "re", "3666666"]
    );
    assert_eq!(
        words("(AB-2024/0017),"),
        ["ab-2024/0017", "ab", "2024", "0017"]
    );
    for asked in ["RE-3666666", "3666666", "re 3666666", "re-3666666"] {
        assert!(
            rank(&["Reklamation RE-3666666 vom Frühjahr"], asked).is_some(),
            "{asked}"
        );
    }
    assert_eq!(rank(&["RE-3666666"], "RE-3666667"), None);
}

#[test]
fn numbers_keep_their_leading_zeros() {
    assert_eq!(words("Kunde 000123"), ["kunde", "000123"]);
    assert_eq!(rank(&["Kunde 000123"], "000123"), Some(Rank::Reference));
    assert_eq!(rank(&["Kunde 000123"], "123"), None);
}

#[test]
fn compounds_stay_whole_words_found_by_their_beginning_only() {
    assert_eq!(
        words("Reklamationsbearbeitung"),
        ["reklamationsbearbeitung"]
    );
    assert_eq!(rank(&["Reklamationsbearbeitung"], "bearbeitung"), None);
    assert_eq!(
        rank(&["Reklamationsbearbeitung"], "reklamation"),
        Some(Rank::Prefix)
    );
}

#[test]
fn several_words_must_all_occur_in_any_field() {
    let texts = ["Rückruf", "Kunde meldet Reklamation zur Lieferung"];
    assert_eq!(rank(&texts, "rückruf lieferung"), Some(Rank::Word));
    assert_eq!(rank(&texts, "rückruf rechnung"), None);
}

#[test]
fn a_quoted_phrase_matches_its_words_in_order_within_one_field() {
    let texts = ["Kunde meldet Reklamation", "Lieferung kam beschädigt an"];
    assert_eq!(rank(&texts, "\"meldet Reklamation\""), Some(Rank::Word));
    assert_eq!(rank(&texts, "\"Reklamation meldet\""), None);
    assert_eq!(rank(&texts, "\"Reklamation Lieferung\""), None);
    let parsed = query("\"meldet reklamation\" kunde");
    assert_eq!(
        parsed.phrases,
        [vec!["meldet".to_string(), "reklamation".to_string()]]
    );
    assert_eq!(parsed.terms.len(), 1);
}

#[test]
fn only_the_last_unquoted_word_of_three_characters_or_more_is_a_prefix() {
    let prefixes =
        |text: &str| -> Vec<bool> { query(text).terms.iter().map(|t| t.prefix).collect() };
    assert_eq!(prefixes("rekl"), [true]);
    assert_eq!(prefixes("re"), [false]);
    assert_eq!(prefixes("rekl kunde"), [false, true]);
    assert_eq!(prefixes("kunde \"rekl\""), [false, false]);
    assert_eq!(rank(&["Reklamation"], "rek"), Some(Rank::Prefix));
    assert_eq!(rank(&["Reklamation"], "re"), None);
    assert_eq!(rank(&["Reklamation Kunde"], "rekl kunde"), None);
}

#[test]
fn ranks_order_reference_before_word_before_prefix() {
    assert!(Rank::Reference < Rank::Word && Rank::Word < Rank::Prefix);
    assert_eq!(rank(&["RE-3666666"], "re-3666666"), Some(Rank::Reference));
    assert_eq!(rank(&["Reklamation"], "reklamation"), Some(Rank::Word));
    assert_eq!(rank(&["Reklamationen"], "reklamation"), Some(Rank::Prefix));
}

#[test]
fn an_empty_query_asks_for_nothing() {
    assert!(query("").is_empty());
    assert!(query("  -- / \"\" ").is_empty());
    assert_eq!(rank(&["anything"], ""), None);
}

#[test]
fn a_snippet_is_cut_around_the_first_matching_word() {
    let text = "Ein langer Text über vieles, was mit der Sache nichts zu tun hat, und dann \
                endlich die Reklamation RE-3666666 vom Frühjahr, um die es geht.";
    let piece = snippet(text, &query("3666666"), 40);
    assert!(piece.contains("RE-3666666"), "{piece}");
    assert!(piece.starts_with('…') && piece.ends_with('…'), "{piece}");
    assert_eq!(piece.chars().count(), 42);
    assert_eq!(snippet("kurz", &query("kurz"), 40), "kurz");
}

#[test]
fn overlong_words_are_cut_at_a_character_boundary() {
    let long = "ä".repeat(100);
    let word = &words(&long)[0];
    assert!(word.len() <= MAX_WORD);
    assert_eq!(word, &"a".repeat(MAX_WORD));
}

#[test]
fn the_text_holding_a_single_word_is_the_first_that_holds_it_whole_or_begun() {
    let texts = [
        "Rückfrage Reklamationsstelle",
        "Reklamation RE-3666666",
        "notes",
    ];
    let term = |text: &str| query(text).terms.remove(0);
    assert_eq!(text_holding(texts, &term("reklamation"), true), Some(1));
    assert_eq!(text_holding(texts, &term("reklamation"), false), Some(0));
    assert_eq!(text_holding(texts, &term("3666666"), true), Some(1));
    assert_eq!(text_holding(texts, &term("zebra"), false), None);
}
