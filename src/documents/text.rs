//! A `Letter` as plain text for a terminal or the command line: the letterhead, the
//! recipient beside the information block, the subject, the table with its text column
//! wrapped to fit the width, the totals right-aligned, the sections and the footer.
//! Widths are display widths (umlauts and `€` count one). Room: documents.

use unicode_width::UnicodeWidthStr;

use super::letter::{Align, Letter, wrap};

/// Columns of the recipient beside the information block.
const RECIPIENT: usize = 40;

/// The narrowest the wrapping text column gets.
const MIN_TEXT: usize = 12;

fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

fn pad(text: &str, to: usize, align: Align) -> String {
    let fill = " ".repeat(to.saturating_sub(width(text)));
    match align {
        Align::Left => format!("{text}{fill}"),
        Align::Right => format!("{fill}{text}"),
    }
}

/// `letter` as text `columns` wide (the table's text column wraps; other lines wrap at
/// spaces).
pub fn render(letter: &Letter, columns: usize) -> String {
    let measure = |text: &str| width(text) as f32;
    let wrapped = |text: &str| wrap(text, columns as f32, &measure);
    let mut out: Vec<String> = Vec::new();
    out.extend(letter.letterhead.iter().flat_map(|line| wrapped(line)));
    out.push(String::new());
    if !letter.return_line.is_empty() {
        out.extend(wrapped(&letter.return_line));
    }
    let label = letter.info.iter().map(|(l, _)| width(l)).max().unwrap_or(0);
    let info: Vec<String> = letter
        .info
        .iter()
        .map(|(l, value)| format!("{} {value}", pad(&format!("{l}:"), label + 1, Align::Left)))
        .collect();
    for row in 0..letter.recipient.len().max(info.len()) {
        let left = letter.recipient.get(row).map_or("", String::as_str);
        let right = info.get(row).map_or("", String::as_str);
        out.push(
            format!("{}{right}", pad(left, RECIPIENT, Align::Left))
                .trim_end()
                .to_string(),
        );
    }
    out.push(String::new());
    out.extend(wrapped(&letter.subject));
    out.push(String::new());
    for line in &letter.intro {
        out.extend(wrapped(line));
    }
    out.push(String::new());
    out.extend(table(letter, columns));
    let value = letter
        .totals
        .iter()
        .map(|(_, v)| width(v))
        .max()
        .unwrap_or(0);
    let label = columns.saturating_sub(value + 1);
    for (name, amount) in &letter.totals {
        out.push(format!(
            "{} {}",
            pad(name, label, Align::Right),
            pad(amount, value, Align::Right)
        ));
    }
    for section in &letter.sections {
        out.push(String::new());
        if !section.heading.is_empty() {
            out.extend(wrapped(&section.heading));
        }
        for line in &section.lines {
            out.extend(wrapped(line));
        }
    }
    out.push(String::new());
    out.extend(letter.footer.iter().flat_map(|line| wrapped(line)));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The table: a header, a rule, the rows (the wrapping column on more lines), a rule.
fn table(letter: &Letter, columns: usize) -> Vec<String> {
    let table = &letter.table;
    let measure = |text: &str| width(text) as f32;
    let widths: Vec<usize> = table
        .widths(columns as f32, 1.0, MIN_TEXT as f32, false, &measure)
        .into_iter()
        .map(|w| w as usize)
        .collect();
    let gaps = table.columns.len().saturating_sub(1);
    let line = |cells: Vec<String>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .zip(&table.columns)
            .map(|((cell, w), column)| pad(cell, *w, column.align))
            .collect();
        padded.join(" ").trim_end().to_string()
    };
    let total = widths.iter().sum::<usize>() + gaps;
    let mut out = vec![line(
        table.columns.iter().map(|c| c.title.clone()).collect(),
    )];
    out.push("-".repeat(total));
    for row in &table.rows {
        let split: Vec<Vec<String>> = row
            .iter()
            .zip(&widths)
            .zip(&table.columns)
            .map(|((cell, w), column)| match column.wraps {
                true => wrap(cell, *w as f32, &|t: &str| width(t) as f32),
                false => vec![cell.clone()],
            })
            .collect();
        let height = split.iter().map(Vec::len).max().unwrap_or(1);
        for at in 0..height {
            out.push(line(
                split
                    .iter()
                    .map(|cell| cell.get(at).cloned().unwrap_or_default())
                    .collect(),
            ));
        }
    }
    out.push("-".repeat(total));
    out
}
