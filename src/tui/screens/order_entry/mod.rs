//! Order entry, green-screen fast: the header (customer by number or id — a name that
//! finds one customer takes it, F4 picks, caller lookup opens this screen on the caller —
//! the customer's reference and the requested date), then lines typed as SKU or barcode
//! (a scanner's code + Enter), quantity, Enter, next line; F4 on the code picks an item.
//! Each line shows its price, discount, net and what is available of its item now, and the
//! totals run as it is typed — all from the core's preview (`core::order_entry`), which
//! prices a line as saving does; nothing is computed here. A selected line is edited or
//! deleted; Ctrl-X saves with `SalesCommand::AddOrder` and opens the order (its hold shown
//! in the message and the detail); leaving asks before throwing typed lines away. An
//! unknown SKU or a zero quantity is an error on the line, nothing typed lost.
//! Room: tui — data only through `core`.

mod lookup;
pub(super) mod view;

pub(super) use lookup::message;
use lookup::only_hit;

use rust_decimal::Decimal;
use time::Date;

use super::entry_lines::{self, EntryLines};
use super::picker::{Picker, PickerKind};
use super::sales::Doc;
use crate::core::order_entry::{self, EntryLine};
use crate::core::sales::{SalesCommand, SalesEvent};
use crate::core::{Command, Event};
use crate::domain::amounts::Totals;
use crate::domain::datetime::parse_date;
use crate::domain::money::parse_decimal;
use crate::domain::sales::LineSpec;
use crate::domain::{Customer, Invalid};
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::widgets::TextInput;

/// The fields of the screen, in the order Enter walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Customer,
    Reference,
    Requested,
    Code,
    Quantity,
}

/// What the open picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Picking {
    Customer,
    Item,
}

pub struct OrderEntry {
    customer: Option<Customer>,
    customer_input: TextInput,
    reference: TextInput,
    requested: TextInput,
    code: TextInput,
    quantity: TextInput,
    focus: Field,
    lines: EntryLines<EntryLine>,
    /// The line being typed, priced as far as it is typed.
    pending: Option<EntryLine>,
    totals: Option<Totals>,
    error: Option<String>,
    picking: Option<Picking>,
}

impl OrderEntry {
    /// A new order, for the customer with id `customer` when one was chosen already.
    pub fn new(customer: Option<u64>, session: &Session) -> OrderEntry {
        let mut screen = OrderEntry {
            customer: None,
            customer_input: TextInput::default(),
            reference: TextInput::default(),
            requested: TextInput::default(),
            code: TextInput::default(),
            quantity: TextInput::default(),
            focus: Field::Customer,
            lines: EntryLines::default(),
            pending: None,
            totals: None,
            error: None,
            picking: None,
        };
        if let Some(id) = customer {
            screen.choose_customer(&id.to_string(), true, session);
            if screen.customer.is_some() {
                screen.focus = Field::Code;
            }
        }
        screen
    }

    fn input(&mut self) -> &mut TextInput {
        match self.focus {
            Field::Customer => &mut self.customer_input,
            Field::Reference => &mut self.reference,
            Field::Requested => &mut self.requested,
            Field::Code => &mut self.code,
            Field::Quantity => &mut self.quantity,
        }
    }

    /// The input of `field`, for the view.
    fn input_of(&self, field: Field) -> &TextInput {
        match field {
            Field::Customer => &self.customer_input,
            Field::Reference => &self.reference,
            Field::Requested => &self.requested,
            Field::Code => &self.code,
            Field::Quantity => &self.quantity,
        }
    }

    /// Takes the customer `text` names: an id (`by_id`, from a picker or the caller
    /// lookup), else a customer number or id, else a name or phone that finds exactly one.
    fn choose_customer(&mut self, text: &str, by_id: bool, session: &Session) -> bool {
        let (store, actor) = (session.store(), &session.actor);
        let found = match by_id {
            true => text.parse::<u64>().ok().and_then(|id| {
                crate::core::query::get_customer(store, actor, id)
                    .ok()
                    .flatten()
            }),
            false => crate::core::price::customer(store, actor, text)
                .ok()
                .or_else(|| only_hit(text, session)),
        };
        match found {
            Some(customer) => {
                let shown = match customer.number.is_empty() {
                    true => customer.id.to_string(),
                    false => customer.number.clone(),
                };
                self.customer_input.set(shown);
                self.customer = Some(customer);
                self.error = None;
                self.reprice(session);
                true
            }
            None => {
                self.error = Some(t!("erp-entry-no-customer", text = text.trim()));
                false
            }
        }
    }

    /// The requested date typed (none when empty).
    fn requested_date(&self) -> Result<Option<Date>, Invalid> {
        match self.requested.text.trim() {
            "" => Ok(None),
            text => parse_date("requested", text).map(Some),
        }
    }

    /// The date lines are priced for: the requested date, else today.
    fn priced_on(&self, session: &Session) -> Date {
        self.requested_date()
            .ok()
            .flatten()
            .unwrap_or_else(|| session.today())
    }

