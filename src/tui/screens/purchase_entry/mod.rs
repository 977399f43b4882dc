//! Purchase order entry, keyboard fast like sales order entry: the header (supplier by
//! number or id — F4 picks —, the requested date of every line without its own, a note),
//! then a grid of lines: item (SKU or barcode typed or scanned, F4 picks), quantity (empty:
//! 1), unit price (empty: the preferred offer's break for that quantity, else the item's
//! cost), requested date (empty: the order's), Enter on the last takes the line. The fast
//! form of the old entry stays: `SKU:QTY[:PRICE[:DATE]]` lines, comma-separated, typed or
//! pasted into the item field, are taken at once. Every line shows its price, date and
//! net as the core prices it (`core::purchase_entry`, what saving takes — nothing is
//! computed here) and the net total runs along. A selected line is edited or deleted;
//! Ctrl-X saves with `PurchaseCommand::Add` and opens the order; leaving asks before
//! throwing typed lines away. An unknown item or a line without a price is an error on the
//! message row, nothing typed lost. Room: tui — data only through `core`.

mod view;

use rust_decimal::Decimal;
use time::Date;

use super::entry_lines::{self, EntryLines};
use super::order_entry::message;
use super::picker::{Picker, PickerKind};
use super::purchase_forms::parse_lines;
use crate::core::purchase::{LineSpec, PurchaseCommand};
use crate::core::purchase_entry;
use crate::core::stock_query::find_item;
use crate::core::{Command, Event};
use crate::domain::datetime::parse_date;
use crate::domain::money::parse_decimal;
use crate::domain::purchase::PurchaseLine;
use crate::domain::{Currency, Invalid, Supplier};
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
    Supplier,
    Requested,
    Notes,
    Code,
    Quantity,
    Price,
    Date,
}

/// A line taken: as typed (what saving sends) and as the core priced it.
#[derive(Debug, Clone)]
struct Taken {
    spec: LineSpec,
    priced: PurchaseLine,
}

pub struct PurchaseEntry {
    supplier: Option<Supplier>,
    supplier_input: TextInput,
    requested: TextInput,
    notes: TextInput,
    code: TextInput,
    quantity: TextInput,
    price: TextInput,
    date: TextInput,
    focus: Field,
    lines: EntryLines<Taken>,
    /// The line being typed, priced as far as it is typed.
    pending: Option<PurchaseLine>,
    currency: Currency,
    error: Option<String>,
}

impl PurchaseEntry {
    pub fn new(session: &Session) -> PurchaseEntry {
        PurchaseEntry {
            supplier: None,
            supplier_input: TextInput::default(),
            requested: TextInput::default(),
            notes: TextInput::default(),
            code: TextInput::default(),
            quantity: TextInput::default(),
            price: TextInput::default(),
            date: TextInput::default(),
            focus: Field::Supplier,
            lines: EntryLines::default(),
            pending: None,
            currency: session.settings.currency,
            error: None,
        }
    }

    fn input(&mut self) -> &mut TextInput {
        match self.focus {
            Field::Supplier => &mut self.supplier_input,
            Field::Requested => &mut self.requested,
            Field::Notes => &mut self.notes,
            Field::Code => &mut self.code,
            Field::Quantity => &mut self.quantity,
            Field::Price => &mut self.price,
            Field::Date => &mut self.date,
        }
    }

    /// The input of `field`, for the view.
    fn input_of(&self, field: Field) -> &TextInput {
        match field {
            Field::Supplier => &self.supplier_input,
            Field::Requested => &self.requested,
            Field::Notes => &self.notes,
            Field::Code => &self.code,
            Field::Quantity => &self.quantity,
            Field::Price => &self.price,
            Field::Date => &self.date,
        }
    }

    fn choose_supplier(&mut self, text: &str, session: &Session) -> bool {
        match purchase_entry::supplier(session.store(), &session.actor, text) {
            Ok(supplier) => {
                let shown = match supplier.number.is_empty() {
                    true => supplier.id.to_string(),
                    false => supplier.number.clone(),
                };
                self.supplier_input.set(shown);
                self.supplier = Some(supplier);
                self.error = None;
                self.reprice(session);
                true
            }
            Err(error) => {
                self.error = Some(message(&error));
                false
            }
        }
    }

    /// A date input's date (none when empty).
    fn date_of(input: &TextInput, field: &'static str) -> Result<Option<Date>, Invalid> {
        match input.text.trim() {
            "" => Ok(None),
            text => parse_date(field, text).map(Some),
        }
    }

    /// `specs` priced by the core for the chosen supplier.
    fn priced(&self, specs: &[LineSpec], session: &Session) -> Result<Vec<PurchaseLine>, String> {
        let Some(supplier) = &self.supplier else {
            return Err(t!("purchase-entry-supplier-first"));
        };
        let requested = Self::date_of(&self.requested, "requested").map_err(|p| p.message)?;
        let priced = purchase_entry::price(
            session.store(),
            &session.actor,
            supplier.id,
            specs,
            requested,
            session.today(),
        );
        priced
            .map(|(lines, _)| lines)
            .map_err(|error| message(&error))
    }

