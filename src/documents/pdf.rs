//! A `Letter` as a PDF (A4, DIN 5008 form B) written with `pdf-writer`: the letterhead on
//! top, the return line and the recipient in the window (20 mm from the left edge, 45 mm
//! from the top, text from 25 mm), the information block from 125 to 200 mm, the subject
//! below the window, fold marks at 105 and 210 mm and the hole mark at 148.5 mm, the table,
//! totals and sections from 25 to 190 mm. Long documents break onto further pages that
//! repeat a running title and the table's header; every page carries "page n of m" and
//! the legal footer. The font is DejaVu Sans, embedded as a subset (see `font`), so
//! umlauts and `€` read back as text. No I/O: the caller writes the bytes. Room: documents.

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};

use super::letter::{Align, Letter, wrap};
use font::Face;

pub mod archive;
mod font;

/// A4 in millimetres, and the points of a millimetre.
const PAGE_WIDTH: f32 = 210.0;
const PAGE_HEIGHT: f32 = 297.0;
const POINTS: f32 = 72.0 / 25.4;
/// The text block: from 25 mm to 190 mm (20 mm right margin).
const LEFT: f32 = 25.0;
const RIGHT: f32 = 190.0;
/// The information block: 75 mm wide from 125 mm (DIN 5008), into the right margin.
const INFO: f32 = 125.0;
const INFO_RIGHT: f32 = 200.0;
/// Where content stops above the page number and the footer, and where it starts on a
/// following page.
const BOTTOM: f32 = 266.0;
const TOP_FOLLOWING: f32 = 32.0;
/// The gap between table columns.
const GAP: f32 = 2.5;

const BODY: f32 = 10.0;
const SMALL: f32 = 7.0;
const TABLE: f32 = 8.5;

/// One thing drawn on a page, in millimetres from the top-left corner (`y` the baseline).
#[derive(Debug, Clone, PartialEq)]
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
    },
}

/// The face of bold or regular text.
fn face(bold: bool) -> Face {
    match bold {
        true => Face::Bold,
        false => Face::Regular,
    }
}

/// Lays a letter out onto pages.
struct Pages<'a> {
    letter: &'a Letter,
    pages: Vec<Vec<Op>>,
    y: f32,
    widths: Vec<f32>,
    in_table: bool,
}

