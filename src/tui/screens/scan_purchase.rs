//! Scan mode, receive against a purchase order: scan the order's number (`BE-…`, sent or
//! partly received), then — before the items, or not at all — the bin or location the
//! goods go to (a code that is no item but a known, non-virtual location; shown over the
//! order's lines, the default location until one is chosen; after an item it is refused),
//! then the items — each scan + Enter counts one unit on the first line
//! of that item with something open (beyond the open rest on its last line: the
//! over-receipt tolerance is the core's to judge when posting); an item not on the order
//! is refused inline with one line and the bell, the order's open quantities stay in
//! view. Enter on an empty item field posts everything scanned into that location
//! (`PurchaseCommand::Receive`, the warehouse's right). A scanner burst (paste) treats
//! line ends as Enter. Quantities only, never prices. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use rust_decimal::Decimal;

use super::kind::figures::decimal;
use super::scan_deliver::{TwoFields, burst, two_fields, two_fields_cursor, typed};
use crate::core::purchase::PurchaseCommand;
use crate::core::purchase_query::order;
use crate::core::stock_query::{find_item, list_locations};
use crate::core::{Change, Command, Event};
use crate::domain::location::{is_virtual, location_key};
use crate::domain::purchase::PurchaseState;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{TableView, TextInput};

/// One line of the order being received: its number (1-based), item, what is open and
/// what was scanned.
struct Wanted {
    line: usize,
    item_id: u64,
    sku: String,
    text: String,
    open: Decimal,
    scanned: Decimal,
}

/// The order being received, its lines and the location chosen for it (`None`: the
/// default location).
struct Target {
    order: String,
    lines: Vec<Wanted>,
    location: Option<String>,
    /// The default location, when the order was opened.
    default: String,
}

impl Target {
    /// Where the goods go: the chosen location, else the default.
    fn goes_to(&self) -> &str {
        self.location.as_deref().unwrap_or(&self.default)
    }
}

#[derive(Default)]
pub struct PurchaseScan {
    document: TextInput,
    item: TextInput,
    target: Option<Target>,
    message: Option<(String, bool)>,
}

impl PurchaseScan {
    pub fn new() -> PurchaseScan {
        PurchaseScan::default()
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
        // A scanner scans again: the field is empty for it.
        self.document.text.clear();
        let view = match order(session.store(), &session.actor, &text) {
            Ok(view) => view,
            Err(error) => return self.refuse(error.to_string()),
        };
        let state = view.order.state();
        let order = view.order;
        let number = order.number.as_str();
        match state {
            PurchaseState::Sent | PurchaseState::PartlyReceived => {}
            PurchaseState::Draft => {
                return self.refuse(crate::t!("purchase-receive-draft", number = number));
            }
            PurchaseState::Received | PurchaseState::Closed => {
                let state = state.label();
                return self.refuse(crate::t!(
                    "purchase-receive-done",
                    number = number,
                    state = state
                ));
            }
        }
        let lines = (order.lines.iter().enumerate())
            .filter(|(_, line)| line.open() > Decimal::ZERO)
            .map(|(index, line)| Wanted {
                line: index + 1,
                item_id: line.item_id,
                sku: line.sku.clone(),
                text: line.text.clone(),
                open: line.open(),
                scanned: Decimal::ZERO,
            })
            .collect();
        self.message = None;
        self.target = Some(Target {
            order: order.number,
            lines,
            location: None,
            default: session.settings.default_location.clone(),
        });
        Outcome::Handled
    }

    fn scan(&mut self, session: &Session, code: &str) -> Outcome {
        let item = match find_item(session.store(), &session.actor, code) {
            Ok(Some(item)) => item,
            Ok(None) => return self.choose_location(session, code),
            Err(error) => return self.refuse(error.to_string()),
        };
        let Some(target) = &mut self.target else {
            return Outcome::Handled;
        };
        let mine: Vec<usize> = (target.lines.iter().enumerate())
            .filter(|(_, l)| l.item_id == item.id)
            .map(|(index, _)| index)
            .collect();
        let chosen = (mine.iter())
            .find(|index| target.lines[**index].scanned < target.lines[**index].open)
            .or(mine.last());
        let Some(wanted) = chosen.and_then(|index| target.lines.get_mut(*index)) else {
            let message = crate::t!(
                "purchase-scan-wrong-item",
                sku = item.sku.as_str(),
                order = target.order.as_str()
            );
            return self.refuse(message);
        };
        wanted.scanned += Decimal::ONE;
        let message = crate::t!(
            "erp-deliver-scanned",
            sku = wanted.sku.as_str(),
            scanned = decimal(wanted.scanned),
            wanted = decimal(wanted.open)
        );
        self.message = Some((message, false));
        Outcome::Handled
    }

