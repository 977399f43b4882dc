//! Scan mode: receive, issue, move and count stock with a barcode scanner on an 80×24
//! monochrome terminal. The cursor goes location (from and to when moving) → item
//! (barcode or SKU) → quantity (1; scanning the pending item again adds one); Enter posts
//! from the quantity, Tab and Down only go to the next field (never post).
//! Unknown codes and locations and moves that would go negative are refused inline with
//! the bell and post nothing. The last ten postings show below. A focused field's text is
//! selected when the cursor arrives, so a scan replaces it. In the quantity field a number
//! below a million is a quantity; the pending item's own code (a scan landing there) adds
//! one; another item's code is refused. A paste (or a scanner burst delivered as one)
//! treats line ends as Enter and tabs as Tab. Room: tui — data only through `core`.

use std::collections::VecDeque;

use ratatui::Frame;
use ratatui::layout::Rect;
use rust_decimal::Decimal;

use self::post::Posting;
use super::kind::figures::decimal;
use super::picker::{Picker, PickerKind};
use crate::core::Change;
use crate::core::stock_query::{balances, find_item, list_locations};
use crate::domain::Item;
use crate::domain::item::code_key;
use crate::domain::location::{is_virtual, location_key};
use crate::domain::money::parse_decimal;
use crate::tui::action::Action;
use crate::tui::app::is_text;
use crate::tui::key::{Key, KeyCode};
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::TextInput;

/// Postings kept on screen.
const SHOWN: usize = 10;
/// Width of the field labels.
const LABEL: usize = 10;
/// A typed number at least this large is a code, not a quantity.
const IMPLAUSIBLE: i64 = 1_000_000;

/// What a posting does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Receive,
    Issue,
    Move,
    Count,
}

impl Mode {
    const ALL: [Mode; 4] = [Mode::Receive, Mode::Issue, Mode::Move, Mode::Count];

    /// The mode's name in the stock moves' references (`scan receive`): stored data,
    /// English in every language.
    fn name(self) -> &'static str {
        match self {
            Mode::Receive => "receive",
            Mode::Issue => "issue",
            Mode::Move => "move",
            Mode::Count => "count",
        }
    }

    /// The mode's name as the screen shows it.
    fn label(self) -> String {
        match self {
            Mode::Receive => crate::t!("erp-scan-receive"),
            Mode::Issue => crate::t!("erp-scan-issue"),
            Mode::Move => crate::t!("erp-scan-move"),
            Mode::Count => crate::t!("erp-scan-count"),
        }
    }

    fn from_action(action: Action) -> Option<Mode> {
        match action {
            Action::ScanReceive => Some(Mode::Receive),
            Action::ScanIssue => Some(Mode::Issue),
            Action::ScanMove => Some(Mode::Move),
            Action::ScanCount => Some(Mode::Count),
            _ => None,
        }
    }

    /// What the mode does, for the mode line.
    fn explain(self) -> String {
        match self {
            Mode::Receive => crate::t!("erp-scan-explain-receive"),
            Mode::Issue => crate::t!("erp-scan-explain-issue"),
            Mode::Move => crate::t!("erp-scan-explain-move"),
            Mode::Count => crate::t!("erp-scan-explain-count"),
        }
    }
}

/// The field the cursor is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    Location,
    To,
    Item,
    Quantity,
}

/// The item being scanned, how many so far and its on-hand at the location.
struct Pending {
    item: Item,
    quantity: Decimal,
    on_hand: Decimal,
}

pub struct Scan {
    mode: Mode,
    focus: Focus,
    location: TextInput,
    to: TextInput,
    item: TextInput,
    quantity: TextInput,
    /// The focused field's text is selected: the next character replaces it.
    selected: bool,
    pending: Option<Pending>,
    postings: VecDeque<Posting>,
    /// The last result inline: the text and whether it is an error.
    message: Option<(String, bool)>,
}

impl Scan {
    /// Scan mode receiving at the default location, the cursor in the location field.
    pub fn new(session: &Session) -> Scan {
        Scan {
            mode: Mode::Receive,
            focus: Focus::Location,
            location: TextInput::new(session.settings.default_location.clone()),
            to: TextInput::default(),
            item: TextInput::default(),
            quantity: TextInput::default(),
            selected: true,
            pending: None,
            postings: VecDeque::new(),
            message: None,
        }
    }

    fn input(&self, focus: Focus) -> &TextInput {
        match focus {
            Focus::Location => &self.location,
            Focus::To => &self.to,
            Focus::Item => &self.item,
            Focus::Quantity => &self.quantity,
        }
    }

    fn input_mut(&mut self, focus: Focus) -> &mut TextInput {
        match focus {
            Focus::Location => &mut self.location,
            Focus::To => &mut self.to,
            Focus::Item => &mut self.item,
            Focus::Quantity => &mut self.quantity,
        }
    }

    fn go(&mut self, focus: Focus) {
        self.focus = focus;
        self.selected = true;
    }