impl Pages<'_> {
    fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        if let Some(page) = self.pages.last_mut() {
            page.push(Op::Text {
                x,
                y,
                size,
                bold,
                text: text.to_string(),
            });
        }
    }

    fn right(&mut self, right: f32, y: f32, size: f32, text: &str) {
        let x = right - font::width_mm(Face::Regular, text, size);
        self.text(x, y, size, false, text);
    }

    fn rule(&mut self, x1: f32, x2: f32, y: f32) {
        if let Some(page) = self.pages.last_mut() {
            page.push(Op::Rule { x1, x2, y });
        }
    }

    /// Room for `height` mm more, else a new page with the running title (and the
    /// table's header while the table runs).
    fn room(&mut self, height: f32) {
        if self.y + height <= BOTTOM {
            return;
        }
        self.pages.push(Vec::new());
        let running = self.letter.running.clone();
        self.text(LEFT, 20.0, BODY, true, &running);
        self.rule(LEFT, RIGHT, 22.5);
        self.y = TOP_FOLLOWING;
        if self.in_table {
            self.table_header();
        }
    }

    /// Paragraph lines at `size`, wrapped to the text block.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool) {
        let leading = size * 0.5;
        let face = face(bold);
        for line in wrap(text, RIGHT - LEFT, &|t: &str| font::width_mm(face, t, size)) {
            self.room(leading);
            self.y += leading;
            self.text(LEFT, self.y, size, bold, &line);
        }
    }

    fn first_page(&mut self) {
        let letter = self.letter;
        let mut y = 20.0;
        for (index, line) in letter.letterhead.iter().enumerate() {
            let size = if index == 0 { 14.0 } else { 8.5 };
            self.text(LEFT, y, size, index == 0, line);
            y += if index == 0 { 6.0 } else { 4.0 };
        }
        for mark in [105.0, 210.0] {
            self.rule(4.0, 9.0, mark);
        }
        self.rule(4.0, 11.0, 148.5);
        self.text(LEFT, 50.0, SMALL, false, &letter.return_line);
        self.rule(LEFT, 105.0, 51.2);
        let mut y = 62.0;
        for line in &letter.recipient {
            self.text(LEFT, y, BODY, false, line);
            y += 4.5;
        }
        let size = 8.5;
        let label = letter
            .info
            .iter()
            .map(|(label, _)| font::width_mm(Face::Regular, &format!("{label}:"), size))
            .fold(0.0, f32::max);
        let value_x = INFO + label + 2.0;
        let mut y = 50.0;
        for (name, value) in &letter.info {
            self.text(INFO, y, size, false, &format!("{name}:"));
            let measure = |t: &str| font::width_mm(Face::Regular, t, size);
            for line in wrap(value, INFO_RIGHT - value_x, &measure) {
                self.text(value_x, y, size, false, &line);
                y += 4.2;
            }
        }
        self.y = f32::max(98.0, y + 4.0);
        self.paragraph(&letter.subject, 11.0, true);
        self.y += 3.0;
        for line in &letter.intro {
            self.paragraph(line, BODY, false);
            self.y += 1.0;
        }
        self.y += 3.0;
    }

    fn column_x(&self, index: usize) -> f32 {
        LEFT + self.widths[..index].iter().map(|w| w + GAP).sum::<f32>()
    }

    fn cell(&mut self, index: usize, y: f32, text: &str, bold: bool) {
        let align = self.letter.table.columns[index].align;
        let x = self.column_x(index);
        match align {
            Align::Left => self.text(x, y, TABLE, bold, text),
            Align::Right => self.right(x + self.widths[index], y, TABLE, text),
        }
    }

    fn table_header(&mut self) {
        self.y += 4.5;
        let titles: Vec<String> = self
            .letter
            .table
            .columns
            .iter()
            .map(|c| c.title.clone())
            .collect();
        for (index, title) in titles.iter().enumerate() {
            self.cell(index, self.y, title, false);
        }
        self.rule(LEFT, RIGHT, self.y + 1.5);
        self.y += 1.5;
    }

    fn table(&mut self) {
        let letter = self.letter;
        let table = &letter.table;
        let measure = |t: &str| font::width_mm(Face::Regular, t, TABLE);
        self.widths = table.widths(RIGHT - LEFT, GAP, 20.0, true, &measure);
        self.room(12.0);
        self.in_table = true;
        self.table_header();
        for row in &table.rows {
            let split: Vec<Vec<String>> = row
                .iter()
                .enumerate()
                .map(|(index, cell)| match table.columns[index].wraps {
                    true => wrap(cell, self.widths[index], &measure),
                    false => vec![cell.clone()],
                })
                .collect();
            let height = split.iter().map(Vec::len).max().unwrap_or(1) as f32 * 3.8 + 1.0;
            self.room(height);
            let top = self.y + 4.0;
            for (index, lines) in split.iter().enumerate() {
                for (at, line) in lines.iter().enumerate() {
                    self.cell(index, top + at as f32 * 3.8, line, false);
                }
            }
            self.y += height;
        }
        self.in_table = false;
        self.rule(LEFT, RIGHT, self.y + 1.0);
        self.y += 2.0;
    }

    fn totals(&mut self) {
        let letter = self.letter;
        let count = letter.totals.len();
        self.room(5.0 * count as f32);
        for (index, (label, value)) in letter.totals.iter().enumerate() {
            let last = index + 1 == count;
            if last {
                self.rule(INFO - 20.0, RIGHT, self.y + 1.2);
                self.y += 1.2;
            }
            self.y += 4.5;
            let x = RIGHT - 32.0 - font::width_mm(face(last), label, 9.0);
            self.text(x, self.y, 9.0, last, label);
            self.right(RIGHT, self.y, 9.0, value);
        }
    }

    fn sections(&mut self) {
        let letter = self.letter;
        let lines = |text: &str, size: f32, bold: bool| {
            let measure = |t: &str| font::width_mm(face(bold), t, size);
            wrap(text, RIGHT - LEFT, &measure).len() as f32 * size * 0.5
        };
        for section in &letter.sections {
            self.y += 3.0;
            // A section that fits on a page is kept together.
            let height = lines(&section.heading, BODY, true)
                + section
                    .lines
                    .iter()
                    .map(|l| lines(l, 9.0, false))
                    .sum::<f32>();
            if height <= BOTTOM - TOP_FOLLOWING {
                self.room(height);
            }
            if !section.heading.is_empty() {
                self.paragraph(&section.heading, BODY, true);
            }
            for line in &section.lines {
                self.paragraph(line, 9.0, false);
            }
        }
    }

    /// The page number and the footer on every page, once the count is known.
    fn finish(mut self) -> Vec<Vec<Op>> {
        let count = self.pages.len();
        let footer = self.letter.footer.clone();
        for (index, page) in self.pages.iter_mut().enumerate() {
            let number = crate::t!("doc-page", page = index + 1, pages = count);
            page.push(Op::Text {
                x: RIGHT - font::width_mm(Face::Regular, &number, 8.0),
                y: 272.0,
                size: 8.0,
                bold: false,
                text: number,
            });
            page.push(Op::Rule {
                x1: LEFT,
                x2: RIGHT,
                y: 276.0,
            });
            let mut y = 280.0;
            for line in &footer {
                let measure = |t: &str| font::width_mm(Face::Regular, t, SMALL);
                for part in wrap(line, RIGHT - LEFT, &measure) {
                    page.push(Op::Text {
                        x: LEFT,
                        y,
                        size: SMALL,
                        bold: false,
                        text: part,
                    });
                    y += 3.2;
                }
            }
        }
        std::mem::take(&mut self.pages)
    }
}

