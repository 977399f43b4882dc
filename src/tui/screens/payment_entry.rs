//! Payment entry: type or scan an invoice number, Enter shows the invoice's open amount
//! and — on or before its last Skonto day — the Skonto proposal (what to pay with the
//! Skonto taken, until when); the amount field starts with what is due today (the
//! proposal, else the open amount). Enter on the amount, or the save key, records the
//! payment through the core (`PaymentCommand::Add`, dated today, Skonto taken when the
//! amount is exactly the proposal) and the screen is ready for the next invoice. A scanner
//! burst (paste) treats line ends as Enter. The figures are the core's
//! (`core::receivables::open_items`, `PaymentTerms::skonto_amount`). Needs the right to
//! record payments. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use rust_decimal::Decimal;
use time::Date;

use super::scan_deliver::{two_fields, two_fields_cursor};
use crate::core::invoicing::invoice;
use crate::core::payment::{NewPayment, PaymentCommand};
use crate::core::receivables::{OpenItem, open_items};
use crate::core::{Change, Command, CoreError, Event};
use crate::domain::Currency;
use crate::domain::invoice::{Invoice, InvoiceKind};
use crate::domain::money::parse_decimal;
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::app::is_text;
use crate::tui::key::{Key, KeyCode};
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TextInput, field_line, panel};

/// Width of the field labels.
const LABEL: usize = 12;

/// The invoice being paid: what is open of it and the Skonto proposal.
struct Due {
    invoice: Invoice,
    item: OpenItem,
    /// With the Skonto in time: the Skonto, what to pay with it taken and its last day.
    skonto: Option<(Decimal, Decimal, Date)>,
}

impl Due {
    /// What is due today: the amount with the Skonto when in time, else the open amount.
    fn proposal(&self) -> Decimal {
        self.skonto.map_or(self.item.open, |(_, pay, _)| pay)
    }

    fn money(&self, value: Decimal) -> String {
        amount(value, self.item.currency)
    }
}

pub struct PaymentEntry {
    number: TextInput,
    amount: TextInput,
    due: Option<Due>,
    message: Option<(String, bool)>,
}

impl PaymentEntry {
    pub fn new() -> PaymentEntry {
        PaymentEntry {
            number: TextInput::default(),
            amount: TextInput::default(),
            due: None,
            message: None,
        }
    }

    fn refuse(&mut self, message: String) -> Outcome {
        self.message = Some((message.clone(), true));
        Outcome::Refuse(message)
    }

    fn input(&mut self) -> &mut TextInput {
        match self.due {
            None => &mut self.number,
            Some(_) => &mut self.amount,
        }
    }

    /// Enter: opens the invoice typed, or posts the amount.
    fn enter(&mut self, session: &Session) -> Outcome {
        match self.due {
            None => self.open(session),
            Some(_) => self.post(session),
        }
    }

    fn load(session: &Session, text: &str) -> Result<Due, String> {
        let (store, actor) = (session.store(), &session.actor);
        let error = |error: CoreError| error.to_string();
        let invoice = invoice(store, actor, text).map_err(error)?.invoice;
        if invoice.kind == InvoiceKind::CreditNote {
            let number = invoice.number.as_str();
            return Err(crate::t!("payment-entry-credit-note", number = number));
        }
        let items = open_items(store, actor, invoice.customer_id).map_err(error)?;
        let Some(item) = items.into_iter().find(|i| i.invoice_id == invoice.id) else {
            let number = invoice.number.as_str();
            return Err(crate::t!("domain-payment-nothing-open", invoice = number));
        };
        let today = session.today();
        let skonto = item
            .skonto_until
            .filter(|until| today <= *until)
            .map(|until| {
                let minor = item.currency.minor_units();
                let skonto = invoice.terms.skonto_amount(item.owed, minor);
                (skonto, item.open - skonto, until)
            });
        Ok(Due {
            invoice,
            item,
            skonto,
        })
    }

    fn open(&mut self, session: &Session) -> Outcome {
        let text = self.number.text.trim().to_string();
        if text.is_empty() {
            return Outcome::Handled;
        }
        match Self::load(session, &text) {
            Ok(due) => {
                self.number.set(due.invoice.number.clone());
                self.amount.set(fixed(due.proposal(), due.item.currency));
                self.message = None;
                self.due = Some(due);
                Outcome::Handled
            }
            Err(message) => {
                // A scanner scans again: the field is empty for it.
                self.number.text.clear();
                self.refuse(message)
            }
        }
    }

