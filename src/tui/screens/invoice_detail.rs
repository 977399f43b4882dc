//! One invoice or credit note, read-only: seller and buyer as the document names them,
//! issue and due date with the Skonto, every line (SKU or text, date of supply, quantity,
//! unit price, VAT category, net), the totals per VAT group from the core
//! (`core::invoicing::invoice`, through `domain::amounts`), and beside them what became of
//! it — the credit notes correcting it, the payments settling it (money, Skonto,
//! write-off) and the open amount (`core::receivables::open_amount`). The credit-note key
//! asks why and credits everything not yet credited (`InvoiceCommand::Credit`); the core
//! refuses whoever may not. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use rust_decimal::Decimal;

use super::form::{Field, Form, Saved};
use super::invoices::Standing;
use super::refused::problems;
use super::sales_detail::{group_text, note_lines};
use crate::core::invoicing::{InvoiceCommand, InvoiceFilter, InvoiceView, invoice, invoices};
use crate::core::payment::payments;
use crate::core::receivables::open_amount;
use crate::core::{Change, Command, CoreError, Event};
use crate::domain::invoice::{InvoiceKind, Party};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::kind::figures::{amount, decimal};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};

/// Width of the labels.
const LABEL: usize = 12;

/// What the detail shows of an invoice.
struct Loaded {
    view: InvoiceView,
    /// The credit notes correcting it: number, date, gross.
    credits: Vec<(String, time::Date, Decimal)>,
    /// The payments settling it: number, date, money, Skonto, write-off.
    paid: Vec<(String, time::Date, Decimal, Decimal, Decimal)>,
    open: Decimal,
    standing: Standing,
}

/// One invoice or credit note, by number.
pub struct InvoiceDetail {
    number: String,
    loaded: Option<Loaded>,
    cursor: Cursor,
    error: Option<String>,
}

