//! How purchase order entry looks at 80×24 and wider: two header rows (supplier with its
//! name, the requested date and the note), the lines with the line being typed last (item,
//! quantity, unit price, requested date as typed or — greyed — as the core defaults them,
//! and the net), the error or hint row, and the net total. Every text goes through the
//! theme, so the ASCII/monochrome profile shows it too. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Field, PurchaseEntry};
use crate::domain::purchase::PurchaseLine;
use crate::lang::format;
use crate::t;
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::screens::order_entry::view::{input_span, label};
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TextInput, panel};

/// Columns of a header label, the supplier input, the second label, the date input and
/// the note input.
const LABEL: usize = 12;
const WIDE: u16 = 12;
const LABEL2: usize = 6;
const DATE: u16 = 11;
const NOTE: u16 = 30;
/// Columns of the line table: number, item, quantity, price, date, net.
const NO: usize = 3;
const ITEM: u16 = 22;
const QTY: u16 = 7;
const PRICE: u16 = 10;
const NET: usize = 11;

/// Where each header input starts: (row, column) within the screen's area.
fn header_at(field: Field) -> (u16, u16) {
    let first = (1 + LABEL + 1) as u16;
    match field {
        Field::Supplier => (0, first),
        Field::Requested => (1, first),
        _ => (1, first + DATE + 2 + LABEL2 as u16 + 1),
    }
}

fn header(entry: &PurchaseEntry, theme: &Theme) -> Vec<Line<'static>> {
    let focus = entry.focus;
    let name = (entry.supplier.as_ref())
        .map(|s| theme.text(&s.name).into_owned())
        .unwrap_or_default();
    vec![
        Line::from(vec![
            Span::raw(" "),
            label(theme, &t!("purchase-entry-supplier"), LABEL),
            input_span(&entry.supplier_input, theme, WIDE, focus == Field::Supplier),
            Span::raw("  "),
            Span::styled(name, theme.style(Role::Title)),
        ]),
        Line::from(vec![
            Span::raw(" "),
            label(theme, &t!("purchase-tui-field-requested"), LABEL),
            input_span(&entry.requested, theme, DATE, focus == Field::Requested),
            Span::raw("  "),
            label(theme, &t!("purchase-entry-note"), LABEL2),
            input_span(&entry.notes, theme, NOTE, focus == Field::Notes),
        ]),
    ]
}

/// The cells after the quantity of a taken line: price, date, net.
fn cells(line: &PurchaseLine, entry: &PurchaseEntry) -> String {
    let (price, date) = (usize::from(PRICE), usize::from(DATE));
    format!(
        " {:>price$} {:>date$} {:>NET$}",
        amount(line.unit_price, entry.currency),
        format::date(line.requested),
        amount(line.net(entry.currency), entry.currency),
    )
}

/// An input of the line being typed; empty and not focused it shows, greyed, what the
/// core takes for it.
fn typed(
    input: &TextInput,
    default: Option<String>,
    theme: &Theme,
    width: u16,
    focused: bool,
) -> Span<'static> {
    match default {
        Some(text) if input.text.is_empty() && !focused => Span::styled(
            format!("{:>width$}", theme.text(&text), width = usize::from(width)),
            theme.style(Role::Muted),
        ),
        _ => input_span(input, theme, width, focused),
    }
}