    /// The line the inputs hold; `Ok(None)` while no item is typed.
    fn typed_spec(&self) -> Result<Option<LineSpec>, String> {
        let code = self.code.text.trim();
        if code.is_empty() {
            return Ok(None);
        }
        let quantity = match self.quantity.text.trim() {
            "" => Decimal::ONE,
            text => parse_decimal("quantity", text).map_err(|p| p.message)?,
        };
        if quantity <= Decimal::ZERO {
            return Err(t!("erp-entry-quantity"));
        }
        let unit_price = match self.price.text.trim() {
            "" => None,
            text => Some(parse_decimal("unit_price", text).map_err(|p| p.message)?),
        };
        let requested = Self::date_of(&self.date, "requested").map_err(|p| p.message)?;
        Ok(Some(LineSpec {
            code: code.to_string(),
            quantity,
            unit_price,
            requested,
        }))
    }

    /// Prices the line being typed (once its item is taken).
    fn preview(&mut self, session: &Session) {
        let typing = matches!(self.focus, Field::Quantity | Field::Price | Field::Date);
        self.pending = match (typing, self.typed_spec()) {
            (true, Ok(Some(spec))) => (self.priced(std::slice::from_ref(&spec), session).ok())
                .and_then(|mut lines| lines.pop()),
            _ => None,
        };
    }

    /// Prices every line again (a new supplier or requested date).
    fn reprice(&mut self, session: &Session) {
        let specs: Vec<LineSpec> = self.specs();
        if !specs.is_empty() {
            match self.priced(&specs, session) {
                Ok(priced) => {
                    let mut priced = priced.into_iter();
                    self.lines.replace_each(|line| Taken {
                        spec: line.spec.clone(),
                        priced: priced.next().unwrap_or_else(|| line.priced.clone()),
                    });
                }
                Err(error) => self.error = Some(error),
            }
        }
        self.preview(session);
    }

    /// The lines taken, as saving sends them.
    fn specs(&self) -> Vec<LineSpec> {
        self.lines
            .as_slice()
            .iter()
            .map(|l| l.spec.clone())
            .collect()
    }

    /// The net total of the lines and the line being typed.
    fn total(&self) -> Decimal {
        let pending = self.pending.as_ref().map(|p| p.net(self.currency));
        let nets = (self.lines).with_typed(|l| l.priced.net(self.currency), pending);
        nets.into_iter().sum()
    }

    /// Enter: checks the field and moves on; on the date it takes the line.
    fn next(&mut self, session: &Session) -> Outcome {
        match self.focus {
            Field::Supplier => {
                let text = self.supplier_input.text.clone();
                if self.choose_supplier(&text, session) {
                    self.focus = Field::Requested;
                }
            }
            Field::Requested => match Self::date_of(&self.requested, "requested") {
                Ok(_) => {
                    self.error = None;
                    self.reprice(session);
                    self.focus = Field::Notes;
                }
                Err(problem) => self.error = Some(problem.message),
            },
            Field::Notes => self.focus = Field::Code,
            Field::Code if self.code.text.trim().is_empty() => {}
            Field::Code if self.code.text.contains([':', ',']) => {
                self.take_fast_lines(session);
            }
            Field::Code => {
                let code = self.code.text.trim().to_string();
                match find_item(session.store(), &session.actor, &code) {
                    Ok(Some(_)) => {
                        self.error = None;
                        self.focus = Field::Quantity;
                        self.preview(session);
                    }
                    Ok(None) => self.error = Some(t!("core-no-item", code = code)),
                    Err(error) => self.error = Some(message(&error)),
                }
            }
            Field::Quantity | Field::Price => match self.typed_spec() {
                Ok(_) => {
                    self.error = None;
                    self.focus = match self.focus {
                        Field::Quantity => Field::Price,
                        _ => Field::Date,
                    };
                    self.preview(session);
                }
                Err(error) => self.error = Some(error),
            },
            Field::Date => {
                self.take_line(session);
            }
        }
        Outcome::Handled
    }

    /// `SKU:QTY[:PRICE[:DATE]]` lines typed into the item field: each priced and taken.
    fn take_fast_lines(&mut self, session: &Session) -> bool {
        let specs = match parse_lines(&self.code.text) {
            Ok(specs) => specs,
            Err(problem) => {
                self.error = Some(problem.message);
                return false;
            }
        };
        match self.priced(&specs, session) {
            Ok(priced) => {
                let taken = specs.into_iter().zip(priced);
                (self.lines).take_all(taken.map(|(spec, priced)| Taken { spec, priced }));
                self.clear_line();
                true
            }
            Err(error) => {
                self.error = Some(error);
                false
            }
        }
    }