impl InvoiceDetail {
    pub fn new(number: String, session: &Session) -> InvoiceDetail {
        let mut screen = InvoiceDetail {
            number,
            loaded: None,
            cursor: Cursor::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(&self, session: &Session) -> Result<Loaded, CoreError> {
        let (store, actor) = (session.store(), &session.actor);
        let view = invoice(store, actor, &self.number)?;
        let id = view.invoice.id;
        let customer = view.invoice.customer_id;
        let mut credits = Vec::new();
        let mut paid = Vec::new();
        if view.invoice.kind == InvoiceKind::Invoice {
            let filter = InvoiceFilter {
                customer: Some(customer),
                kind: Some(InvoiceKind::CreditNote),
                ..InvoiceFilter::default()
            };
            credits = invoices(store, actor, &filter)?
                .into_iter()
                .filter(|note| note.corrects == Some(id))
                .map(|note| (note.number, note.issue_date, note.gross))
                .collect();
            for payment in payments(store, actor, Some(customer))?.into_iter().rev() {
                for part in payment.allocations.iter().filter(|a| a.invoice_id == id) {
                    paid.push((
                        payment.number.clone(),
                        payment.date,
                        part.amount,
                        part.skonto,
                        part.write_off,
                    ));
                }
            }
        }
        let open = open_amount(store, &view.invoice)?;
        let standing = Standing::of(&view.invoice, open, session.today());
        Ok(Loaded {
            view,
            credits,
            paid,
            open,
            standing,
        })
    }
}

/// A party on one line: name, street, postal code and city, leaving out what is empty.
fn party(party: &Party) -> String {
    let place = format!("{} {}", party.postal_code, party.city);
    [party.name.as_str(), party.street.as_str(), place.trim()]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The form that asks why invoice `number` is credited, then credits what is left of it.
pub fn credit_form(number: &str, session: &Session) -> Form {
    let invoice = number.to_string();
    Form::new(
        &crate::t!("invoice-credit-title", number = number),
        vec![Field::new("reason", crate::t!("invoice-credit-reason"), "").required()],
        Box::new(move |session: &Session, input| {
            let command = Command::Invoice(InvoiceCommand::Credit {
                invoice: invoice.clone(),
                lines: Vec::new(),
                reason: input.text("reason"),
                today: session.today(),
            });
            match session.execute(command).map_err(problems)? {
                Event::Invoiced(note) => Ok(Saved::Open(
                    crate::t!(
                        "invoice-credited",
                        number = note.number.as_str(),
                        invoice = invoice.as_str()
                    ),
                    Route::Invoice(note.number.clone()),
                )),
                _ => Ok(Saved::Done(String::new())),
            }
        }),
        session,
    )
}

impl InvoiceDetail {
    /// The head: seller, buyer, dates and terms.
    fn head(&self, loaded: &Loaded, theme: &Theme) -> Vec<Line<'static>> {
        let invoice = &loaded.view.invoice;
        let mut dates = crate::t!(
            "invoice-dates",
            issued = format::date(invoice.issue_date),
            by = invoice.issued_by.as_str()
        );
        if invoice.kind == InvoiceKind::Invoice {
            dates = crate::t!(
                "invoice-dates-due",
                dates = dates,
                due = format::date(invoice.due_date())
            );
        }
        let mut lines = vec![
            field_line(
                theme,
                &crate::t!("invoice-label-seller"),
                &party(&invoice.seller),
                LABEL,
            ),
            field_line(
                theme,
                &crate::t!("invoice-label-buyer"),
                &party(&invoice.buyer),
                LABEL,
            ),
            field_line(theme, &crate::t!("invoice-label-dates"), &dates, LABEL),
        ];
        if invoice.kind == InvoiceKind::CreditNote {
            let corrects = crate::t!(
                "invoice-corrects",
                number = invoice.corrects_number.as_str(),
                reason = invoice.reason.as_str()
            );
            lines.push(field_line(
                theme,
                &crate::t!("invoice-label-corrects"),
                &corrects,
                LABEL,
            ));
        }
        lines
    }

    /// The totals: per VAT group, net, VAT, gross and the legal notes.
    fn totals(loaded: &Loaded, theme: &Theme) -> Vec<Line<'static>> {
        let totals = &loaded.view.totals;
        let money =
            |value| format::money(value, totals.currency.code(), totals.currency.minor_units());
        let figure = |value| amount(value, totals.currency);
        let mut lines: Vec<Line> = (totals.breakdown.iter())
            .map(|group| {
                let (label, value) = group_text(group, &figure);
                field_line(theme, &label, &value, LABEL + 4)
            })
            .collect();
        for (label, value) in [
            (crate::t!("erp-sales-net"), totals.net),
            (crate::t!("erp-sales-vat"), totals.vat),
            (crate::t!("erp-sales-gross"), totals.gross),
        ] {
            lines.push(field_line(theme, &label, &money(value), LABEL + 4));
        }
        lines.extend(note_lines(totals, theme));
        lines
    }

    /// What became of it: Skonto, credit notes, payments, the open amount.
    fn receivable(loaded: &Loaded, theme: &Theme) -> Vec<Line<'static>> {
        let invoice = &loaded.view.invoice;
        let currency = invoice.currency;
        let money = |value| amount(value, currency);
        let mut lines = Vec::new();
        if let (Some(skonto), Some(until)) = (
            invoice.terms.skonto,
            invoice.terms.skonto_until(invoice.issue_date),
        ) {
            let text = crate::t!(
                "invoice-skonto",
                percent = decimal(skonto.percent),
                until = format::date(until)
            );
            lines.push(field_line(
                theme,
                &crate::t!("cli-field-skonto"),
                &text,
                LABEL,
            ));
        }
        for (number, day, gross) in &loaded.credits {
            let text = format!("{} {} −{}", number, format::date(*day), money(*gross));
            lines.push(field_line(
                theme,
                &InvoiceKind::CreditNote.label(),
                &text,
                LABEL,
            ));
        }
        for (number, day, money_in, skonto, write_off) in &loaded.paid {
            let mut text = format!("{} {} {}", number, format::date(*day), money(*money_in));
            if !skonto.is_zero() {
                text.push_str(&crate::t!("invoice-paid-skonto", amount = money(*skonto)));
            }
            if !write_off.is_zero() {
                text.push_str(&crate::t!(
                    "invoice-paid-write-off",
                    amount = money(*write_off)
                ));
            }
            lines.push(field_line(
                theme,
                &crate::t!("invoice-label-payment"),
                &text,
                LABEL,
            ));
        }
        if invoice.kind == InvoiceKind::Invoice {
            let open = format!("{} · {}", money(loaded.open), loaded.standing.label());
            let line = field_line(theme, &crate::t!("invoice-label-open"), &open, LABEL);
            lines.push(match loaded.standing {
                Standing::Overdue => line.style(theme.style(Role::Error)),
                _ => line,
            });
        }
        lines
    }
}

