//! `kontor import`: CSV files as people really have them — UTF-8 with or without BOM or
//! Windows-1252 (detected), `,` or `;` (detected), quoted fields with newlines, a NULL
//! marker, columns mapped to fields. All or nothing: every row is checked before anything
//! is written, and the write itself is one journaled bulk insert. Room: cli.

use std::collections::HashSet;
use std::io::Write;

use super::args::{ImportArgs, Kind};
use super::csv_text::{LineCounter, decode, detect_delimiter};
use super::import_builder::Builder;
use super::kept_ids::KeptIds;
use super::{CliError, Context};
use crate::core::kinds::ITEMS;
use crate::core::opening_stock;
use crate::core::plain::{Done, Imported, RecordEvent};
use crate::core::{Event, execute_with_progress};
use crate::domain::fields::Input;
use crate::domain::money::parse_decimal;
use crate::t;
use rust_decimal::Decimal;

/// At most this many bad rows are listed.
const MAX_REPORTED: usize = 50;

pub fn run(context: &mut Context, args: ImportArgs) -> Result<(), CliError> {
    if args.kind == Kind::Orders {
        return super::import_orders::run(context, args);
    }
    if args.lines.is_some() || !args.line_maps.is_empty() {
        return Err(CliError::Usage(t!("cli-import-lines-orders-only")));
    }
    let sheet = Sheet::read(&args.file, args.encoding, args.delimiter)?;
    let header = &sheet.header;
    let (known, assigned) = field_names(args.kind)?;
    let never_read = KeptIds::never_read(args.kind, assigned);
    let mapping = Mapping::new(header, &args.maps, &known, &never_read)?;
    let mut kept_ids = KeptIds::new(context, args.kind, mapping.reads("id"))?;
    let opening_column = opening_column(&args, header, mapping.reads("id"))?;
    let opening_location = opening_column.map(|_| {
        args.location
            .clone()
            .unwrap_or_else(|| context.settings.default_location.clone())
    });
    let supplier_column = super::supplier_item::import_column(&args, header)?;
    let mut linked = 0;
    let null = args.null.as_deref();
    let now = context.clock.now();
    let mut builder = Builder::new(context, args.kind, now)?;
    let mut problems = sheet.problems.clone();
    let rows = sheet.rows.len();
    for (line, cells) in &sheet.rows {
        let line = *line;
        let mut input = mapping.input(cells, null);
        if let Some(column) = opening_column {
            match opening_quantity(&cells[column], null) {
                Ok(quantity) => input.set(opening_stock::QUANTITY, quantity.to_string()),
                Err(reason) => problems.push(in_column(line, &header[column], &reason)),
            }
        }
        if let Some(column) = supplier_column {
            linked += usize::from(super::supplier_item::import_cell(
                &mut input,
                &cells[column],
                null,
            ));
        }
        let added = kept_ids
            .read(&input, line)
            .and_then(|identity| builder.add(&input, identity, line));
        if let Err(invalid) = added {
            for problem in invalid {
                let column = mapping.column_of(problem.field);
                problems.push(in_column(line, &column, &problem.message));
            }
        }
    }
    if !problems.is_empty() {
        return refuse_problems(context, &args.file, &problems);
    }
    let ignored: Vec<String> = mapping
        .ignored(header)
        .into_iter()
        .filter(|name| Some(name.as_str()) != opening_column.map(|c| header[c].as_str()))
        .filter(|name| Some(name.as_str()) != supplier_column.map(|c| header[c].as_str()))
        .collect();
    let summary_tail = format!("({})", sheet.summary(&ignored));
    let path = args.file.display().to_string();
    if args.dry_run {
        let records = records_word(args.kind, rows);
        let line = t!(
            "cli-import-dry-run",
            records = records,
            path = path,
            tail = summary_tail
        );
        writeln!(context.out, "{line}")?;
        return Ok(());
    }
    let mut with = Input::new();
    if let Some(location) = &opening_location {
        with.set(opening_stock::LOCATION, location.clone());
    }
    let command = builder.into_command(with);
    let event = execute_rows(context, command, rows)?;
    let (written, beside) = match event {
        Event::Record(RecordEvent {
            done: Done::Imported(Imported { ids, beside }),
            ..
        }) => (ids.len(), beside),
        _ => (0, 0),
    };
    let records = records_word(args.kind, written);
    let line = match &opening_location {
        Some(location) => t!(
            "cli-import-done-opening",
            records = records,
            receipts = beside,
            location = location,
            path = path,
            tail = summary_tail
        ),
        None => t!(
            "cli-import-done",
            records = records,
            path = path,
            tail = summary_tail
        ),
    };
    writeln!(context.out, "{line}")?;
    if supplier_column.is_some() {
        super::supplier_item::linked(context, linked)?;
    }
    Ok(())
}

