//! How order entry looks at 80×24 and wider: two header rows (customer with its name,
//! reference, requested date), the lines with the line being typed last (price, discount,
//! net and availability as the core priced them), the error or hint row, and the running
//! totals per VAT group with net, VAT and gross. Every text goes through the theme, so the
//! ASCII/monochrome profile shows it too. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Field, OrderEntry};
use crate::core::order_entry::EntryLine;
use crate::domain::Currency;
use crate::t;
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TextInput, panel};

/// Columns of a header label, of the customer and reference inputs, of the second label
/// and of the date input.
const LABEL: usize = 14;
const WIDE: u16 = 14;
const LABEL2: usize = 12;
const DATE: u16 = 10;
/// Columns of the line table: mark and number, item, quantity, price, discount, net,
/// available.
const NO: usize = 3;
const ITEM: u16 = 22;
const QTY: u16 = 7;
const PRICE: usize = 10;
const DISC: usize = 6;
const NET: usize = 11;
const AVAIL: usize = 9;

/// Where each input starts: (row, column) within the screen's area (header inputs) or
/// within the lines panel's inner area (the line inputs, on its last row).
fn header_at(field: Field) -> (u16, u16) {
    let first = (1 + LABEL + 1) as u16;
    match field {
        Field::Customer => (0, first),
        Field::Reference => (1, first),
        _ => (1, first + WIDE + 2 + LABEL2 as u16 + 1),
    }
}

pub(in crate::tui::screens) fn input_span(
    input: &TextInput,
    theme: &Theme,
    width: u16,
    focused: bool,
) -> Span<'static> {
    let (shown, _) = input.window(theme, width);
    let padded = format!("{shown:<width$}", width = usize::from(width));
    let role = if focused { Role::Input } else { Role::Normal };
    Span::styled(padded, theme.style(role).patch(theme.style(Role::Input)))
}

pub(in crate::tui::screens) fn label(theme: &Theme, text: &str, width: usize) -> Span<'static> {
    Span::styled(
        format!("{:<width$} ", theme.text(text)),
        theme.style(Role::Muted),
    )
}

fn header(entry: &OrderEntry, theme: &Theme) -> Vec<Line<'static>> {
    let focus = entry.focus;
    let name = entry
        .customer
        .as_ref()
        .map(|c| theme.text(&c.name).into_owned())
        .unwrap_or_default();
    vec![
        Line::from(vec![
            Span::raw(" "),
            label(theme, &t!("erp-entry-customer"), LABEL),
            input_span(&entry.customer_input, theme, WIDE, focus == Field::Customer),
            Span::raw("  "),
            Span::styled(name, theme.style(Role::Title)),
        ]),
        Line::from(vec![
            Span::raw(" "),
            label(theme, &t!("erp-entry-reference"), LABEL),
            input_span(&entry.reference, theme, WIDE, focus == Field::Reference),
            Span::raw("  "),
            label(theme, &t!("erp-entry-requested"), LABEL2),
            input_span(&entry.requested, theme, DATE, focus == Field::Requested),
        ]),
    ]
}

/// The priced cells of a line: price, discount, net, available.
fn priced(line: &EntryLine, net: Option<rust_decimal::Decimal>, currency: Currency) -> String {
    let available = line.available.map(decimal).unwrap_or_default();
    format!(
        " {:>PRICE$} {:>DISC$} {:>NET$} {:>AVAIL$}",
        amount(line.line.unit_price, currency),
        t!("erp-sales-percent", value = decimal(line.line.discount)),
        net.map(|n| amount(n, currency)).unwrap_or_default(),
        available
    )
}

/// A line's availability is short of its quantity.
fn short(line: &EntryLine) -> bool {
    line.available.is_some_and(|a| a < line.line.quantity)
}