impl Screen for InvoiceDetail {
    fn title(&self) -> String {
        let kind = self
            .loaded
            .as_ref()
            .map_or(InvoiceKind::Invoice, |l| l.view.invoice.kind);
        match kind {
            InvoiceKind::Invoice => crate::t!("invoice-title", number = &self.number),
            InvoiceKind::CreditNote => {
                crate::t!("invoice-credit-note-title", number = &self.number)
            }
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::CreditNote])
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let count = self
            .loaded
            .as_ref()
            .map_or(0, |l| l.view.invoice.lines.len());
        if self.cursor.navigate(action, count) {
            return Outcome::Handled;
        }
        match (action, &self.loaded) {
            (Action::CreditNote, Some(loaded))
                if loaded.view.invoice.kind == InvoiceKind::Invoice =>
            {
                Outcome::Push(Box::new(credit_form(&self.number, session)))
            }
            (Action::CreditNote, _) => Outcome::Refuse(crate::t!(
                "core-invoice-credit-of-credit",
                number = self.number.as_str()
            )),
            _ => Outcome::Ignored,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match self.load(session) {
            Ok(loaded) => {
                self.cursor.clamp(loaded.view.invoice.lines.len());
                self.loaded = Some(loaded);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(loaded) = &self.loaded else {
            let message = self.error.clone().unwrap_or_default();
            panel(frame, area, theme, &self.title(), vec![Line::raw(message)]);
            return;
        };
        let head = self.head(loaded, theme);
        let totals = Self::totals(loaded, theme);
        let receivable = Self::receivable(loaded, theme);
        let height = |lines: usize| u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2);
        let [top, table, bottom] = Layout::vertical([
            Constraint::Length(height(head.len())),
            Constraint::Min(4),
            Constraint::Length(height(totals.len().max(receivable.len()))),
        ])
        .areas(area);
        panel(frame, top, theme, &crate::t!("invoice-parties"), head);
        let invoice = &loaded.view.invoice;
        let currency = invoice.currency;
        let rows: Vec<Vec<String>> = (invoice.lines.iter())
            .zip(&loaded.view.totals.line_nets)
            .map(|(line, net)| {
                let what = match line.sku.is_empty() {
                    true => line.text.clone(),
                    false => format!("{} {}", line.sku, line.text),
                };
                vec![
                    what,
                    format::date(line.supplied),
                    format!("{:>7}", decimal(line.quantity)),
                    format!("{:>10}", amount(line.unit_price, currency)),
                    line.category.label(),
                    format!("{:>11}", amount(*net, currency)),
                ]
            })
            .collect();
        let header = [
            crate::t!("erp-sales-col-item"),
            crate::t!("invoice-col-supplied"),
            format!("{:>7}", crate::t!("erp-col-qty")),
            format!("{:>10}", crate::t!("erp-sales-col-price")),
            crate::t!("erp-sales-col-vat"),
            format!("{:>11}", crate::t!("erp-sales-col-net")),
        ];
        let widths = [
            Constraint::Min(14),
            Constraint::Length(10),
            Constraint::Length(7),
            Constraint::Length(10),
            Constraint::Length(10),
            Constraint::Length(11),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &crate::t!("erp-sales-lines", count = rows.len()),
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, table, theme);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(bottom);
        panel(frame, left, theme, &crate::t!("erp-sales-totals"), totals);
        let title = crate::t!("invoice-receivable");
        panel(frame, right, theme, &title, receivable);
    }

    fn legend(&self) -> Vec<Action> {
        match self.loaded.as_ref().map(|l| l.view.invoice.kind) {
            Some(InvoiceKind::Invoice) => vec![Action::CreditNote, Action::Back],
            _ => vec![Action::Back],
        }
    }
}