    fn clear_line(&mut self) {
        for input in [
            &mut self.code,
            &mut self.quantity,
            &mut self.price,
            &mut self.date,
        ] {
            input.set("");
        }
        self.error = None;
        self.focus = Field::Code;
        self.pending = None;
    }

    /// Adds (or puts back) the line typed; false with the error shown when it is not one.
    fn take_line(&mut self, session: &Session) -> bool {
        let spec = match self.typed_spec() {
            Ok(Some(spec)) => spec,
            Ok(None) => return true,
            Err(error) => {
                self.error = Some(error);
                return false;
            }
        };
        match self.priced(std::slice::from_ref(&spec), session) {
            Ok(mut priced) => {
                let Some(priced) = priced.pop() else {
                    return false;
                };
                self.lines.take(Taken { spec, priced });
                self.clear_line();
                true
            }
            Err(error) => {
                self.error = Some(error);
                false
            }
        }
    }

    fn previous(&mut self) {
        self.focus = match self.focus {
            Field::Supplier | Field::Requested => Field::Supplier,
            Field::Notes => Field::Requested,
            Field::Code => Field::Notes,
            Field::Quantity => Field::Code,
            Field::Price => Field::Quantity,
            Field::Date => Field::Price,
        };
    }

    /// Ctrl-X: the line still typed is taken first; then `PurchaseCommand::Add`, and the
    /// order opens.
    fn save(&mut self, session: &Session) -> Outcome {
        let typed = !self.code.text.trim().is_empty();
        let taken = match self.code.text.contains([':', ',']) {
            true => self.take_fast_lines(session),
            false => self.take_line(session),
        };
        if typed && !taken {
            return Outcome::Refuse(self.error.clone().unwrap_or_default());
        }
        let Some(supplier) = &self.supplier else {
            return Outcome::Refuse(t!("purchase-entry-supplier-first"));
        };
        if self.lines.is_empty() {
            return Outcome::Refuse(t!("purchase-no-lines"));
        }
        let requested = match Self::date_of(&self.requested, "requested") {
            Ok(date) => date,
            Err(problem) => return Outcome::Refuse(problem.message),
        };
        let command = PurchaseCommand::Add {
            supplier: supplier.id.to_string(),
            lines: self.specs(),
            requested,
            notes: self.notes.text.clone(),
            today: session.today(),
        };
        match session.execute(Command::Purchase(command)) {
            Ok(Event::Purchase(done)) => {
                let order = done.order;
                let text = t!(
                    "purchase-tui-added",
                    number = order.number.as_str(),
                    total = crate::lang::format::money(
                        order.total(),
                        order.currency.code(),
                        order.currency.minor_units()
                    )
                );
                self.lines.clear();
                Outcome::Saved(text, After::Open(Route::Purchase(order.number)))
            }
            Ok(_) => Outcome::Handled,
            Err(error) => {
                self.error = Some(message(&error));
                Outcome::Refuse(message(&error))
            }
        }
    }

    fn delete(&mut self) -> Outcome {
        match self.lines.delete_selected() {
            Ok(()) => Outcome::Handled,
            Err(refused) => Outcome::Refuse(refused),
        }
    }

    fn edit(&mut self, session: &Session) -> Outcome {
        let spec = match self.lines.edit_selected() {
            Ok(line) => line.spec.clone(),
            Err(refused) => return Outcome::Refuse(refused),
        };
        let figure = |value: Decimal| crate::lang::format::decimal(value.normalize());
        self.code.set(spec.code);
        self.quantity.set(figure(spec.quantity));
        self.price
            .set(spec.unit_price.map(figure).unwrap_or_default());
        let date = spec.requested.map(crate::lang::format::date);
        self.date.set(date.unwrap_or_default());
        self.focus = Field::Quantity;
        self.preview(session);
        Outcome::Handled
    }
}

impl Screen for PurchaseEntry {
    fn title(&self) -> String {
        t!("purchase-tui-new-title")
    }

    fn layer(&self) -> &'static str {
        "entry"
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        if self.input().edit(key) {
            if self.focus == Field::Supplier {
                self.supplier = None;
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
        entry_lines::answers(action)
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
                Field::Code | Field::Quantity | Field::Price | Field::Date => {
                    let current = self.code.text.clone();
                    Outcome::Push(Box::new(Picker::new(PickerKind::Item, &current, session)))
                }
                _ => Outcome::Refuse(t!("erp-entry-no-picker")),
            },
            Action::Edit => self.edit(session),
            Action::Delete => self.delete(),
            Action::Save => self.save(session),
            _ => Outcome::Ignored,
        }
    }

    /// The item picked (F4 only opens on the line's fields).
    fn on_result(&mut self, value: String, session: &Session) -> Outcome {
        self.code.set(value);
        self.error = None;
        self.focus = Field::Quantity;
        self.preview(session);
        Outcome::Handled
    }

    /// Prices are read as lines are typed; a change elsewhere shows with the next line.
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
