//! The fonts of a PDF as poppler's `pdffonts` lists them (Debian poppler-utils; `.ci/run`
//! installs it, and a missing one fails the test), and the check every kontor PDF must
//! pass for PDF/A: each font embedded, subset and with a Unicode map, and the file small.
//! A letter full of German typography reads back as the same text, and its right-aligned
//! amounts end at the same x as poppler measures them with the embedded font.

use std::path::Path;
use std::process::Command;

use kontor::documents::{Align, Column, Letter, Section, Table, pdf};

use crate::cli::confirmation::{pdf_text, squeezed};
use crate::common::Scratch;

/// One row of `pdffonts`: the font's name, then whether it is embedded, a subset and has
/// a `ToUnicode` map.
#[derive(Debug, PartialEq)]
pub(crate) struct Font {
    pub name: String,
    pub embedded: bool,
    pub subset: bool,
    pub unicode: bool,
}

/// The rows of `pdffonts` output: two header lines, then per font its name, type and
/// encoding (which may hold spaces) and the columns emb, sub, uni, object and generation.
fn parse(output: &str) -> Vec<Font> {
    output
        .lines()
        .skip(2)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert!(words.len() >= 7, "not a pdffonts row: {line:?}");
            let flag = |from_end: usize| match words[words.len() - from_end] {
                "yes" => true,
                "no" => false,
                other => panic!("{other:?} is neither yes nor no in {line:?}"),
            };
            Font {
                name: words[0].to_string(),
                embedded: flag(5),
                subset: flag(4),
                unicode: flag(3),
            }
        })
        .collect()
}

/// The fonts of the PDF at `path`.
pub(crate) fn fonts(path: &Path) -> Vec<Font> {
    let output = Command::new("pdffonts")
        .arg(path)
        .output()
        .unwrap_or_else(|error| {
            panic!("pdffonts is needed ({error}); install Debian's poppler-utils (.ci/run does)")
        });
    assert!(output.status.success(), "pdffonts failed: {output:?}");
    parse(&String::from_utf8(output.stdout).expect("pdffonts wrote UTF-8"))
}

/// The PDF at `path` uses exactly DejaVu Sans and DejaVu Sans Bold, both embedded as
/// subsets with a Unicode map, and is at most `max_bytes` long.
pub(crate) fn assert_fonts_embedded(path: &Path, max_bytes: u64) {
    let fonts = fonts(path);
    let mut names: Vec<&str> = fonts
        .iter()
        .map(|font| font.name.split_once('+').map_or("", |(_, name)| name))
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["DejaVuSans", "DejaVuSans-Bold"], "{fonts:?}");
    for font in &fonts {
        assert!(font.embedded && font.subset && font.unicode, "{font:?}");
        let (tag, _) = font.name.split_once('+').unwrap_or_default();
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "subset tag of {font:?}"
        );
    }
    let size = std::fs::metadata(path).unwrap().len();
    assert!(size <= max_bytes, "{} is {size} bytes", path.display());
}

#[test]
fn a_pdffonts_listing_reads_as_its_rows() {
    let listing = "\
name                                 type              encoding         emb sub uni object ID
------------------------------------ ----------------- ---------------- --- --- --- ---------
ABCDEF+DejaVuSans                    CID TrueType      Identity-H       yes yes yes      3  0
Helvetica                            Type 1            WinAnsi          no  no  no       4  0
";
    assert_eq!(
        parse(listing),
        [
            Font {
                name: "ABCDEF+DejaVuSans".into(),
                embedded: true,
                subset: true,
                unicode: true,
            },
            Font {
                name: "Helvetica".into(),
                embedded: false,
                subset: false,
                unicode: false,
            },
        ]
    );
}

fn column(title: &str, align: Align, wraps: bool) -> Column {
    Column {
        title: title.into(),
        align,
        wraps,
    }
}

/// A letter with umlauts, ß, €, German quotes and dashes, regular and bold, and a column
/// of right-aligned amounts of different widths.
fn typographic() -> Letter {
    let row = |text: &str, amount: &str| vec![text.to_string(), amount.to_string()];
    Letter {
        letterhead: vec!["Müller & Söhne GmbH".into(), "Königstraße 5".into()],
        return_line: "Müller & Söhne GmbH · Königstraße 5 · 70173 Stuttgart".into(),
        recipient: vec!["Bäckerei Öztürk".into(), "Übersee-Allee 7".into()],
        info: vec![("Datum".into(), "05.12.2026".into())],
        subject: "Größenänderung „Maßanfertigung“ – Grüße".into(),
        running: "Größenänderung".into(),
        intro: vec!["Sehr geehrte Frau Öztürk, wir bestätigen „Äpfel – süß“.".into()],
        table: Table {
            columns: vec![
                column("Bezeichnung", Align::Left, true),
                column("Betrag", Align::Right, false),
            ],
            rows: vec![
                row("Weißwurst", "1,11"),
                row("Straßenkreide", "22.222,22"),
                row("Lötzinn", "333,33"),
            ],
        },
        totals: vec![("Gesamtbetrag".into(), "22.556,66 €".into())],
        sections: vec![Section {
            heading: "Hinweis für Sie".into(),
            lines: vec!["Zahlbar bis 19.12.2026 – ohne Abzug.".into()],
        }],
        footer: vec!["Geschäftsführer: Jürgen Weiß".into()],
    }
}

/// The right edge of each word of the PDF at `path`, in points, as `pdftotext -bbox`
/// measures it with the embedded font's widths.
fn right_edges(path: &Path) -> Vec<(String, f64)> {
    let output = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext failed: {output:?}");
    let html = String::from_utf8(output.stdout).expect("pdftotext wrote UTF-8");
    html.lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("<word ")?;
            let (attributes, rest) = line.split_once('>')?;
            let word = rest.strip_suffix("</word>")?;
            let x_max = attributes.split_whitespace().find_map(|a| {
                let value = a.strip_prefix("xMax=\"")?.strip_suffix('"')?;
                value.parse::<f64>().ok()
            })?;
            Some((word.to_string(), x_max))
        })
        .collect()
}

#[test]
fn german_typography_reads_back_and_amounts_line_up_on_the_right() {
    let scratch = Scratch::new();
    let path = scratch.path().join("letter.pdf");
    std::fs::write(&path, pdf::render(&typographic())).unwrap();
    assert_fonts_embedded(&path, 60_000);
    let text = squeezed(&pdf_text(&path));
    for wanted in [
        "Müller & Söhne GmbH",
        "Bäckerei Öztürk",
        "Übersee-Allee 7",
        "Größenänderung „Maßanfertigung“ – Grüße",
        "wir bestätigen „Äpfel – süß“.",
        "Weißwurst 1,11",
        "Straßenkreide 22.222,22",
        "Gesamtbetrag 22.556,66 €",
        "Hinweis für Sie",
        "Zahlbar bis 19.12.2026 – ohne Abzug.",
        "Geschäftsführer: Jürgen Weiß",
    ] {
        assert!(text.contains(wanted), "{wanted:?} missing in:\n{text}");
    }
    let edges = right_edges(&path);
    let edge = |word: &str| {
        let found = edges.iter().find(|(w, _)| w == word);
        found
            .unwrap_or_else(|| panic!("{word:?} not in {edges:?}"))
            .1
    };
    // The table fills the text block, so its amounts end at the block's right edge,
    // 190 mm = 538.58 pt, and so does the total's "€".
    let block = 190.0 * 72.0 / 25.4;
    for amount in ["1,11", "22.222,22", "333,33", "€"] {
        assert!((edge(amount) - block).abs() < 0.1, "{amount}: {edges:?}");
    }
}
