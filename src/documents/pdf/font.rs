//! The fonts of every PDF: DejaVu Sans and DejaVu Sans Bold, vendored under
//! `src/documents/fonts/` (Bitstream Vera / DejaVu licence, `fonts/LICENSE`) and compiled
//! in, so no document depends on the machine's fonts. Text is measured with the font's
//! own advance widths, and each face is embedded as PDF/A asks: a subset of the glyphs
//! the document uses (tagged `ABCDEF+`), as a Type0 font (`Identity-H`) over a
//! CIDFontType2 with its widths (`W`) and a `ToUnicode` CMap, so umlauts, `ß`, `€` and
//! typographic quotes and dashes read back as text. A character the font lacks prints as
//! `?`. No I/O. Room: documents.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use sha2::{Digest, Sha256};
use subsetter::GlyphRemapper;

static REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

static REGULAR: LazyLock<Option<ttf_parser::Face<'static>>> =
    LazyLock::new(|| ttf_parser::Face::parse(REGULAR_TTF, 0).ok());
static BOLD: LazyLock<Option<ttf_parser::Face<'static>>> =
    LazyLock::new(|| ttf_parser::Face::parse(BOLD_TTF, 0).ok());

/// The width of a glyph a font does not describe, in 1/1000 em.
const FALLBACK_WIDTH: f32 = 600.0;

/// One of the two faces text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

impl Face {
    fn data(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR_TTF,
            Face::Bold => BOLD_TTF,
        }
    }

    fn parsed(self) -> Option<&'static ttf_parser::Face<'static>> {
        match self {
            Face::Regular => REGULAR.as_ref(),
            Face::Bold => BOLD.as_ref(),
        }
    }

    /// The PostScript name.
    fn name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
        }
    }

    /// The glyph `c` is drawn with, and the character that glyph shows: `c` itself, or
    /// `?` where the font has no glyph for it.
    fn glyph(self, c: char) -> (u16, char) {
        let Some(face) = self.parsed() else {
            return (0, c);
        };
        match face.glyph_index(c) {
            Some(id) => (id.0, c),
            None => (face.glyph_index('?').map_or(0, |id| id.0), '?'),
        }
    }

    /// The advance width of glyph `id` in 1/1000 em.
    fn advance(self, id: u16) -> f32 {
        let Some(face) = self.parsed() else {
            return FALLBACK_WIDTH;
        };
        match face.glyph_hor_advance(ttf_parser::GlyphId(id)) {
            Some(units) => f32::from(units) * 1000.0 / f32::from(face.units_per_em()),
            None => FALLBACK_WIDTH,
        }
    }
}

/// The width of `text` in `face` at `size` points, in millimetres.
pub fn width_mm(face: Face, text: &str, size: f32) -> f32 {
    let units: f32 = text.chars().map(|c| face.advance(face.glyph(c).0)).sum();
    units / 1000.0 * size * 25.4 / 72.0
}

/// The objects one embedded face is written as.
pub(super) struct Refs {
    pub type0: Ref,
    cid: Ref,
    descriptor: Ref,
    file: Ref,
    cmap: Ref,
}

impl Refs {
    /// The Type0 font at `type0`, its other objects numbered from `first` (four of them).
    pub fn new(type0: Ref, first: i32) -> Refs {
        Refs {
            type0,
            cid: Ref::new(first),
            descriptor: Ref::new(first + 1),
            file: Ref::new(first + 2),
            cmap: Ref::new(first + 3),
        }
    }

    /// How many objects `new` numbers from `first`.
    pub const COUNT: i32 = 4;
}

/// The glyphs of one face a document uses: texts are encoded through it, then the subset
/// is written.
pub(super) struct Subset {
    face: Face,
    glyphs: GlyphRemapper,
    /// The character each glyph of the subset (by its new id, the CID) shows.
    unicode: BTreeMap<u16, char>,
}

impl Subset {
    pub fn new(face: Face) -> Subset {
        Subset {
            face,
            glyphs: GlyphRemapper::new(),
            unicode: BTreeMap::new(),
        }
    }