/// Runs an import's command with a progress bar of its `rows` (see `progress_bar`).
pub(super) fn execute_rows(
    context: &Context,
    command: crate::core::Command,
    rows: usize,
) -> Result<Event, CliError> {
    let progress = progress_bar(context.progress, rows as u64, &t!("cli-progress-rows"));
    let event = execute_with_progress(
        &context.store,
        &context.clock,
        &context.actor,
        command,
        &mut |done| {
            if let Some(bar) = &progress {
                bar.set_position(done as u64);
            }
        },
    )?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(event)
}

/// A CSV file read as people really have it: its header and its non-empty rows (with the
/// line each starts on), the rows it could not read as problems already worded.
pub(super) struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
    pub problems: Vec<String>,
    encoding: &'static str,
    delimiter: u8,
    repaired: usize,
}

impl Sheet {
    /// Reads `file`: encoding and delimiter detected unless given; unquoted delimiters
    /// before a space rejoined (`repair_unquoted`); a row of the wrong width a problem.
    pub(super) fn read(
        file: &std::path::Path,
        encoding: Option<super::args::EncodingArg>,
        delimiter: Option<char>,
    ) -> Result<Sheet, CliError> {
        let bytes = std::fs::read(file).map_err(|error| {
            let path = file.display().to_string();
            CliError::Usage(t!(
                "cli-error-cannot-read",
                path = path,
                error = error.to_string()
            ))
        })?;
        let decoded = decode(&bytes, encoding)
            .map_err(|error| CliError::Usage(format!("{}: {error}", file.display())))?;
        let delimiter = match delimiter {
            Some(c) if c.is_ascii() => c as u8,
            Some(c) => {
                let given = format!("{c:?}");
                return Err(CliError::Usage(t!("cli-import-delimiter", given = given)));
            }
            None => detect_delimiter(&decoded.text),
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(decoded.text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map_err(|error| {
                let path = file.display().to_string();
                CliError::Usage(t!(
                    "cli-import-no-header",
                    path = path,
                    error = error.to_string()
                ))
            })?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if header.iter().all(String::is_empty) {
            let path = file.display().to_string();
            return Err(CliError::Usage(t!("cli-import-empty-header", path = path)));
        }
        let mut sheet = Sheet {
            header,
            rows: Vec::new(),
            problems: Vec::new(),
            encoding: decoded.encoding,
            delimiter,
            repaired: 0,
        };
        let mut lines = LineCounter::new(&decoded.text);
        for (index, result) in reader.records().enumerate() {
            let position = match &result {
                Ok(record) => record.position(),
                Err(error) => error.position(),
            };
            let line = position.map_or(index as u64 + 2, |p| lines.line_at(p.byte()));
            let record = match result {
                Ok(record) => record,
                Err(error) => {
                    sheet.problems.push(on_line(line, &csv_reason(&error)));
                    continue;
                }
            };
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            let width = sheet.header.len();
            match repair_unquoted(&record, width, char::from(delimiter)) {
                Some(cells) => {
                    sheet.repaired += usize::from(
                        cells.len() != record.len()
                            || cells.iter().zip(record.iter()).any(|(a, b)| a != b),
                    );
                    sheet.rows.push((line, cells));
                }
                None => {
                    let reason = t!("cli-import-columns", expected = width, found = record.len());
                    sheet.problems.push(on_line(line, &reason));
                }
            }
        }
        Ok(sheet)
    }

    /// `UTF-8, ','; 2 rows rejoined; ignored columns: fax`: how the file was read.
    pub(super) fn summary(&self, ignored: &[String]) -> String {
        format!(
            "{}, {}{}{}",
            self.encoding,
            if self.delimiter == b';' { "';'" } else { "','" },
            if self.repaired == 0 {
                String::new()
            } else {
                format!("; {}", t!("cli-import-rejoined", count = self.repaired))
            },
            if ignored.is_empty() {
                String::new()
            } else {
                let columns = ignored.join(", ");
                format!("; {}", t!("cli-import-ignored", columns = columns))
            }
        )
    }
}

/// Refuses the import of `file` when there are problems: the first `MAX_REPORTED` on
/// stderr, one line each (a line break or other control character a cell brought into a
/// problem is shown escaped, `\n`), then how many there were.
pub(super) fn refuse_problems(
    context: &mut Context,
    file: &std::path::Path,
    problems: &[String],
) -> Result<(), CliError> {
    if problems.is_empty() {
        return Ok(());
    }
    for problem in problems.iter().take(MAX_REPORTED) {
        writeln!(context.err, "{}", one_line(problem))?;
    }
    if problems.len() > MAX_REPORTED {
        let more = problems.len() - MAX_REPORTED;
        writeln!(
            context.err,
            "{}",
            t!("cli-import-more-problems", count = more)
        )?;
    }
    let path = file.display().to_string();
    let count = problems.len();
    Err(CliError::Usage(t!(
        "cli-import-refused",
        path = path,
        count = count
    )))
}

/// `text` on one line: control characters (line breaks, tabs, escapes) written as Rust
/// writes them in a string (`\n`, `\u{1b}`), everything else as it is.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| match c.is_control() {
            true => c.escape_default().to_string(),
            false => c.to_string(),
        })
        .collect()
}