    /// The line the inputs hold, priced; `Ok(None)` while nothing is typed.
    fn typed_line(&self, session: &Session) -> Result<Option<EntryLine>, String> {
        let Some(customer) = &self.customer else {
            return Err(t!("erp-entry-customer-first"));
        };
        if self.code.text.trim().is_empty() {
            return Ok(None);
        }
        let quantity = match self.quantity.text.trim() {
            "" => Decimal::ONE,
            text => parse_decimal("quantity", text).map_err(|p| p.message)?,
        };
        if quantity <= Decimal::ZERO {
            return Err(t!("erp-entry-quantity"));
        }
        order_entry::line(
            session.store(),
            &session.actor,
            customer,
            &self.code.text,
            quantity,
            self.priced_on(session),
        )
        .map(Some)
        .map_err(|error| message(&error))
    }

    /// Prices the line being typed and the totals of every line with it.
    fn preview(&mut self, session: &Session) {
        self.pending = match self.focus {
            Field::Quantity => self.typed_line(session).ok().flatten(),
            _ => None,
        };
        self.total(session);
    }

    /// Prices every line again (a new customer or requested date) and the totals.
    fn reprice(&mut self, session: &Session) {
        let Some(customer) = self.customer.clone() else {
            return;
        };
        let date = self.priced_on(session);
        let (store, actor) = (session.store(), &session.actor);
        self.lines.replace_each(|line| {
            let (code, quantity) = (&line.line.sku, line.line.quantity);
            match order_entry::line(store, actor, &customer, code, quantity, date) {
                Ok(priced) => priced,
                Err(error) => {
                    self.error = Some(message(&error));
                    line.clone()
                }
            }
        });
        self.preview(session);
    }

    /// The totals of the lines and the line being typed, from the core.
    fn total(&mut self, session: &Session) {
        let Some(customer) = &self.customer else {
            self.totals = None;
            return;
        };
        let pending = self.pending.as_ref().map(|p| p.line.clone());
        let lines = self.lines.with_typed(|l| l.line.clone(), pending);
        let today = session.today();
        let requested = self.requested_date().ok().flatten();
        self.totals = order_entry::totals(
            session.store(),
            &session.actor,
            customer,
            &lines,
            today,
            requested,
        )
        .ok();
    }

    /// Enter: checks the field and moves on; on the quantity it takes the line.
    fn next(&mut self, session: &Session) -> Outcome {
        match self.focus {
            Field::Customer => {
                let text = self.customer_input.text.clone();
                if self.choose_customer(&text, false, session) {
                    self.focus = Field::Reference;
                }
            }
            Field::Reference => self.focus = Field::Requested,
            Field::Requested => match self.requested_date() {
                Ok(_) => {
                    self.error = None;
                    self.reprice(session);
                    self.focus = Field::Code;
                }
                Err(problem) => self.error = Some(problem.message),
            },
            Field::Code if self.code.text.trim().is_empty() => {}
            Field::Code => {
                let known =
                    crate::core::price::item(session.store(), &session.actor, &self.code.text);
                match known {
                    Ok(_) => {
                        self.error = None;
                        self.focus = Field::Quantity;
                        self.preview(session);
                    }
                    Err(error) => self.error = Some(message(&error)),
                }
            }
            Field::Quantity => {
                self.take_line(session);
            }
        }
        Outcome::Handled
    }

    /// Adds (or puts back) the line typed; false with the error on the line when it is
    /// not one.
    fn take_line(&mut self, session: &Session) -> bool {
        match self.typed_line(session) {
            Ok(Some(line)) => {
                self.lines.take(line);
                self.code.set("");
                self.quantity.set("");
                self.error = None;
                self.focus = Field::Code;
                self.preview(session);
                true
            }
            Ok(None) => true,
            Err(error) => {
                self.error = Some(error);
                false
            }
        }
    }

    fn previous(&mut self) {
        self.focus = match self.focus {
            Field::Customer | Field::Reference => Field::Customer,
            Field::Requested => Field::Reference,
            Field::Code => Field::Requested,
            Field::Quantity => Field::Code,
        };
    }