fn table(entry: &PurchaseEntry, theme: &Theme, rows: usize) -> Vec<Line<'static>> {
    let (item, qty, price, date) = (
        usize::from(ITEM),
        usize::from(QTY),
        usize::from(PRICE),
        usize::from(DATE),
    );
    let head = format!(
        "{:>NO$} {:<item$} {:>qty$} {:>price$} {:>date$} {:>NET$}",
        "#",
        t!("erp-sales-col-item"),
        t!("erp-col-qty"),
        t!("erp-sales-col-price"),
        t!("purchase-entry-col-requested"),
        t!("erp-sales-col-net"),
    );
    let mut lines = vec![Line::styled(
        theme.text(&head).into_owned(),
        theme.style(Role::Header),
    )];
    let room = rows.saturating_sub(2).max(1);
    for index in entry.lines.window(room) {
        let taken = &entry.lines.as_slice()[index];
        let line = &taken.priced;
        let what = format!("{} {}", line.sku, line.text);
        let what: String = theme.text(&what).chars().take(item).collect();
        let text = format!(
            "{:>NO$} {what:<item$} {:>qty$}{}",
            index + 1,
            decimal(line.quantity),
            cells(line, entry)
        );
        let role = match entry.lines.selected() == Some(index) {
            true => Role::Selected,
            false => Role::Normal,
        };
        lines.push(Line::styled(
            theme.text(&text).into_owned(),
            theme.style(role),
        ));
    }
    let number = entry.lines.typing_marker(NO);
    let pending = entry.pending.as_ref();
    let focus = entry.focus;
    let mut row = vec![
        Span::raw(number),
        input_span(&entry.code, theme, ITEM, focus == Field::Code),
        Span::raw(" "),
        input_span(&entry.quantity, theme, QTY, focus == Field::Quantity),
        Span::raw(" "),
        typed(
            &entry.price,
            pending.map(|l| amount(l.unit_price, entry.currency)),
            theme,
            PRICE,
            focus == Field::Price,
        ),
        Span::raw(" "),
        typed(
            &entry.date,
            pending.map(|l| format::date(l.requested)),
            theme,
            DATE,
            focus == Field::Date,
        ),
    ];
    if let Some(line) = pending {
        let net = amount(line.net(entry.currency), entry.currency);
        row.push(Span::raw(format!(" {net:>NET$}")));
    }
    lines.push(Line::from(row));
    lines
}

/// The areas: header, lines panel, message row, total row.
fn areas(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(4),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

pub(super) fn render(entry: &PurchaseEntry, frame: &mut Frame, area: Rect, theme: &Theme) {
    let [top, body, message, bottom] = areas(area);
    frame.render_widget(Paragraph::new(header(entry, theme)), top);
    let rows = usize::from(body.height.saturating_sub(2));
    let title = t!("erp-sales-lines", count = entry.lines.len());
    panel(frame, body, theme, &title, table(entry, theme, rows));
    let (text, role) = match &entry.error {
        Some(error) => (format!(" {error}"), Role::Error),
        None => (format!(" {}", t!("purchase-entry-hint")), Role::Muted),
    };
    frame.render_widget(
        Paragraph::new(theme.text(&text).into_owned()).style(theme.style(role)),
        message,
    );
    let total = t!(
        "purchase-entry-total",
        net = amount(entry.total(), entry.currency),
        currency = entry.currency.code()
    );
    frame.render_widget(
        Paragraph::new(theme.text(&format!(" {total}")).into_owned())
            .style(theme.style(Role::Title)),
        bottom,
    );
}

/// Where the caret of the focused input is.
pub(super) fn cursor(entry: &PurchaseEntry, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
    let [_, body, _, _] = areas(area);
    let input = entry.input_of(entry.focus);
    let (row, column, width) = match entry.focus {
        Field::Supplier | Field::Requested | Field::Notes => {
            let (row, column) = header_at(entry.focus);
            let width = match entry.focus {
                Field::Supplier => WIDE,
                Field::Requested => DATE,
                _ => NOTE,
            };
            (area.y + row, area.x + column, width)
        }
        field => {
            let rows = usize::from(body.height.saturating_sub(2));
            let shown = table(entry, theme, rows).len();
            let row = body.y + 1 + u16::try_from(shown).unwrap_or(0).saturating_sub(1);
            let start = body.x + 1 + NO as u16 + 1;
            let (offset, width) = match field {
                Field::Code => (0, ITEM),
                Field::Quantity => (ITEM + 1, QTY),
                Field::Price => (ITEM + 1 + QTY + 1, PRICE),
                _ => (ITEM + 1 + QTY + 1 + PRICE + 1, DATE),
            };
            (row, start + offset, width)
        }
    };
    let (_, caret) = input.window(theme, width);
    Some((column + caret, row))
}