/// The cells of a row, with the mistake of writers that do not quote rejoined: a row with
/// too many cells whose surplus cells start with a space (`24, place Kléber` written
/// unquoted) gets those cells glued back to the cell before. `None` when that does not
/// give exactly `width` cells.
fn repair_unquoted(
    record: &csv::StringRecord,
    width: usize,
    delimiter: char,
) -> Option<Vec<String>> {
    let mut surplus = record.len().checked_sub(width)?;
    let mut cells: Vec<String> = Vec::with_capacity(width);
    let delimiter_gap = |cell: &str| cell.starts_with(' ');
    for cell in record.iter() {
        match cells.last_mut() {
            Some(previous) if surplus > 0 && delimiter_gap(cell) => {
                previous.push(delimiter);
                previous.push_str(cell);
                surplus -= 1;
            }
            _ => cells.push(cell.to_string()),
        }
    }
    (cells.len() == width).then_some(cells)
}

/// `91 customers`: a count of records of `kind` in the current language (English always
/// the plural, as kontor has always written it).
pub(super) fn records_word(kind: Kind, count: usize) -> String {
    let key = format!("cli-records-{}", kind.name());
    let word = crate::lang::text_with(&key, &[("count", count.into())]);
    if word == key {
        format!("{count} {}", kind.name())
    } else {
        word
    }
}

/// A problem of a file's line: `line 4: …`.
pub(super) fn on_line(line: u64, reason: &str) -> String {
    t!("cli-import-on-line", line = line, reason = reason)
}

/// A problem of a cell: `line 4: column phone: …`.
pub(super) fn in_column(line: u64, column: &str, reason: &str) -> String {
    t!(
        "cli-import-in-column",
        line = line,
        column = column,
        reason = reason
    )
}

/// The column holding opening stock quantities (`--opening-stock`), items only and not
/// with kept ids (`id_mapped`: opening stock goes with items numbered anew).
fn opening_column(
    args: &ImportArgs,
    header: &[String],
    id_mapped: bool,
) -> Result<Option<usize>, CliError> {
    let Some(name) = args.opening_stock.as_deref() else {
        return Ok(None);
    };
    if args.kind != Kind::Plain(ITEMS) {
        return Err(CliError::Usage(t!("cli-import-opening-items-only")));
    }
    if id_mapped {
        return Err(CliError::Usage(t!(
            "cli-import-opening-new-items",
            name = name
        )));
    }
    find_column(header, name).map(Some).ok_or_else(|| {
        let columns = header.join(", ");
        CliError::Usage(t!(
            "cli-import-opening-no-column",
            name = name,
            columns = columns
        ))
    })
}

/// An opening quantity: empty or the NULL marker is zero; negative is refused.
fn opening_quantity(cell: &str, null: Option<&str>) -> Result<Decimal, String> {
    let cell = cell.trim();
    if cell.is_empty() || null == Some(cell) {
        return Ok(Decimal::ZERO);
    }
    match parse_decimal("quantity", cell) {
        Ok(quantity) if quantity < Decimal::ZERO => {
            let quantity = crate::lang::format::decimal(quantity);
            Err(t!("cli-import-opening-negative", quantity = quantity))
        }
        Ok(quantity) => Ok(quantity),
        Err(invalid) => Err(invalid.message),
    }
}

/// The fields of an importable kind, and those kontor assigns itself.
fn field_names(kind: Kind) -> Result<(Vec<&'static str>, &'static [&'static str]), CliError> {
    Ok(match kind {
        Kind::Plain(kind) => (kind.names(), &["id", "version"]),
        Kind::Orders => return Err(CliError::Usage(t!("cli-import-orders-lines"))),
        Kind::Datev => {
            return Err(CliError::Usage(t!(
                "cli-import-not-importable",
                kind = kind.name()
            )));
        }
        Kind::Moves | Kind::Balances => {
            return Err(CliError::Usage(t!(
                "cli-import-stock-kind",
                kind = kind.name()
            )));
        }
    })
}

fn csv_reason(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => t!("cli-import-not-in-encoding"),
        _ => error.to_string(),
    }
}