    fn post(&mut self, session: &Session) -> Outcome {
        let Some(due) = &self.due else {
            return self.open(session);
        };
        let paid = match parse_decimal("amount", &self.amount.text) {
            Ok(paid) if paid > Decimal::ZERO => paid,
            Ok(_) => return self.refuse(crate::t!("payment-entry-amount-positive")),
            Err(problem) => return self.refuse(problem.message),
        };
        let skonto = due.skonto.is_some_and(|(_, pay, _)| pay == paid);
        let number = due.invoice.number.clone();
        let command = PaymentCommand::Add(NewPayment {
            customer: match due.invoice.customer_number.as_str() {
                "" => due.invoice.customer_id.to_string(),
                number => number.to_string(),
            },
            date: session.today(),
            amount: paid,
            reference: number.clone(),
            invoices: vec![(number.clone(), Some(paid))],
            skonto,
            write_off: None,
        });
        let currency = due.item.currency;
        match session.execute(Command::Payment(command)) {
            Ok(Event::Paid(payment)) => {
                let left = Self::load(session, &number).map_or(Decimal::ZERO, |d| d.item.open);
                let message = crate::t!(
                    "payment-entry-posted",
                    payment = payment.number.as_str(),
                    invoice = number.as_str(),
                    amount = amount(paid, currency),
                    open = amount(left, currency)
                );
                self.due = None;
                self.number.text.clear();
                self.amount.text.clear();
                self.message = Some((message.clone(), false));
                Outcome::Saved(message, After::Stay)
            }
            Ok(_) => Outcome::Handled,
            Err(CoreError::Invalid(problems)) => {
                let words: Vec<String> = problems.into_iter().map(|p| p.message).collect();
                self.refuse(words.join("; "))
            }
            Err(error) => self.refuse(error.to_string()),
        }
    }

    /// The invoice opened: customer, dates, gross, what is open, the Skonto proposal.
    fn facts(due: &Due, theme: &Theme) -> Vec<Line<'static>> {
        let (invoice, item) = (&due.invoice, &due.item);
        let mut lines = vec![
            field_line(
                theme,
                &crate::t!("erp-sales-col-customer"),
                &invoice.buyer.name,
                LABEL,
            ),
            field_line(
                theme,
                &crate::t!("invoice-label-dates"),
                &crate::t!(
                    "invoice-dates-due",
                    dates = format::date(invoice.issue_date),
                    due = format::date(item.due_date)
                ),
                LABEL,
            ),
            field_line(
                theme,
                &crate::t!("erp-sales-gross"),
                &due.money(invoice.gross),
                LABEL,
            ),
            field_line(
                theme,
                &crate::t!("invoice-label-open"),
                &due.money(item.open),
                LABEL,
            ),
        ];
        let skonto = match due.skonto {
            Some((skonto, pay, until)) => crate::t!(
                "payment-entry-skonto",
                percent = invoice
                    .terms
                    .skonto
                    .map_or(String::new(), |s| decimal(s.percent)),
                skonto = due.money(skonto),
                pay = due.money(pay),
                until = format::date(until)
            ),
            None => match item.skonto_until {
                Some(until) => {
                    crate::t!("payment-entry-skonto-past", until = format::date(until))
                }
                None => crate::t!("payment-entry-skonto-none"),
            },
        };
        let line = field_line(theme, &crate::t!("cli-field-skonto"), &skonto, LABEL);
        lines.push(match due.skonto {
            Some(_) => line.style(theme.style(Role::Ok)),
            None => line,
        });
        lines
    }
}

/// `value` with the currency's decimals, in the current language, as typed into a field.
fn fixed(value: Decimal, currency: Currency) -> String {
    format::fixed(value, currency.minor_units())
}

impl Default for PaymentEntry {
    fn default() -> Self {
        PaymentEntry::new()
    }
}

impl Screen for PaymentEntry {
    fn title(&self) -> String {
        crate::t!("payment-entry-title")
    }

    fn layer(&self) -> &'static str {
        "scan"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(
            action,
            Action::NextField | Action::Save | Action::Up | Action::Down
        )
    }

    fn on_key(&mut self, key: &Key, _session: &Session) -> Outcome {
        if key.code == KeyCode::Backspace || is_text(key).is_some() {
            self.input().edit(key);
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut parts = text.split('\n').peekable();
        let mut last = Outcome::Handled;
        while let Some(part) = parts.next() {
            let typed: String = part.chars().filter(|c| !c.is_control()).collect();
            self.input().insert(&typed);
            if parts.peek().is_some() {
                last = self.enter(session);
                if matches!(last, Outcome::Refuse(_)) {
                    return last;
                }
            }
        }
        last
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::NextField => self.enter(session),
            Action::Save => self.post(session),
            // Back to the invoice number: another invoice.
            Action::Up if self.due.is_some() => {
                self.due = None;
                self.amount.text.clear();
                Outcome::Handled
            }
            Action::Up | Action::Down => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, _change: Change) -> bool {
        false
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let fields = [
            (crate::t!("payment-entry-invoice"), &self.number),
            (crate::t!("payment-entry-amount"), &self.amount),
        ];
        let focus = usize::from(self.due.is_some());
        let title = crate::t!("payment-entry-box");
        let bottom = two_fields(frame, area, theme, &title, &fields, focus, &self.message);
        let (title, lines) = match &self.due {
            Some(due) => (due.invoice.number.clone(), Self::facts(due, theme)),
            None => (String::new(), Vec::new()),
        };
        panel(frame, bottom, theme, &title, lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Save, Action::Back]
    }

    fn has_unsaved_changes(&self) -> bool {
        false
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let (row, input) = match self.due {
            None => (0, &self.number),
            Some(_) => (1, &self.amount),
        };
        two_fields_cursor(area, theme, row, input)
    }
}
