//! The fonts of a PDF as poppler's `pdffonts` lists them (Debian poppler-utils; `.ci/run`
//! installs it, and a missing one fails the test), and the check every kontor PDF must
//! pass for PDF/A: each font embedded, subset and with a Unicode map, and the file small.

use std::path::Path;
use std::process::Command;

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