/// Which column feeds which field.
pub(super) struct Mapping {
    /// (column index, field) pairs; a column may feed one field, a field many columns.
    pairs: Vec<(usize, &'static str)>,
    header: Vec<String>,
}

impl Mapping {
    pub(super) fn new(
        header: &[String],
        maps: &[String],
        known: &[&'static str],
        assigned: &[&str],
    ) -> Result<Mapping, CliError> {
        let mut pairs = Vec::new();
        let mut explicit: HashSet<&'static str> = HashSet::new();
        for map in maps {
            let (field, column) = map
                .split_once('=')
                .ok_or_else(|| CliError::Usage(t!("cli-import-map-form", map = map)))?;
            let field = known
                .iter()
                .copied()
                .find(|known| known.eq_ignore_ascii_case(field.trim()))
                .ok_or_else(|| {
                    let fields = known.join(", ");
                    CliError::Usage(t!(
                        "cli-import-map-field",
                        map = map,
                        field = field.trim(),
                        fields = fields
                    ))
                })?;
            let index = find_column(header, column.trim()).ok_or_else(|| {
                let columns = header.join(", ");
                CliError::Usage(t!(
                    "cli-import-map-column",
                    map = map,
                    column = column.trim(),
                    columns = columns
                ))
            })?;
            pairs.push((index, field));
            explicit.insert(field);
        }
        for (index, name) in header.iter().enumerate() {
            if pairs.iter().any(|(i, _)| *i == index) {
                continue;
            }
            if let Some(field) = known.iter().copied().find(|f| f.eq_ignore_ascii_case(name))
                && !explicit.contains(field)
                && !assigned.contains(&field)
            {
                pairs.push((index, field));
            }
        }
        pairs.sort();
        Ok(Mapping {
            pairs,
            header: header.to_vec(),
        })
    }

    /// The input of a row's cells: each mapped cell under its field, the NULL marker
    /// (`null`) left out.
    pub(super) fn input(&self, cells: &[String], null: Option<&str>) -> Input {
        let mut input = Input::new();
        for (column, cell) in cells.iter().enumerate() {
            if let Some(field) = self.field_of(column)
                && null.is_none_or(|marker| cell.trim() != marker)
            {
                input.push(field, cell);
            }
        }
        input
    }

    /// Whether some column feeds `field`.
    fn reads(&self, field: &str) -> bool {
        self.pairs.iter().any(|(_, f)| *f == field)
    }

    fn field_of(&self, column: usize) -> Option<&'static str> {
        self.pairs
            .iter()
            .find(|(i, _)| *i == column)
            .map(|(_, f)| *f)
    }

    /// The column a field's problem is reported under: the first mapped column, else the
    /// field's own name.
    pub(super) fn column_of(&self, field: &str) -> String {
        self.pairs
            .iter()
            .find(|(_, f)| *f == field)
            .and_then(|(i, _)| self.header.get(*i).cloned())
            .unwrap_or_else(|| field.to_string())
    }

    pub(super) fn ignored(&self, header: &[String]) -> Vec<String> {
        header
            .iter()
            .enumerate()
            .filter(|(index, _)| self.field_of(*index).is_none())
            .map(|(_, name)| name.clone())
            .collect()
    }
}

pub(super) fn find_column(header: &[String], name: &str) -> Option<usize> {
    header
        .iter()
        .position(|h| h == name)
        .or_else(|| header.iter().position(|h| h.eq_ignore_ascii_case(name)))
}

/// A progress bar on stderr counting `unit`s (`rows`, in the current language), only when
/// stderr is a terminal (`shown`). Its words are rendered here, in the command's language;
/// the bar draws from the thread that moves it.
pub(super) fn progress_bar(shown: bool, len: u64, unit: &str) -> Option<indicatif::ProgressBar> {
    if !shown {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len);
    let eta = t!("cli-progress-eta");
    let template = format!("{{bar:40}} {{pos}}/{{len}} {unit}  {{per_sec}}  {eta} {{eta}}");
    let style = indicatif::ProgressStyle::with_template(&template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unquoted_delimiters_before_a_space_are_rejoined() {
        let row = csv::StringRecord::from(vec!["BLONP", "24", " place Kléber", "Strasbourg"]);
        assert_eq!(
            repair_unquoted(&row, 3, ',').unwrap(),
            vec!["BLONP", "24, place Kléber", "Strasbourg"]
        );
        let ambiguous = csv::StringRecord::from(vec!["a", "b", "c", "d"]);
        assert!(repair_unquoted(&ambiguous, 3, ',').is_none());
        let short = csv::StringRecord::from(vec!["a"]);
        assert!(repair_unquoted(&short, 3, ',').is_none());
    }
}
