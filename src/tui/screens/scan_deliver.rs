//! Scan mode, deliver: scan an order number (its reserved lines not on a pick list) or a
//! pick list's number (`LS-…`), then the items — each scan delivers one unit of a
//! matching line; another item, or one more than the line holds, is refused inline with
//! the bell. Enter on an empty item field posts: an order delivers what was scanned (one
//! step, `DeliveryCommand::Deliver`), a pick list is posted once everything on it was
//! scanned. Quantities only, never prices: the warehouse works here. A scanner burst
//! (paste) treats line ends as Enter. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use rust_decimal::Decimal;

use super::kind::figures::decimal;
use super::scan::message_line;
use crate::core::delivery::DeliveryCommand;
use crate::core::delivery_query::{Deliverable, deliverable, delivery};
use crate::core::stock_query::find_item;
use crate::core::{Change, Command, Event};
use crate::domain::sales::DeliveryState;
use crate::tui::action::Action;
use crate::tui::app::is_text;
use crate::tui::key::{Key, KeyCode};
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TableView, TextInput};

/// Width of the field labels.
const LABEL: usize = 10;

/// What is being delivered: the order, the pick list (when one was scanned) and per
/// line what may go and what was scanned.
struct Target {
    order: String,
    note: Option<String>,
    lines: Vec<(Deliverable, Decimal)>,
}

pub struct DeliverScan {
    document: TextInput,
    item: TextInput,
    target: Option<Target>,
    message: Option<(String, bool)>,
}

impl DeliverScan {
    pub fn new() -> DeliverScan {
        DeliverScan {
            document: TextInput::default(),
            item: TextInput::default(),
            target: None,
            message: None,
        }
    }

    fn refuse(&mut self, message: String) -> Outcome {
        self.message = Some((message.clone(), true));
        Outcome::Refuse(message)
    }

    fn open(&mut self, session: &Session) -> Outcome {
        let text = self.document.text.trim().to_string();
        if text.is_empty() {
            return Outcome::Handled;
        }
        let (store, actor) = (session.store(), &session.actor);
        let opened = match delivery(store, actor, &text) {
            Ok(view) if view.note.state == DeliveryState::Draft => Ok(Target {
                order: view.note.order_number.clone(),
                note: Some(view.note.number.clone()),
                lines: view
                    .note
                    .per_line()
                    .into_iter()
                    .filter_map(|(line, quantity)| {
                        let pick = view.note.lines.iter().find(|p| p.line == line)?;
                        let wanted = Deliverable {
                            line,
                            item_id: pick.item_id,
                            sku: pick.sku.clone(),
                            text: pick.text.clone(),
                            quantity,
                        };
                        Some((wanted, Decimal::ZERO))
                    })
                    .collect(),
            }),
            Ok(view) => Err(crate::t!(
                "domain-delivery-posted-already",
                number = view.note.number.as_str()
            )),
            Err(_) => deliverable(store, actor, &text)
                .map(|(order, lines)| Target {
                    order,
                    note: None,
                    lines: lines.into_iter().map(|l| (l, Decimal::ZERO)).collect(),
                })
                .map_err(|error| error.to_string()),
        };
        match opened {
            Ok(target) if target.lines.is_empty() => {
                self.document.text.clear();
                let number = target.order.as_str();
                self.refuse(crate::t!("domain-delivery-nothing", number = number))
            }
            Ok(target) => {
                self.message = None;
                self.target = Some(target);
                Outcome::Handled
            }
            Err(message) => {
                // A scanner scans again: the field is empty for it.
                self.document.text.clear();
                self.refuse(message)
            }
        }
    }

    fn scan(&mut self, session: &Session, code: &str) -> Outcome {
        let item = match find_item(session.store(), &session.actor, code) {
            Ok(Some(item)) => item,
            Ok(None) => return self.refuse(crate::t!("core-no-item", code = code)),
            Err(error) => return self.refuse(error.to_string()),
        };
        let Some(target) = &mut self.target else {
            return Outcome::Handled;
        };
        let mine = target
            .lines
            .iter_mut()
            .filter(|(l, _)| l.item_id == item.id);
        let mut any = false;
        for (line, scanned) in mine {
            any = true;
            if *scanned < line.quantity {
                *scanned += Decimal::ONE;
                let message = crate::t!(
                    "erp-deliver-scanned",
                    sku = line.sku.as_str(),
                    scanned = decimal(*scanned),
                    wanted = decimal(line.quantity)
                );
                self.message = Some((message, false));
                return Outcome::Handled;
            }
        }
        let message = match any {
            true => crate::t!("erp-deliver-all-scanned", sku = item.sku.as_str()),
            false => crate::t!(
                "erp-deliver-wrong-item",
                sku = item.sku.as_str(),
                order = target.order.as_str()
            ),
        };
        self.refuse(message)
    }