    /// Ctrl-X: the line still typed is taken first; then `AddOrder` (with `confirm`, Ctrl-B:
    /// confirmed in the same write), and the order opens.
    fn save(&mut self, session: &Session, confirm: bool) -> Outcome {
        if !self.code.text.trim().is_empty() && !self.take_line(session) {
            return Outcome::Refuse(self.error.clone().unwrap_or_default());
        }
        let Some(customer) = &self.customer else {
            return Outcome::Refuse(t!("erp-entry-customer-first"));
        };
        if self.lines.is_empty() {
            return Outcome::Refuse(t!("erp-entry-no-lines"));
        }
        let requested = match self.requested_date() {
            Ok(date) => date,
            Err(problem) => return Outcome::Refuse(problem.message),
        };
        let lines = (self.lines.as_slice().iter())
            .map(|l| LineSpec {
                code: l.line.sku.clone(),
                free_text: false,
                quantity: l.line.quantity,
                price: None,
                discount: Decimal::ZERO,
                category: None,
            })
            .collect();
        let command = SalesCommand::AddOrder {
            customer: customer.id.to_string(),
            lines,
            today: session.today(),
            reference: self.reference.text.clone(),
            reference_date: None,
            requested,
            terms: Default::default(),
            promised: None,
            confirm,
        };
        match session.execute(Command::Sales(command)) {
            Ok(Event::Sales(SalesEvent::Order(order))) => {
                let text = match &order.hold {
                    Some(hold) => {
                        let reasons: Vec<String> = hold
                            .reasons
                            .iter()
                            .map(|r| r.describe(order.currency))
                            .collect();
                        t!(
                            "erp-entry-saved-held",
                            number = order.number.as_str(),
                            reasons = reasons.join("; ")
                        )
                    }
                    None if confirm => t!("erp-entry-confirmed", number = order.number.as_str()),
                    None => t!("erp-entry-saved", number = order.number.as_str()),
                };
                self.lines.clear();
                let route = Route::SalesDocument(Doc::Order, order.number);
                Outcome::Saved(text, After::Open(route))
            }
            Ok(_) => Outcome::Handled,
            Err(error) => {
                self.error = Some(message(&error));
                Outcome::Refuse(message(&error))
            }
        }
    }

    fn delete(&mut self, session: &Session) -> Outcome {
        if let Err(refused) = self.lines.delete_selected() {
            return Outcome::Refuse(refused);
        }
        self.total(session);
        Outcome::Handled
    }

    fn edit(&mut self, session: &Session) -> Outcome {
        let line = match self.lines.edit_selected() {
            Ok(line) => line.line.clone(),
            Err(refused) => return Outcome::Refuse(refused),
        };
        self.code.set(line.sku);
        self.quantity
            .set(crate::lang::format::decimal(line.quantity.normalize()));
        self.focus = Field::Quantity;
        self.preview(session);
        Outcome::Handled
    }
}

impl Screen for OrderEntry {
    fn title(&self) -> String {
        t!("erp-entry-title")
    }

    fn layer(&self) -> &'static str {
        "entry"
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        if self.input().edit(key) {
            if self.focus == Field::Customer {
                self.customer = None;
                self.totals = None;
            }
            self.preview(session);
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        self.input().paste(text);
        self.preview(session);
        Outcome::Handled
    }

    fn answers(&self, action: Action) -> bool {
        action == Action::ConfirmOrder || entry_lines::answers(action)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::NextField => self.next(session),
            Action::PrevField => {
                self.previous();
                self.preview(session);
                Outcome::Handled
            }
            Action::Up | Action::Down => {
                self.lines.move_cursor(action);
                Outcome::Handled
            }
            Action::Prompt => match self.focus {
                Field::Customer => {
                    self.picking = Some(Picking::Customer);
                    let current = self.customer.as_ref().map(|c| c.id.to_string());
                    let current = current.unwrap_or_default();
                    Outcome::Push(Box::new(Picker::new(
                        PickerKind::Customer,
                        &current,
                        session,
                    )))
                }
                Field::Code | Field::Quantity => {
                    self.picking = Some(Picking::Item);
                    let current = self.code.text.clone();
                    Outcome::Push(Box::new(Picker::new(PickerKind::Item, &current, session)))
                }
                _ => Outcome::Refuse(t!("erp-entry-no-picker")),
            },
            Action::Edit => self.edit(session),
            Action::Delete => self.delete(session),
            Action::Save => self.save(session, false),
            Action::ConfirmOrder => self.save(session, true),
            _ => Outcome::Ignored,
        }
    }

    fn on_result(&mut self, value: String, session: &Session) -> Outcome {
        match self.picking.take() {
            Some(Picking::Customer) if self.choose_customer(&value, true, session) => {
                self.focus = Field::Reference;
            }
            Some(Picking::Item) => {
                self.code.set(value);
                self.error = None;
                self.focus = Field::Quantity;
                self.preview(session);
            }
            Some(Picking::Customer) | None => {}
        }
        Outcome::Handled
    }

    /// Prices and availability are read as lines are typed; a change elsewhere shows
    /// with the next line.
    fn shows(&self, _change: crate::core::Change) -> bool {
        false
    }

    fn view(
        &self,
        frame: &mut ratatui::Frame,
        area: ratatui::layout::Rect,
        theme: &crate::tui::theme::Theme,
    ) {
        view::render(self, frame, area, theme);
    }

    fn legend(&self) -> Vec<Action> {
        entry_lines::legend()
    }

    fn meaning(&self, action: Action) -> Option<String> {
        entry_lines::meaning(action)
    }

    fn has_unsaved_changes(&self) -> bool {
        !self.lines.is_empty() || !self.code.text.trim().is_empty()
    }

    fn cursor(
        &self,
        area: ratatui::layout::Rect,
        theme: &crate::tui::theme::Theme,
    ) -> Option<(u16, u16)> {
        view::cursor(self, area, theme)
    }
}