    /// The fields of this mode, in cursor order.
    fn order(&self) -> &'static [Focus] {
        if self.mode == Mode::Move {
            &[Focus::Location, Focus::To, Focus::Item, Focus::Quantity]
        } else {
            &[Focus::Location, Focus::Item, Focus::Quantity]
        }
    }

    fn step(&mut self, forward: bool) {
        let order = self.order();
        let index = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let next = if forward {
            (index + 1).min(order.len() - 1)
        } else {
            index.saturating_sub(1)
        };
        self.go(order[next]);
    }

    /// A typed key for the focused field; false when it is not an editing key.
    fn type_key(&mut self, key: &Key) -> bool {
        let replace = self.selected;
        let input = self.input_mut(self.focus);
        let handled = match (replace, key.code) {
            (true, KeyCode::Backspace) => {
                input.text.clear();
                true
            }
            (true, _) if is_text(key).is_some() => {
                input.text.clear();
                input.edit(key)
            }
            _ => input.edit(key),
        };
        if handled {
            self.selected = false;
        }
        handled
    }

    fn set_mode(&mut self, mode: Mode) -> Outcome {
        self.mode = mode;
        self.pending = None;
        self.item.text.clear();
        self.quantity.text.clear();
        self.message = None;
        self.go(Focus::Location);
        Outcome::Status(crate::t!("erp-scan-mode", mode = mode.label()))
    }

    fn refuse(&mut self, message: String) -> Outcome {
        self.message = Some((message.clone(), true));
        Outcome::Refuse(message)
    }

    /// Enter: check the field, go on, or post from the quantity.
    fn enter(&mut self, session: &Session) -> Outcome {
        self.next(session, true)
    }

    /// Enter (`post`) or Tab: check the field and go on; from the quantity Enter posts,
    /// Tab does not.
    fn next(&mut self, session: &Session, post: bool) -> Outcome {
        match self.focus {
            Focus::Location | Focus::To => match self.check_location(session) {
                Ok(()) => {
                    self.message = None;
                    self.step(true);
                    Outcome::Handled
                }
                Err(message) => {
                    self.selected = true;
                    self.refuse(message)
                }
            },
            Focus::Item => self.scan_item(session),
            Focus::Quantity => self.enter_quantity(session, post),
        }
    }

    fn check_location(&self, session: &Session) -> Result<(), String> {
        let code = self.input(self.focus).text.trim();
        if code.is_empty() {
            return Err(crate::t!("erp-scan-type-location"));
        }
        if is_virtual(code) {
            return Err(crate::t!("erp-scan-virtual", code = code));
        }
        let key = location_key(code);
        if self.focus == Focus::To && key == location_key(&self.location.text) {
            return Err(crate::t!("erp-scan-same-location", code = key));
        }
        if key == location_key(&session.settings.default_location) {
            return Ok(());
        }
        match list_locations(session.store(), &session.actor) {
            Ok(locations) if locations.iter().any(|l| location_key(&l.code) == key) => Ok(()),
            Ok(_) => Err(crate::t!("erp-scan-unknown-location", code = code)),
            Err(error) => Err(error.to_string()),
        }
    }

    /// The location whose balance a posting of this mode checks and shows.
    fn at(&self) -> &str {
        self.location.text.trim()
    }

    /// A code in the item field: the pending item again adds one, another item starts a
    /// new line, an unknown code is refused and cleared for the next scan.
    fn scan_item(&mut self, session: &Session) -> Outcome {
        let code = self.item.text.trim().to_string();
        if code.is_empty() {
            if self.pending.is_some() {
                self.go(Focus::Quantity);
                return Outcome::Handled;
            }
            return self.refuse(crate::t!("erp-scan-type-item"));
        }
        self.item.text.clear();
        self.selected = true;
        let item = match find_item(session.store(), &session.actor, &code) {
            Ok(Some(item)) => item,
            Ok(None) => return self.refuse(crate::t!("erp-scan-unknown-code", code = code)),
            Err(error) => return self.refuse(error.to_string()),
        };
        self.message = None;
        match &mut self.pending {
            Some(pending) if pending.item.id == item.id => pending.quantity += Decimal::ONE,
            _ => {
                if let Some(old) = &self.pending {
                    self.message = Some((
                        crate::t!(
                            "erp-scan-dropped",
                            quantity = decimal(old.quantity),
                            sku = &old.item.sku
                        ),
                        false,
                    ));
                }
                let on_hand = balances(
                    session.store(),
                    &session.actor,
                    Some(&item),
                    Some(self.at()),
                )
                .ok()
                .and_then(|lines| lines.first().map(|l| l.quantity))
                .unwrap_or_default();
                self.pending = Some(Pending {
                    item,
                    quantity: Decimal::ONE,
                    on_hand,
                });
            }
        }
        self.show_quantity();
        self.go(Focus::Quantity);
        Outcome::Handled
    }

    fn show_quantity(&mut self) {
        self.quantity.text = self
            .pending
            .as_ref()
            .map(|p| p.quantity.normalize().to_string())
            .unwrap_or_default();
    }

    /// Enter (`post`) or Tab in the quantity field: a plausible number posts on Enter
    /// (Tab names the key that posts it); the pending item's code (a scan landing here)
    /// adds one; anything else is refused.
    fn enter_quantity(&mut self, session: &Session, post: bool) -> Outcome {
        let Some(pending) = &mut self.pending else {
            self.quantity.text.clear();
            self.go(Focus::Item);
            return self.refuse(crate::t!("erp-scan-item-first"));
        };
        let text = self.quantity.text.trim().to_string();
        let counting = self.mode == Mode::Count;
        match parse_decimal("quantity", &text) {
            Ok(quantity)
                if (quantity > Decimal::ZERO || counting && quantity.is_zero())
                    && quantity < Decimal::from(IMPLAUSIBLE) =>
            {
                if post {
                    return self.post(session, quantity);
                }
                let enter = session.keys.key("scan", Action::NextField);
                Outcome::Status(crate::t!(
                    "erp-scan-key-posts",
                    key = enter,
                    quantity = decimal(quantity),
                    sku = &pending.item.sku
                ))
            }
            _ if is_code_of(&pending.item, &text) => {
                pending.quantity += Decimal::ONE;
                self.show_quantity();
                self.selected = true;
                self.message = None;
                Outcome::Handled
            }
            _ => {
                let message = match find_item(session.store(), &session.actor, &text) {
                    Ok(Some(other)) => {
                        crate::t!("erp-scan-is-an-item", text = &text, sku = other.sku)
                    }
                    _ => crate::t!("erp-scan-not-a-quantity", text = &text),
                };
                self.show_quantity();
                self.selected = true;
                self.refuse(message)
            }
        }
    }

    /// Ctrl-X: posts the pending line from any field.
    fn post_now(&mut self, session: &Session) -> Outcome {
        if self.focus == Focus::Item && !self.item.text.trim().is_empty() {
            let outcome = self.scan_item(session);
            if !matches!(outcome, Outcome::Handled) {
                return outcome;
            }
        }
        self.focus = Focus::Quantity;
        self.enter_quantity(session, true)
    }
}

