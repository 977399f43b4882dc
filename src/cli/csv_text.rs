//! Reading the text of a CSV file before its rows: the encoding (UTF-8 with or without BOM,
//! Windows-1252 detected or asked for), the delimiter, and the line a record starts on.
//! Room: cli (no store, no core; `import` turns the rows into records).

use super::args::EncodingArg;

/// A readable file: its text and how it was read.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252; an explicit
/// `--encoding` wins. Asked for UTF-8, bytes that are not UTF-8 are an error naming the
/// first bad line and byte — never replaced by U+FFFD.
pub fn decode(bytes: &[u8], wanted: Option<EncodingArg>) -> Result<Decoded, String> {
    let without_bom = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let as_1252 = || Decoded {
        text: encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
        encoding: "windows-1252",
    };
    let as_utf8 = std::str::from_utf8(without_bom).map(|text| Decoded {
        text: text.to_string(),
        encoding: "utf-8",
    });
    match (wanted, as_utf8) {
        (Some(EncodingArg::Windows1252), _) | (None, Err(_)) => Ok(as_1252()),
        (_, Ok(decoded)) => Ok(decoded),
        (Some(EncodingArg::Utf8), Err(error)) => {
            let good = &without_bom[..error.valid_up_to()];
            Err(crate::t!(
                "cli-import-not-utf8",
                line = 1 + line_breaks(good, without_bom),
                offset = error.valid_up_to() + (bytes.len() - without_bom.len())
            ))
        }
    }
}

/// `;` when the header line (outside quotes) has more semicolons than commas, else `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut quoted = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

/// Line breaks in `part`, a prefix of `whole`: `\n`, `\r\n` and a lone `\r` count one each.
fn line_breaks(part: &[u8], whole: &[u8]) -> u64 {
    let mut breaks = 0;
    for (index, byte) in part.iter().enumerate() {
        match byte {
            b'\n' => breaks += 1,
            b'\r' if whole.get(index + 1) != Some(&b'\n') => breaks += 1,
            _ => {}
        }
    }
    breaks
}