    fn post(&mut self, session: &Session) -> Outcome {
        let Some(target) = &self.target else {
            return Outcome::Handled;
        };
        let scanned: Vec<(usize, Decimal)> = target
            .lines
            .iter()
            .filter(|(_, scanned)| *scanned > Decimal::ZERO)
            .map(|(line, scanned)| (line.line, *scanned))
            .collect();
        if scanned.is_empty() {
            return self.refuse(crate::t!("erp-deliver-nothing-scanned"));
        }
        let command = match &target.note {
            Some(number) => {
                let complete = target.lines.iter().all(|(l, s)| *s >= l.quantity);
                if !complete {
                    let number = number.clone();
                    return self.refuse(crate::t!("erp-deliver-incomplete", number = number));
                }
                DeliveryCommand::Post {
                    delivery: number.clone(),
                }
            }
            None => DeliveryCommand::Deliver {
                order: target.order.clone(),
                lines: scanned,
                today: session.today(),
            },
        };
        match session.execute(Command::Deliver(command)) {
            Ok(Event::Delivered(done)) => {
                let message = crate::t!(
                    "erp-deliver-posted",
                    number = done.note.number.as_str(),
                    order = done.order.number.as_str()
                );
                self.target = None;
                self.document.text.clear();
                self.message = Some((message.clone(), false));
                Outcome::Saved(message, After::Stay)
            }
            Ok(_) => Outcome::Handled,
            Err(error) => self.refuse(error.to_string()),
        }
    }
}