    /// A code that is no item: a known location takes the goods of this receipt, while
    /// nothing is scanned yet; anything else is refused.
    fn choose_location(&mut self, session: &Session, code: &str) -> Outcome {
        let Some(target) = &self.target else {
            return Outcome::Handled;
        };
        if is_virtual(code) {
            return self.refuse(crate::t!("erp-scan-virtual", code = code));
        }
        let key = location_key(code);
        let default = &session.settings.default_location;
        let found = match list_locations(session.store(), &session.actor) {
            Ok(locations) => (locations.into_iter())
                .map(|l| l.code)
                .chain(std::iter::once(default.clone()))
                .find(|l| location_key(l) == key),
            Err(error) => return self.refuse(error.to_string()),
        };
        let Some(location) = found else {
            return self.refuse(crate::t!("purchase-scan-unknown-code", code = code));
        };
        if target.lines.iter().any(|l| l.scanned > Decimal::ZERO) {
            let message = crate::t!("purchase-scan-location-late", location = location.as_str());
            return self.refuse(message);
        }
        let message = crate::t!(
            "purchase-scan-location",
            order = target.order.as_str(),
            location = location.as_str()
        );
        if let Some(target) = &mut self.target {
            target.location = Some(location);
        }
        self.message = Some((message, false));
        Outcome::Handled
    }

    fn post(&mut self, session: &Session) -> Outcome {
        let Some(target) = &self.target else {
            return Outcome::Handled;
        };
        let lines: Vec<(usize, Decimal)> = (target.lines.iter())
            .filter(|l| l.scanned > Decimal::ZERO)
            .map(|l| (l.line, l.scanned))
            .collect();
        if lines.is_empty() {
            return self.refuse(crate::t!("erp-deliver-nothing-scanned"));
        }
        let quantity: Decimal = lines.iter().map(|(_, q)| *q).sum();
        let location = target.goes_to().to_string();
        let command = PurchaseCommand::Receive {
            order: target.order.clone(),
            lines,
            location: target.location.clone(),
        };
        match session.execute(Command::Purchase(command)) {
            Ok(Event::Purchase(done)) => {
                let message = crate::t!(
                    "purchase-scan-posted",
                    number = done.order.number.as_str(),
                    quantity = decimal(quantity),
                    state = done.order.state().label(),
                    location = location.as_str()
                );
                self.target = None;
                self.message = Some((message.clone(), false));
                Outcome::Saved(message, After::Stay)
            }
            Ok(_) => Outcome::Handled,
            Err(error) => {
                let messages: Vec<String> = match error {
                    crate::core::CoreError::Invalid(problems) => {
                        problems.into_iter().map(|p| p.message).collect()
                    }
                    other => vec![other.to_string()],
                };
                self.refuse(messages.join("; "))
            }
        }
    }
}

impl TwoFields for PurchaseScan {
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

impl Screen for PurchaseScan {
    fn title(&self) -> String {
        crate::t!("erp-scan-title", mode = crate::t!("purchase-scan-mode"))
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
            (crate::t!("purchase-scan-document"), &self.document),
            (crate::t!("erp-deliver-item"), &self.item),
        ];
        let focus = usize::from(self.target.is_some());
        let title = crate::t!("purchase-scan-box");
        let bottom = two_fields(frame, area, theme, &title, &fields, focus, &self.message);
        let rows: Vec<Vec<String>> = (self.target.iter())
            .flat_map(|target| &target.lines)
            .map(|line| {
                vec![
                    format!("{:>4}", line.line),
                    format!("{} {}", line.sku, line.text),
                    format!("{:>8}", decimal(line.scanned)),
                    format!("{:>8}", decimal(line.open)),
                ]
            })
            .collect();
        let header = [
            format!("{:>4}", crate::t!("erp-delivery-col-line")),
            crate::t!("erp-sales-col-item"),
            format!("{:>8}", crate::t!("erp-deliver-col-scanned")),
            format!("{:>8}", crate::t!("purchase-tui-col-open")),
        ];
        let widths = [
            Constraint::Length(4),
            Constraint::Min(16),
            Constraint::Length(8),
            Constraint::Length(8),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let title = (self.target.as_ref()).map_or_else(String::new, |t| {
            crate::t!(
                "purchase-scan-into",
                order = t.order.as_str(),
                location = t.goes_to()
            )
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
        (self.target.as_ref()).is_some_and(|t| t.lines.iter().any(|l| l.scanned > Decimal::ZERO))
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let (row, input) = match self.target {
            None => (0, &self.document),
            Some(_) => (1, &self.item),
        };
        two_fields_cursor(area, theme, row, input)
    }
}
