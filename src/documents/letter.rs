//! The layout-neutral model of a business letter (DIN 5008): what it says, in the order
//! it says it, with no positions, fonts or widths — the renderers decide those. Every text
//! is already in the reader's language and formatted for reading. Room: documents.

/// How a column's cells line up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A column of the table: its title and alignment; `wraps` marks the one column (the
/// text) that breaks onto more lines when it is too long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: String,
    pub align: Align,
    pub wraps: bool,
}

/// The lines of a document: one row of cells per line, one cell per column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Each column's width as `measure` measures text: its widest cell or title. The
    /// wrapping column gets what `total` leaves after the others and the `gap`s between
    /// columns, at least `least`; with `fill` all of it, else no more than it needs.
    pub fn widths(
        &self,
        total: f32,
        gap: f32,
        least: f32,
        fill: bool,
        measure: &dyn Fn(&str) -> f32,
    ) -> Vec<f32> {
        let mut widths: Vec<f32> = self
            .columns
            .iter()
            .enumerate()
            .map(|(index, column)| {
                let cells = self.rows.iter().filter_map(|row| row.get(index));
                cells
                    .map(|c| measure(c))
                    .fold(measure(&column.title), f32::max)
            })
            .collect();
        if let Some(wrapping) = self.columns.iter().position(|c| c.wraps) {
            let others: f32 = widths.iter().sum::<f32>() - widths[wrapping];
            let gaps = gap * self.columns.len().saturating_sub(1) as f32;
            let room = (total - others - gaps).max(least);
            widths[wrapping] = match fill {
                true => room,
                false => widths[wrapping].min(room),
            };
        }
        widths
    }
}

/// A titled block of lines after the totals (notes, terms, changes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
}

/// A business letter. `letterhead` is the sender (first line its name); `return_line` the
/// small sender line above the recipient; `recipient` the address in the window; `info`
/// the information block (label, value); `subject` the bold subject, `running` the short
/// title repeated on following pages; `intro` the sentence before the table; `totals`
/// (label, value) with the last one the amount due; `footer` the legal lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Letter {
    pub letterhead: Vec<String>,
    pub return_line: String,
    pub recipient: Vec<String>,
    pub info: Vec<(String, String)>,
    pub subject: String,
    pub running: String,
    pub intro: Vec<String>,
    pub table: Table,
    pub totals: Vec<(String, String)>,
    pub sections: Vec<Section>,
    pub footer: Vec<String>,
}

impl Letter {
    /// The letter with every text passed through `f` (a terminal without Unicode writes
    /// `Straße` as `Strasse`: the layout must measure what it shows).
    pub fn map(&self, f: &dyn Fn(&str) -> String) -> Letter {
        let all = |lines: &[String]| lines.iter().map(|l| f(l)).collect::<Vec<_>>();
        let pairs = |pairs: &[(String, String)]| {
            pairs.iter().map(|(a, b)| (f(a), f(b))).collect::<Vec<_>>()
        };
        Letter {
            letterhead: all(&self.letterhead),
            return_line: f(&self.return_line),
            recipient: all(&self.recipient),
            info: pairs(&self.info),
            subject: f(&self.subject),
            running: f(&self.running),
            intro: all(&self.intro),
            table: Table {
                columns: (self.table.columns.iter())
                    .map(|c| Column {
                        title: f(&c.title),
                        ..c.clone()
                    })
                    .collect(),
                rows: self.table.rows.iter().map(|row| all(row)).collect(),
            },
            totals: pairs(&self.totals),
            sections: (self.sections.iter())
                .map(|s| Section {
                    heading: f(&s.heading),
                    lines: all(&s.lines),
                })
                .collect(),
            footer: all(&self.footer),
        }
    }
}

/// `text` broken into lines no wider than `max` as `measure` measures them: at spaces,
/// a word wider than a line cut where it must. An empty text is one empty line.
pub fn wrap(text: &str, max: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let candidate = match current.is_empty() {
            true => word.to_string(),
            false => format!("{current} {word}"),
        };
        if measure(&candidate) <= max {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        for c in word.chars() {
            let mut longer = current.clone();
            longer.push(c);
            if measure(&longer) > max && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
    }
    lines.push(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    fn chars(text: &str) -> f32 {
        text.chars().count() as f32
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_cuts_a_word_too_long() {
        assert_eq!(
            wrap("Chai Tee aus Indien", 9.0, &chars),
            ["Chai Tee", "aus", "Indien"]
        );
        assert_eq!(
            wrap("Donaudampfschiff", 6.0, &chars),
            ["Donaud", "ampfsc", "hiff"]
        );
        assert_eq!(wrap("", 6.0, &chars), [""]);
    }
}