/// The 1-based line a record starting at a byte offset of the text is on, counted from
/// the bytes themselves (csv's own line numbers are one short after `\r\n`,
/// BurntSushi/rust-csv#395; its record offsets may point at the `\n` of the line ending
/// before the record, which is skipped here). Offsets asked in ascending order cost one
/// pass over the text in all.
pub struct LineCounter<'t> {
    text: &'t [u8],
    offset: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    pub fn new(text: &'t str) -> LineCounter<'t> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    pub fn line_at(&mut self, offset: u64) -> u64 {
        let mut offset = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while matches!(self.text.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        if offset < self.offset {
            (self.offset, self.line) = (0, 1);
        }
        let whole = &self.text[self.offset..];
        self.line += line_breaks(&whole[..offset - self.offset], whole);
        self.offset = offset;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn delimiter_is_detected_from_the_header_outside_quotes() {
        assert_eq!(detect_delimiter("name;city\nA;B"), b';');
        assert_eq!(detect_delimiter("name,city\nA;B;C;D"), b',');
        assert_eq!(detect_delimiter("\"a;b;c\",city,x\n"), b',');
    }

    #[test]
    fn windows_1252_is_detected_when_the_bytes_are_not_utf8() {
        let decoded = decode(b"Stra\xdfe;M\xfcller", None).unwrap();
        assert_eq!(decoded.text, "Straße;Müller");
        assert_eq!(decoded.encoding, "windows-1252");
        let bom = decode("\u{feff}Straße".as_bytes(), None).unwrap();
        assert_eq!(bom.text, "Straße");
        assert_eq!(bom.encoding, "utf-8");
    }

    #[test]
    fn utf8_asked_for_but_not_given_names_the_first_bad_line_and_byte() {
        let bytes = b"\xEF\xBB\xBFname\r\nA\r\nM\xfcller\r\n";
        let error = decode(bytes, Some(EncodingArg::Utf8)).err().unwrap();
        assert_eq!(
            error,
            "not valid UTF-8 at line 3 (byte offset 13); if the file comes from Windows, try --encoding windows-1252"
        );
        let forced = decode(bytes, Some(EncodingArg::Windows1252)).unwrap();
        assert!(forced.text.contains("Müller"));
    }

    #[test]
    fn lines_count_crlf_lf_and_lone_cr_once() {
        let text = "a\r\nb\nc\rd\r\n\"e\r\nf\"\r\ng";
        let mut lines = LineCounter::new(text);
        let line_of =
            |lines: &mut LineCounter, c: char| lines.line_at(text.find(c).unwrap() as u64);
        assert_eq!(line_of(&mut lines, 'a'), 1);
        assert_eq!(line_of(&mut lines, 'b'), 2);
        assert_eq!(line_of(&mut lines, 'd'), 4);
        assert_eq!(line_of(&mut lines, 'g'), 7);
        assert_eq!(line_of(&mut lines, 'c'), 3);
        let after_cr = text.find("\r\nb").unwrap() as u64 + 1;
        assert_eq!(
            lines.line_at(after_cr),
            2,
            "the \\n before a record is skipped"
        );
    }

    /// An encoding asked for with `--encoding`, or none.
    fn wanted() -> impl Strategy<Value = Option<EncodingArg>> {
        prop::sample::select(vec![
            None,
            Some(EncodingArg::Utf8),
            Some(EncodingArg::Windows1252),
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_bytes_decode_or_are_refused_naming_line_and_byte(
            bytes in prop::collection::vec(any::<u8>(), 0..64),
            wanted in wanted(),
        ) {
            let without_bom = bytes.strip_prefix(BOM).unwrap_or(&bytes);
            match (decode(&bytes, wanted), std::str::from_utf8(without_bom)) {
                (Ok(decoded), Ok(text)) if wanted != Some(EncodingArg::Windows1252) => {
                    prop_assert_eq!(decoded.text, text);
                }
                (Ok(decoded), _) => {
                    prop_assert_ne!(wanted, Some(EncodingArg::Utf8));
                    let again = encoding_rs::WINDOWS_1252.encode(&decoded.text).0;
                    prop_assert_eq!(&again[..], &bytes[..]);
                }
                (Err(error), Err(bad)) => {
                    prop_assert_eq!(wanted, Some(EncodingArg::Utf8));
                    let at = bytes.len() - without_bom.len() + bad.valid_up_to();
                    let line = 1 + line_breaks(&bytes[..at], &bytes);
                    let named = format!("at line {line} (byte offset {at})");
                    prop_assert!(error.contains(&named), "{error} is not {named}");
                }
                (Err(error), Ok(_)) => prop_assert!(false, "valid UTF-8 refused: {error}"),
            }
        }

        #[test]
        fn utf8_text_reads_back_with_and_without_bom(text in "\\PC{0,32}", wanted in wanted()) {
            prop_assume!(wanted != Some(EncodingArg::Windows1252));
            for bytes in [text.as_bytes().to_vec(), [BOM, text.as_bytes()].concat()] {
                let decoded = decode(&bytes, wanted).map(|decoded| decoded.text);
                prop_assert_eq!(decoded.as_deref(), Ok(text.as_str()));
            }
        }

        #[test]
        fn lines_are_counted_the_same_in_any_order(
            text in "[a\\r\\n\"é]{0,32}",
            offsets in prop::collection::vec(0..40u64, 0..8),
        ) {
            let mut cached = LineCounter::new(&text);
            let most = 1 + line_breaks(text.as_bytes(), text.as_bytes());
            for offset in offsets {
                let line = cached.line_at(offset);
                prop_assert_eq!(line, LineCounter::new(&text).line_at(offset));
                prop_assert!((1..=most).contains(&line));
            }
        }

        #[test]
        fn the_delimiter_is_the_one_the_header_has_more_of(
            cells in prop::collection::vec("[a-z \"]{0,4}", 1..6),
            semicolons in any::<bool>(),
        ) {
            let delimiter = if semicolons { ";" } else { "," };
            let header: Vec<String> = cells
                .iter()
                .map(|cell| format!("\"{}\"", cell.replace('"', "\"\"")))
                .collect();
            let text = format!("{}\nx,y,z;w", header.join(delimiter));
            let expected = if semicolons && cells.len() > 1 { b';' } else { b',' };
            prop_assert_eq!(detect_delimiter(&text), expected);
        }
    }
}