    /// `text` as the two-byte CIDs of `Identity-H`, its glyphs taken into the subset.
    pub fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let (old, shows) = self.face.glyph(c);
            let cid = self.glyphs.remap(old);
            if old != 0 {
                self.unicode.entry(cid).or_insert(shows);
            }
            bytes.extend(cid.to_be_bytes());
        }
        bytes
    }

    /// The six-letter subset tag, from the face and the glyphs it holds.
    fn tag(&self) -> String {
        let mut hash = Sha256::new();
        hash.update(self.face.name().as_bytes());
        for old in self.glyphs.remapped_gids() {
            hash.update(old.to_be_bytes());
        }
        hash.finalize()
            .iter()
            .take(6)
            .map(|byte| char::from(b'A' + byte % 26))
            .collect()
    }

    /// The Type0 font, its CIDFontType2, descriptor, subset font program and `ToUnicode`.
    pub fn write(&self, pdf: &mut Pdf, refs: &Refs) {
        let name = format!("{}+{}", self.tag(), self.face.name());
        let name = Name(name.as_bytes());
        let system = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };
        pdf.type0_font(refs.type0)
            .base_font(name)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(refs.cid)
            .to_unicode(refs.cmap);

        let widths: Vec<f32> = self
            .glyphs
            .remapped_gids()
            .map(|old| self.face.advance(old).round())
            .collect();
        let mut cid = pdf.cid_font(refs.cid);
        cid.subtype(CidFontType::Type2)
            .base_font(name)
            .system_info(system)
            .font_descriptor(refs.descriptor)
            .default_width(FALLBACK_WIDTH)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        cid.widths().consecutive(0, widths);
        cid.finish();

        self.descriptor(pdf, refs, name);

        // The subsetter only fails on a font it cannot read; the vendored ones it reads
        // (a unit test makes sure), so an empty program is never written in practice.
        let program = subsetter::subset(self.face.data(), 0, &self.glyphs).unwrap_or_default();
        let length = i32::try_from(program.len()).unwrap_or(i32::MAX);
        pdf.stream(refs.file, &super::deflate(&program))
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), length);

        let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
        for (cid, c) in &self.unicode {
            cmap.pair(*cid, *c);
        }
        let cmap = cmap.finish();
        pdf.cmap(refs.cmap, cmap.as_slice())
            .name(Name(b"Custom"))
            .system_info(system);
    }

    fn descriptor(&self, pdf: &mut Pdf, refs: &Refs, name: Name) {
        let Some(face) = self.face.parsed() else {
            return;
        };
        let scale = 1000.0 / f32::from(face.units_per_em());
        let scaled = |units: i16| f32::from(units) * scale;
        let bbox = face.global_bounding_box();
        let mut flags = FontFlags::SYMBOLIC;
        flags.set(FontFlags::FORCE_BOLD, self.face == Face::Bold);
        let weight = face.weight().to_number();
        pdf.font_descriptor(refs.descriptor)
            .name(name)
            .flags(flags)
            .bbox(Rect::new(
                scaled(bbox.x_min),
                scaled(bbox.y_min),
                scaled(bbox.x_max),
                scaled(bbox.y_max),
            ))
            .italic_angle(face.italic_angle())
            .ascent(scaled(face.ascender()))
            .descent(scaled(face.descender()))
            .cap_height(scaled(face.capital_height().unwrap_or(face.ascender())))
            .stem_v(10.0 + 0.244 * (f32::from(weight) - 50.0))
            .font_file2(refs.file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_vendored_faces_parse_and_subset() {
        for face in [Face::Regular, Face::Bold] {
            assert!(face.parsed().is_some(), "{face:?} does not parse");
            let mut subset = Subset::new(face);
            subset.encode("Grüße 5 €");
            let program = subsetter::subset(face.data(), 0, &subset.glyphs);
            let program = program.expect("the subsetter reads the face");
            assert!(program.len() < face.data().len() / 10, "{}", program.len());
        }
    }

    #[test]
    fn texts_are_two_byte_cids_numbered_in_order_of_first_use() {
        let mut subset = Subset::new(Face::Regular);
        // .notdef is CID 0; "a" 1, "b" 2, and the second "a" is 1 again.
        assert_eq!(subset.encode("aba"), vec![0, 1, 0, 2, 0, 1]);
        assert_eq!(subset.unicode.get(&1), Some(&'a'));
        assert_eq!(subset.unicode.get(&2), Some(&'b'));
    }

    #[test]
    fn a_character_the_font_lacks_shows_as_a_question_mark() {
        let mut subset = Subset::new(Face::Regular);
        // U+E000 is a private-use character DejaVu Sans has no glyph for.
        assert_eq!(subset.encode("\u{E000}?"), vec![0, 1, 0, 1]);
        assert_eq!(subset.unicode.get(&1), Some(&'?'));
    }

    #[test]
    fn widths_follow_the_fonts_advances() {
        // DejaVu Sans (2048 units per em): "H" advances 1540 units, "i" 569, so "Hi" is
        // 2109 / 2048 em; at 10 pt that is 10.298 pt = 3.633 mm.
        let expected = 2109.0 / 2048.0 * 10.0 * 25.4 / 72.0;
        assert!((width_mm(Face::Regular, "Hi", 10.0) - expected).abs() < 0.001);
        // Digits share one width, so right-aligned amounts line up.
        let one = width_mm(Face::Regular, "1", 8.5);
        assert!((width_mm(Face::Regular, "8", 8.5) - one).abs() < 1e-6);
        assert!(width_mm(Face::Bold, "Hi", 10.0) > width_mm(Face::Regular, "Hi", 10.0));
    }
}