/// The box of a two-field entry screen on top of `area` — its title, each field with its
/// label (the one at `focus` marked) and the message below them — and the area left
/// under it.
pub(super) fn two_fields(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    title: &str,
    fields: &[(String, &TextInput); 2],
    focus: usize,
    message: &Option<(String, bool)>,
) -> Rect {
    let [top, bottom] = Layout::vertical([Constraint::Length(6), Constraint::Min(3)]).areas(area);
    let block = Block::bordered()
        .title(theme.text(title).into_owned())
        .border_style(theme.style(Role::Border));
    let inner = block.inner(top);
    frame.render_widget(block, top);
    let [fields_area, message_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    let lines: Vec<Line> = (fields.iter().enumerate())
        .map(|(index, (label, input))| {
            let marker = if index == focus { ">" } else { " " };
            let text = format!("{marker}{label:<LABEL$} {}", input.text);
            Line::raw(theme.text(&text).into_owned())
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), fields_area);
    message_line(frame, message_area, theme, message.as_ref());
    bottom
}

/// Where the caret of `input`, the field in row `row` of `two_fields`, stands.
pub(super) fn two_fields_cursor(
    area: Rect,
    theme: &Theme,
    row: u16,
    input: &TextInput,
) -> Option<(u16, u16)> {
    let x = area.x + 1 + 1 + LABEL as u16 + 1 + input.column(theme);
    Some((x.min(area.right().saturating_sub(2)), area.y + 1 + row))
}

/// A scan screen of two fields, the document and then its items: the fields, and what
/// opening a document, scanning an item and posting do.
pub(super) trait TwoFields {
    /// The document field, the item field and whether a document is open.
    fn fields(&mut self) -> (&mut TextInput, &mut TextInput, bool);
    fn open_document(&mut self, session: &Session) -> Outcome;
    fn scan_item(&mut self, session: &Session, code: &str) -> Outcome;
    fn post_scanned(&mut self, session: &Session) -> Outcome;

    /// The field that takes what is typed: the item's once a document is open.
    fn input(&mut self) -> &mut TextInput {
        match self.fields() {
            (_, item, true) => item,
            (document, _, false) => document,
        }
    }

    /// Enter: opens the scanned document, scans an item, or (empty) posts.
    fn enter(&mut self, session: &Session) -> Outcome {
        let (_, item, opened) = self.fields();
        if !opened {
            return self.open_document(session);
        }
        let code = item.text.trim().to_string();
        item.text.clear();
        match code.is_empty() {
            true => self.post_scanned(session),
            false => self.scan_item(session, &code),
        }
    }
}

impl TwoFields for DeliverScan {
    fn fields(&mut self) -> (&mut TextInput, &mut TextInput, bool) {
        let opened = self.target.is_some();
        (&mut self.document, &mut self.item, opened)
    }

    fn open_document(&mut self, session: &Session) -> Outcome {
        self.open(session)
    }

    fn scan_item(&mut self, session: &Session, code: &str) -> Outcome {
        self.scan(session, code)
    }

    fn post_scanned(&mut self, session: &Session) -> Outcome {
        self.post(session)
    }
}

/// A key typed into the field that takes it.
pub(super) fn typed(screen: &mut impl TwoFields, key: &Key) -> Outcome {
    if key.code == KeyCode::Backspace || is_text(key).is_some() {
        screen.input().edit(key);
        return Outcome::Handled;
    }
    Outcome::Ignored
}

/// A scanner's burst: its characters typed, each line end an Enter; the first refusal
/// ends it.
pub(super) fn burst(screen: &mut impl TwoFields, text: &str, session: &Session) -> Outcome {
    let mut last = Outcome::Handled;
    let mut previous = '\0';
    for c in text.chars() {
        match c {
            '\n' if previous == '\r' => {}
            '\r' | '\n' => {
                last = match screen.enter(session) {
                    Outcome::Refuse(message) => return Outcome::Refuse(message),
                    other => other,
                }
            }
            c if !c.is_control() => {
                screen.input().edit(&Key::char(c));
            }
            _ => {}
        }
        previous = c;
    }
    last
}

impl Default for DeliverScan {
    fn default() -> Self {
        DeliverScan::new()
    }
}

impl Screen for DeliverScan {
    fn title(&self) -> String {
        crate::t!("erp-scan-title", mode = crate::t!("erp-deliver-mode"))
    }

    fn layer(&self) -> &'static str {
        "scan"
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        typed(self, key)
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        burst(self, text, session)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::NextField => self.enter(session),
            Action::Save => self.post(session),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, _change: Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let fields = [
            (crate::t!("erp-deliver-document"), &self.document),
            (crate::t!("erp-deliver-item"), &self.item),
        ];
        let focus = usize::from(self.target.is_some());
        let title = crate::t!("erp-deliver-box");
        let bottom = two_fields(frame, area, theme, &title, &fields, focus, &self.message);
        let rows: Vec<Vec<String>> = self
            .target
            .iter()
            .flat_map(|target| &target.lines)
            .map(|(line, scanned)| {
                vec![
                    format!("{:>4}", line.line),
                    format!("{} {}", line.sku, line.text),
                    format!("{:>7}", decimal(*scanned)),
                    format!("{:>7}", decimal(line.quantity)),
                ]
            })
            .collect();
        let header = [
            format!("{:>4}", crate::t!("erp-delivery-col-line")),
            crate::t!("erp-sales-col-item"),
            format!("{:>7}", crate::t!("erp-deliver-col-scanned")),
            format!("{:>7}", crate::t!("erp-col-qty")),
        ];
        let widths = [
            Constraint::Length(4),
            Constraint::Min(16),
            Constraint::Length(7),
            Constraint::Length(7),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let title = self.target.as_ref().map_or_else(String::new, |target| {
            target.note.clone().unwrap_or_else(|| target.order.clone())
        });
        TableView {
            title: &title,
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: None,
            top: None,
        }
        .render(frame, bottom, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Save, Action::Back]
    }

    fn has_unsaved_changes(&self) -> bool {
        self.target
            .as_ref()
            .is_some_and(|t| t.lines.iter().any(|(_, s)| *s > Decimal::ZERO))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let (row, input) = match self.target {
            None => (0, &self.document),
            Some(_) => (1, &self.item),
        };
        two_fields_cursor(area, theme, row, input)
    }
}