/// The pages of `letter`, laid out.
fn layout(letter: &Letter) -> Vec<Vec<Op>> {
    let mut pages = Pages {
        letter,
        pages: vec![Vec::new()],
        y: 0.0,
        widths: Vec::new(),
        in_table: false,
    };
    pages.first_page();
    pages.table();
    pages.totals();
    pages.sections();
    pages.finish()
}

/// The texts each page of `letter` shows, in the order they are drawn: what the content
/// streams hold as CIDs of the embedded subsets, for tests to read.
#[cfg(test)]
pub(crate) fn page_texts(letter: &Letter) -> Vec<Vec<String>> {
    layout(letter)
        .into_iter()
        .map(|ops| {
            ops.into_iter()
                .filter_map(|op| match op {
                    Op::Text { text, .. } => Some(text),
                    Op::Rule { .. } => None,
                })
                .collect()
        })
        .collect()
}

/// `letter` as the bytes of a PDF file.
pub fn render(letter: &Letter) -> Vec<u8> {
    write(letter, None)
}

/// `letter` as a ZUGFeRD / Factur-X PDF: PDF/A-3 metadata, output intent and the
/// e-invoice embedded (see `archive`).
pub fn render_facturx(letter: &Letter, facturx: &archive::FacturX) -> Vec<u8> {
    write(letter, Some(facturx))
}

fn write(letter: &Letter, facturx: Option<&archive::FacturX>) -> Vec<u8> {
    let pages = layout(letter);
    let (catalog, tree, regular, bold) = (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4));
    let after_pages = 5 + 2 * i32::try_from(pages.len()).unwrap_or(i32::MAX / 4);
    let font_refs = [
        font::Refs::new(regular, after_pages),
        font::Refs::new(bold, after_pages + font::Refs::COUNT),
    ];
    let archive_refs = archive::Refs::from(after_pages + 2 * font::Refs::COUNT);
    let mut pdf = Pdf::new();
    let mut root = pdf.catalog(catalog);
    root.pages(tree);
    if facturx.is_some() {
        archive::catalog(&mut root, &archive_refs);
    }
    root.finish();
    let ids: Vec<(Ref, Ref)> = (0..pages.len())
        .map(|index| {
            let base = 5 + 2 * i32::try_from(index).unwrap_or(i32::MAX / 4);
            (Ref::new(base), Ref::new(base + 1))
        })
        .collect();
    pdf.pages(tree)
        .kids(ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    let mut subsets = [
        font::Subset::new(Face::Regular),
        font::Subset::new(Face::Bold),
    ];
    for (ops, (page_id, content_id)) in pages.iter().zip(&ids) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(
            0.0,
            0.0,
            PAGE_WIDTH * POINTS,
            PAGE_HEIGHT * POINTS,
        ))
        .parent(tree)
        .contents(*content_id);
        let mut resources = page.resources();
        let mut fonts = resources.fonts();
        fonts.pair(Name(b"F1"), regular);
        fonts.pair(Name(b"F2"), bold);
        drop(fonts);
        drop(resources);
        drop(page);
        pdf.stream(*content_id, &deflate(&content(ops, &mut subsets)))
            .filter(Filter::FlateDecode);
    }
    for (subset, refs) in subsets.iter().zip(&font_refs) {
        subset.write(&mut pdf, refs);
    }
    if let Some(facturx) = facturx {
        archive::objects(&mut pdf, &archive_refs, facturx);
    }
    pdf.finish()
}

/// `bytes` compressed for a `FlateDecode` stream (zlib, level 1: the fastest, nearly as small): pages, font programs
/// and the colour profile shrink to a fraction; the XMP metadata and the embedded XML
/// stay plain, so any reader (and PDF/A's metadata rule) sees them as they are.
pub(super) fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 1)
}

/// The content stream of one page, its texts encoded through the regular and the bold
/// subset.
fn content(ops: &[Op], [regular, bold]: &mut [font::Subset; 2]) -> Vec<u8> {
    let mut content = Content::new();
    content.set_line_width(0.4);
    for op in ops {
        match op {
            Op::Text {
                x,
                y,
                size,
                bold: is_bold,
                text,
            } => {
                let (font, subset) = match is_bold {
                    true => (Name(b"F2"), &mut *bold),
                    false => (Name(b"F1"), &mut *regular),
                };
                content
                    .begin_text()
                    .set_font(font, *size)
                    .next_line(x * POINTS, (PAGE_HEIGHT - y) * POINTS)
                    .show(Str(&subset.encode(text)))
                    .end_text();
            }
            Op::Rule { x1, x2, y } => {
                let y = (PAGE_HEIGHT - y) * POINTS;
                content
                    .move_to(x1 * POINTS, y)
                    .line_to(x2 * POINTS, y)
                    .stroke();
            }
        }
    }
    content.finish().into_vec()
}