/// Whether `text` is the item's SKU or one of its barcodes.
fn is_code_of(item: &Item, text: &str) -> bool {
    let key = code_key(text);
    !key.is_empty()
        && std::iter::once(&item.sku)
            .chain(&item.barcodes)
            .any(|code| code_key(code) == key)
}

impl Screen for Scan {
    fn title(&self) -> String {
        crate::t!("erp-scan-title", mode = self.mode.label())
    }

    fn layer(&self) -> &'static str {
        "scan"
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        if self.type_key(key) {
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }

    /// A scanner burst or a paste: characters go into the fields, line ends act as Enter
    /// and tabs as Tab, so a code and its Enter are never split.
    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        let mut refused = None;
        let mut saved = None;
        let mut previous = '\0';
        for c in text.chars() {
            match c {
                '\n' if previous == '\r' => {}
                '\r' | '\n' | '\t' => match self.next(session, c != '\t') {
                    Outcome::Refuse(message) => refused = Some(message),
                    Outcome::Saved(message, _) => saved = Some(message),
                    _ => {}
                },
                c if !c.is_control() => {
                    self.type_key(&Key::char(c));
                }
                _ => {}
            }
            previous = c;
        }
        match (refused, saved) {
            (Some(message), _) => Outcome::Refuse(message),
            (None, Some(message)) => Outcome::Saved(message, After::Stay),
            (None, None) => Outcome::Handled,
        }
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if let Some(mode) = Mode::from_action(action) {
            return self.set_mode(mode);
        }
        match action {
            Action::NextField => self.enter(session),
            Action::Down => self.next(session, false),
            Action::PrevField | Action::Up => {
                self.step(false);
                Outcome::Handled
            }
            Action::Save => self.post_now(session),
            Action::Prompt => {
                let kind = match self.focus {
                    Focus::Location | Focus::To => PickerKind::Location,
                    Focus::Item => PickerKind::Item,
                    Focus::Quantity => {
                        return Outcome::Refuse(crate::t!("erp-scan-no-list"));
                    }
                };
                let current = self.input(self.focus).text.clone();
                Outcome::Push(Box::new(Picker::new(kind, &current, session)))
            }
            _ => Outcome::Ignored,
        }
    }

    fn on_result(&mut self, value: String, _session: &Session) -> Outcome {
        self.input_mut(self.focus).set(value);
        self.selected = false;
        Outcome::Handled
    }

    /// The form and this session's own postings; nothing to reload.
    fn shows(&self, _change: Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        self.render(frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Save,
            Action::ScanReceive,
            Action::ScanIssue,
            Action::ScanMove,
            Action::ScanCount,
            Action::ScanDeliver,
        ]
    }

    fn has_unsaved_changes(&self) -> bool {
        self.pending.is_some()
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let row = match self.focus {
            Focus::Location => 1,
            Focus::To => 2,
            Focus::Item => 3,
            Focus::Quantity => 4,
        };
        let typed = self.input(self.focus).column(theme);
        let x = area.x + 1 + 1 + LABEL as u16 + 1 + typed;
        Some((x.min(area.right().saturating_sub(2)), area.y + 1 + row))
    }
}

mod post;
mod view;

pub(in crate::tui::screens) use view::message_line;

#[cfg(test)]
pub(crate) mod tests;
