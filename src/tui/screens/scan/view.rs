//! Drawing scan mode: the mode line, the fields with the pending item (a long name is
//! shortened with an ellipsis, its on-hand always shows whole), what a count will do
//! before it is posted, the inline message and the last postings — a stable layout for
//! 80×24 monochrome terminals. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use rust_decimal::Decimal;
use unicode_width::UnicodeWidthStr;

use super::post::count_effect;
use super::{Focus, LABEL, Mode, Scan};
use crate::domain::money::parse_decimal;
use crate::tui::screens::kind::figures::{decimal, quantity};
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TableView, truncate};

/// Columns a field value takes before the note beside it.
const VALUE: usize = 16;

impl Scan {
    /// The fields with the inline message on top, the last postings below.
    pub(super) fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [top, bottom] =
            Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(area);
        let block = Block::bordered()
            .title(
                theme
                    .text(&crate::t!("erp-scan-box", explain = self.mode.explain()))
                    .into_owned(),
            )
            .border_style(theme.style(Role::Border));
        let inner = block.inner(top);
        frame.render_widget(block, top);
        let [fields, message] =
            Layout::vertical([Constraint::Length(5), Constraint::Min(1)]).areas(inner);
        let lines = self.field_lines(theme, usize::from(fields.width));
        frame.render_widget(Paragraph::new(lines), fields);
        message_line(frame, message, theme, self.message.as_ref());
        let rows: Vec<Vec<String>> = self
            .postings
            .iter()
            .map(|p| {
                vec![
                    p.mode.label(),
                    p.sku.clone(),
                    p.name.clone(),
                    quantity(p.quantity, 7),
                    p.route.clone(),
                    p.after.clone(),
                ]
            })
            .collect();
        let modes = Mode::ALL.map(|mode| mode.label().width()).into_iter().max();
        let widths = [
            Constraint::Length(u16::try_from(modes.unwrap_or(7)).unwrap_or(7)),
            Constraint::Length(10),
            Constraint::Min(10),
            Constraint::Length(7),
            Constraint::Length(22),
            Constraint::Length(11),
        ];
        TableView {
            title: &crate::t!("erp-scan-last"),
            header: &[
                crate::t!("erp-scan-col-mode"),
                crate::t!("erp-col-sku"),
                crate::t!("erp-col-item"),
                format!("{:>7}", crate::t!("erp-col-qty")),
                crate::t!("erp-scan-col-route"),
                crate::t!("erp-col-on-hand"),
            ]
            .each_ref()
            .map(String::as_str),
            widths: &widths,
            rows: &rows,
            selected: None,
            top: None,
        }
        .render(frame, bottom, theme);
    }

    /// The mode line and the four field lines (the second is `To` when moving), `width`
    /// columns wide.
    fn field_lines(&self, theme: &Theme, width: usize) -> Vec<Line<'static>> {
        let mut modes = Vec::new();
        for mode in Mode::ALL {
            if mode == self.mode {
                modes.push(Span::styled(
                    format!("[{}]", mode.label()),
                    theme.style(Role::Selected),
                ));
            } else {
                modes.push(Span::styled(
                    format!(" {} ", mode.label()),
                    theme.style(Role::Muted),
                ));
            }
            modes.push(Span::raw(" "));
        }
        let mut lines = vec![Line::from(modes)];
        let location_label = match self.mode {
            Mode::Move => crate::t!("erp-scan-from"),
            _ => crate::t!("erp-scan-location"),
        };
        let none = (String::new(), String::new());
        lines.push(self.field_line(theme, Focus::Location, &location_label, &none, width));
        lines.push(match self.mode {
            Mode::Move => {
                let label = crate::t!("erp-scan-to");
                self.field_line(theme, Focus::To, &label, &none, width)
            }
            _ => Line::default(),
        });
        let pending = self.pending.as_ref().map(|p| {
            (
                format!("{} {}", p.item.sku, p.item.name),
                format!(
                    " {}",
                    crate::t!(
                        "erp-scan-pending-on-hand",
                        quantity = decimal(p.on_hand),
                        unit = &p.item.uom
                    )
                ),
            )
        });
        let pending = pending.unwrap_or_default();
        let label = crate::t!("erp-scan-item");
        lines.push(self.field_line(theme, Focus::Item, &label, &pending, width));
        let quantity_label = if self.mode == Mode::Count {
            crate::t!("erp-scan-counted")
        } else {
            crate::t!("erp-scan-quantity")
        };
        let unit = (String::new(), self.unit_note());
        lines.push(self.field_line(theme, Focus::Quantity, &quantity_label, &unit, width));
        lines
    }

    /// The pending item's unit; when counting, with what the count typed would do.
    fn unit_note(&self) -> String {
        let Some(pending) = &self.pending else {
            return String::new();
        };
        let counted = parse_decimal("quantity", &self.quantity.text)
            .ok()
            .filter(|counted| *counted >= Decimal::ZERO);
        match counted {
            Some(counted) if self.mode == Mode::Count => format!(
                "{}  {}",
                pending.item.uom,
                count_effect(pending.on_hand, counted)
            ),
            _ => pending.item.uom.clone(),
        }
    }

    /// A field's line: the label, the typed value and a note beside it whose first part
    /// is shortened with an ellipsis so that the second shows whole within `width`.
    fn field_line(
        &self,
        theme: &Theme,
        focus: Focus,
        label: &str,
        (shortened, whole): &(String, String),
        width: usize,
    ) -> Line<'static> {
        let focused = self.focus == focus;
        let text = theme.text(&self.input(focus).text).into_owned();
        let value_role = match (focused, self.selected && !text.is_empty()) {
            (true, true) => Role::Selected,
            (true, false) => Role::Input,
            (false, _) => Role::Normal,
        };
        let typed = text.chars().count();
        let gap = VALUE.saturating_sub(typed) + 1;
        let whole = theme.text(whole).into_owned();
        let room = width.saturating_sub(1 + LABEL + 1 + typed + gap + whole.width());
        let note = match shortened.is_empty() {
            true => whole,
            false => truncate(theme, shortened, room) + &whole,
        };
        Line::from(vec![
            Span::styled(
                format!("{}{label:<LABEL$} ", if focused { ">" } else { " " }),
                theme.style(if focused {
                    Role::Highlight
                } else {
                    Role::Muted
                }),
            ),
            Span::styled(text, theme.style(value_role)),
            Span::raw(" ".repeat(gap)),
            Span::styled(note, theme.style(Role::Muted)),
        ])
    }
}

/// The last result inline, marked `!` and in the error colour when it is a refusal.
pub(in crate::tui::screens) fn message_line(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    message: Option<&(String, bool)>,
) {
    let Some((text, error)) = message else {
        return;
    };
    let (marker, role) = match error {
        true => ("! ", Role::Error),
        false => ("  ", Role::Ok),
    };
    frame.render_widget(
        Paragraph::new(theme.text(&format!("{marker}{text}")).into_owned())
            .style(theme.style(role))
            .wrap(Wrap { trim: true }),
        area,
    );
}