fn table(entry: &OrderEntry, theme: &Theme, rows: usize) -> Vec<Line<'static>> {
    let currency = entry
        .totals
        .as_ref()
        .map_or(Currency::EUR, |totals| totals.currency);
    let nets = entry.totals.as_ref().map(|t| t.line_nets.clone());
    let net_of = |index: usize| nets.as_ref().and_then(|n| n.get(index).copied());
    let (item, qty) = (usize::from(ITEM), usize::from(QTY));
    let head = format!(
        "{:>NO$} {:<item$} {:>qty$} {:>PRICE$} {:>DISC$} {:>NET$} {:>AVAIL$}",
        "#",
        t!("erp-sales-col-item"),
        t!("erp-col-qty"),
        t!("erp-sales-col-price"),
        t!("erp-sales-col-discount"),
        t!("erp-sales-col-net"),
        t!("erp-entry-col-available"),
    );
    let mut lines = vec![Line::styled(
        theme.text(&head).into_owned(),
        theme.style(Role::Header),
    )];
    let room = rows.saturating_sub(2).max(1);
    for index in entry.lines.window(room) {
        let line = &entry.lines.as_slice()[index];
        let what = format!("{} {}", line.line.sku, line.line.text);
        let what: String = theme.text(&what).chars().take(item).collect();
        let text = format!(
            "{:>NO$} {what:<item$} {:>qty$}{}",
            index + 1,
            decimal(line.line.quantity),
            priced(line, net_of(index), currency)
        );
        let role = match (entry.lines.selected() == Some(index), short(line)) {
            (true, _) => Role::Selected,
            (false, true) => Role::Warning,
            (false, false) => Role::Normal,
        };
        lines.push(Line::styled(
            theme.text(&text).into_owned(),
            theme.style(role),
        ));
    }
    let typing = matches!(entry.focus, Field::Code | Field::Quantity);
    let number = entry.lines.typing_marker(NO);
    let mut row = vec![
        Span::raw(number),
        input_span(
            &entry.code,
            theme,
            ITEM,
            typing && entry.focus == Field::Code,
        ),
        Span::raw(" "),
        input_span(&entry.quantity, theme, QTY, entry.focus == Field::Quantity),
    ];
    if let Some(pending) = &entry.pending {
        let index = entry.lines.typing_at();
        let role = if short(pending) {
            Role::Warning
        } else {
            Role::Normal
        };
        let cells = priced(pending, net_of(index), currency);
        row.push(Span::styled(
            theme.text(&cells).into_owned(),
            theme.style(role),
        ));
    }
    lines.push(Line::from(row));
    lines
}

fn totals(entry: &OrderEntry, theme: &Theme) -> Vec<Line<'static>> {
    let Some(totals) = &entry.totals else {
        return vec![Line::raw(
            theme.text(&t!("erp-entry-no-totals")).into_owned(),
        )];
    };
    let money = |value| amount(value, totals.currency);
    let mut lines: Vec<Line> = totals
        .breakdown
        .iter()
        .map(|group| {
            let (label, value) = crate::tui::screens::sales_detail::group_text(group, &money);
            let text = format!("{label:<22} {value}");
            Line::raw(theme.text(&text).into_owned())
        })
        .collect();
    let sum = t!(
        "erp-entry-sum",
        net = money(totals.net),
        vat = money(totals.vat),
        gross = money(totals.gross),
        currency = totals.currency.code()
    );
    lines.push(Line::styled(
        theme.text(&sum).into_owned(),
        theme.style(Role::Title),
    ));
    lines.extend(crate::tui::screens::sales_detail::note_lines(totals, theme));
    lines
}

/// The areas: header, lines panel, message row, totals panel.
fn areas(entry: &OrderEntry, area: Rect) -> [Rect; 4] {
    let sums = entry
        .totals
        .as_ref()
        .map_or(1, |t| t.breakdown.len() + 1 + t.notes().len());
    let height = u16::try_from(sums).unwrap_or(u16::MAX).saturating_add(2);
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(4),
        Constraint::Length(1),
        Constraint::Length(height),
    ])
    .areas(area)
}

pub(super) fn render(entry: &OrderEntry, frame: &mut Frame, area: Rect, theme: &Theme) {
    let [top, body, message, bottom] = areas(entry, area);
    frame.render_widget(Paragraph::new(header(entry, theme)), top);
    let rows = usize::from(body.height.saturating_sub(2));
    let title = t!("erp-sales-lines", count = entry.lines.len());
    panel(frame, body, theme, &title, table(entry, theme, rows));
    let (text, role) = match &entry.error {
        Some(error) => (format!(" {error}"), Role::Error),
        None => (format!(" {}", t!("erp-entry-hint")), Role::Muted),
    };
    frame.render_widget(
        Paragraph::new(theme.text(&text).into_owned()).style(theme.style(role)),
        message,
    );
    panel(
        frame,
        bottom,
        theme,
        &t!("erp-sales-totals"),
        totals(entry, theme),
    );
}

/// Where the caret of the focused input is.
pub(super) fn cursor(entry: &OrderEntry, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
    let [_, body, _, _] = areas(entry, area);
    let input = entry.input_of(entry.focus);
    let (row, column, width) = match entry.focus {
        Field::Customer | Field::Reference => {
            let (row, column) = header_at(entry.focus);
            (area.y + row, area.x + column, WIDE)
        }
        Field::Requested => {
            let (row, column) = header_at(entry.focus);
            (area.y + row, area.x + column, DATE)
        }
        Field::Code | Field::Quantity => {
            let rows = usize::from(body.height.saturating_sub(2));
            let shown = table(entry, theme, rows).len();
            let row = body.y + 1 + u16::try_from(shown).unwrap_or(0).saturating_sub(1);
            let column = match entry.focus {
                Field::Code => body.x + 1 + NO as u16 + 1,
                _ => body.x + 1 + NO as u16 + 1 + ITEM + 1,
            };
            let width = if entry.focus == Field::Code {
                ITEM
            } else {
                QTY
            };
            (row, column, width)
        }
    };
    let (_, caret) = input.window(theme, width);
    Some((column + caret, row))
}
