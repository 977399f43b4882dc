//! The actions on a quote or a sales order from its detail (`sales_detail`): confirming an
//! order (the result in words: what was reserved, what waits, a hold the rules put it on),
//! delivering everything reserved in one step (asks first) or writing its pick list,
//! cancelling the rest of a line or the whole order with a reason (a form, then a yes/no
//! question), setting a line's promised date; sending, accepting, declining (asks first)
//! and converting a quote (the new order opens in its place). Every action runs a core
//! command and shows the core's refusal inline, as it is; which actions a role sees is the
//! right declared with each action. Also the selected order line's quantities and dates.
//! Room: tui — data only through `core`.

use ratatui::text::Line;
use rust_decimal::Decimal;

use super::form::{Field, Form, Saved};
use super::refused::problems;
use super::sales::Doc;
use crate::core::delivery::DeliveryCommand;
use crate::core::sales::{SalesCommand, SalesEvent};
use crate::core::{Command, CoreError, Event};
use crate::domain::Invalid;
use crate::domain::datetime::parse_date;
use crate::domain::fields::Input;
use crate::domain::money::parse_decimal;
use crate::domain::sales::{OrderLine, OrderState, QuoteState, SalesOrder};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome};
use crate::tui::screens::kind::figures::decimal;
use crate::tui::session::Session;
use crate::tui::theme::Theme;

/// Every action on an order, as the detail answers them.
pub const ORDER_ACTIONS: [Action; 6] = [
    Action::ConfirmOrder,
    Action::DeliverOrder,
    Action::PickList,
    Action::CancelLine,
    Action::CancelOrder,
    Action::PromiseLine,
];

/// Every action on a quote.
pub const QUOTE_ACTIONS: [Action; 4] = [
    Action::SendQuote,
    Action::AcceptQuote,
    Action::DeclineQuote,
    Action::ConvertQuote,
];

/// The order actions worth the legend in the order's state, most wanted first: an open
/// order is confirmed, a confirmed one delivered; a cancelled one has none.
pub fn order_legend(order: &SalesOrder) -> Vec<Action> {
    match order.state {
        OrderState::Open => vec![
            Action::ConfirmOrder,
            Action::CancelLine,
            Action::PromiseLine,
            Action::CancelOrder,
        ],
        OrderState::Confirmed if order.fully_delivered() => Vec::new(),
        OrderState::Confirmed => vec![
            Action::DeliverOrder,
            Action::PickList,
            Action::CancelLine,
            Action::PromiseLine,
            Action::ConfirmOrder,
            Action::CancelOrder,
        ],
        OrderState::Cancelled => Vec::new(),
    }
}

/// The quote actions worth the legend in the quote's state (`converted`: it has its
/// order already).
pub fn quote_legend(state: QuoteState, converted: bool) -> Vec<Action> {
    match state {
        QuoteState::Draft => vec![Action::SendQuote],
        QuoteState::Sent => vec![Action::AcceptQuote, Action::DeclineQuote],
        QuoteState::Accepted if !converted => vec![Action::ConvertQuote],
        QuoteState::Accepted | QuoteState::Declined | QuoteState::Expired => Vec::new(),
    }
}

/// Refuses with the core's words: each problem's message, without the field it names.
fn refusal(error: CoreError) -> Outcome {
    let messages: Vec<String> = match error {
        CoreError::Invalid(problems) => problems.into_iter().map(|p| p.message).collect(),
        other => vec![other.to_string()],
    };
    Outcome::Refuse(messages.join("; "))
}

/// Runs `action` on `order`; `line` is the selected line (0-based).
pub fn on_order(action: Action, order: &SalesOrder, line: usize, session: &Session) -> Outcome {
    let number = order.number.clone();
    match action {
        Action::ConfirmOrder => {
            let command = Command::Sales(SalesCommand::ConfirmOrder { order: number });
            match session.execute(command) {
                Ok(Event::Sales(SalesEvent::Order(order))) => {
                    Outcome::Saved(confirmed(&order), After::Stay)
                }
                Ok(_) => Outcome::Handled,
                Err(error) => refusal(error),
            }
        }
        Action::DeliverOrder => Outcome::Confirm(
            crate::t!("sales-deliver-question", number = number),
            Action::DeliverOrder,
        ),
        Action::PickList => deliver(session, &number, false),
        Action::CancelOrder => Outcome::Push(Box::new(cancel_order_form(&number, session))),
        Action::CancelLine | Action::PromiseLine => {
            let Some(of) = order.lines.get(line) else {
                return Outcome::Refuse(crate::t!("sales-no-line"));
            };
            let form = match action {
                Action::CancelLine => cancel_line_form(&number, line + 1, of, session),
                _ => promise_form(&number, line + 1, of, session),
            };
            Outcome::Push(Box::new(form))
        }
        _ => Outcome::Ignored,
    }
}

/// Runs `action` on the quote `number`: converting opens the new order in its place.
pub fn on_quote(action: Action, number: &str, session: &Session) -> Outcome {
    let (quote, today) = (number.to_string(), session.today());
    let command = match action {
        Action::SendQuote => SalesCommand::SendQuote { quote, today },
        Action::AcceptQuote => SalesCommand::AcceptQuote { quote, today },
        Action::DeclineQuote => {
            return Outcome::Confirm(
                crate::t!("sales-decline-question", number = number),
                Action::DeclineQuote,
            );
        }
        Action::ConvertQuote => SalesCommand::ConvertQuote { quote, today },
        _ => return Outcome::Ignored,
    };
    match session.execute(Command::Sales(command)) {
        Ok(Event::Sales(SalesEvent::Converted(done))) => {
            let order = done.1.number;
            let message = crate::t!(
                "sales-quote-converted",
                quote = number,
                order = order.as_str()
            );
            Outcome::Saved(
                message,
                After::Open(Route::SalesDocument(Doc::Order, order)),
            )
        }
        Ok(_) if action == Action::SendQuote => {
            Outcome::Saved(crate::t!("sales-quote-sent", number = number), After::Stay)
        }
        Ok(_) => Outcome::Saved(
            crate::t!("sales-quote-accepted", number = number),
            After::Stay,
        ),
        Err(error) => refusal(error),
    }
}

/// Yes to a question an action asked on the document `number`: delivering or declining.
pub fn on_confirmed(action: Action, number: &str, session: &Session) -> Outcome {
    match action {
        Action::DeliverOrder => deliver(session, number, true),
        Action::DeclineQuote => {
            let command = SalesCommand::DeclineQuote {
                quote: number.to_string(),
                today: session.today(),
            };
            match session.execute(Command::Sales(command)) {
                Ok(_) => Outcome::Saved(
                    crate::t!("sales-quote-declined", number = number),
                    After::Stay,
                ),
                Err(error) => refusal(error),
            }
        }
        _ => Outcome::Ignored,
    }
}

/// What a confirmation did: what it reserved and what waits, or the hold it met.
fn confirmed(order: &SalesOrder) -> String {
    let number = order.number.as_str();
    if let Some(hold) = &order.hold {
        let reasons: Vec<String> = hold
            .reasons
            .iter()
            .map(|reason| reason.describe(order.currency))
            .collect();
        return crate::t!(
            "sales-confirmed-held",
            number = number,
            reasons = reasons.join("; ")
        );
    }
    let sum = |of: fn(&OrderLine) -> Decimal| order.lines.iter().map(of).sum::<Decimal>();
    crate::t!(
        "sales-confirmed",
        number = number,
        reserved = decimal(sum(|line| line.reserved())),
        backordered = decimal(sum(OrderLine::backordered))
    )
}

/// Delivers everything reserved of order `number` (`post`), or writes its pick list.
fn deliver(session: &Session, number: &str, post: bool) -> Outcome {
    let (order, lines, today) = (number.to_string(), Vec::new(), session.today());
    let command = match post {
        true => DeliveryCommand::Deliver {
            order,
            lines,
            today,
        },
        false => DeliveryCommand::Add {
            order,
            lines,
            today,
        },
    };
    match session.execute(Command::Deliver(command)) {
        Ok(Event::Delivered(delivery)) => {
            let delivery = delivery.note.number.as_str();
            let message = match post {
                true => crate::t!("sales-delivered", delivery = delivery, number = number),
                false => crate::t!("sales-pick-listed", delivery = delivery, number = number),
            };
            Outcome::Saved(message, After::Stay)
        }
        Ok(_) => Outcome::Handled,
        Err(error) => refusal(error),
    }
}

/// The reason field every cancellation asks.
pub(super) fn reason_field() -> Field {
    Field::new("reason", crate::t!("sales-field-reason"), "").required()
}

/// The quantity typed into a cancellation form.
fn quantity(input: &Input) -> Result<Decimal, Vec<Invalid>> {
    parse_decimal("quantity", &input.text("quantity")).map_err(|problem| vec![problem])
}

/// The core's problems with a cancelled quantity, the domain's `qty` placed under the
/// form's quantity field.
fn quantity_problems(error: CoreError) -> Vec<Invalid> {
    let mut problems = problems(error);
    for problem in &mut problems {
        if problem.field == "qty" {
            problem.field = "quantity";
        }
    }
    problems
}

/// The reason typed into a cancellation form, refused when empty.
pub(super) fn reason(input: &Input) -> Result<String, Vec<Invalid>> {
    match input.text("reason") {
        reason if reason.is_empty() => Err(vec![Invalid::new(
            "reason",
            crate::t!("domain-must-not-be-empty"),
        )]),
        reason => Ok(reason),
    }
}

/// Asks how much of line `line` (1-based) of order `number` to cancel (the open rest) and
/// why; asks yes/no, then cancels it.
fn cancel_line_form(number: &str, line: usize, of: &OrderLine, session: &Session) -> Form {
    let rest = decimal(of.open_quantity() - of.delivered);
    let fields = vec![
        Field::new("quantity", crate::t!("sales-field-quantity"), &rest).required(),
        reason_field(),
    ];
    let (order, asked) = (number.to_string(), number.to_string());
    let title = crate::t!("sales-cancel-line-title", line = line, number = number);
    Form::new(
        &title,
        fields,
        Box::new(move |session: &Session, input| {
            let quantity = quantity(input)?;
            let command = SalesCommand::CancelLine {
                order: order.clone(),
                line,
                quantity,
                reason: reason(input)?,
            };
            session
                .execute(Command::Sales(command))
                .map_err(quantity_problems)?;
            Ok(Saved::Done(crate::t!(
                "sales-line-cancelled",
                quantity = decimal(quantity),
                line = line,
                number = order.as_str()
            )))
        }),
        session,
    )
    .focus_on("reason")
    .asking(Box::new(move |input| {
        let quantity = quantity(input)?;
        reason(input)?;
        Ok(crate::t!(
            "sales-cancel-line-question",
            quantity = decimal(quantity),
            line = line,
            number = asked.as_str()
        ))
    }))
}

/// Asks why the whole order `number` is cancelled; asks yes/no, then cancels it.
fn cancel_order_form(number: &str, session: &Session) -> Form {
    let (order, asked) = (number.to_string(), number.to_string());
    Form::new(
        &crate::t!("sales-cancel-order-title", number = number),
        vec![reason_field()],
        Box::new(move |session: &Session, input| {
            let command = SalesCommand::CancelOrder {
                order: order.clone(),
                reason: reason(input)?,
            };
            session.execute(Command::Sales(command)).map_err(problems)?;
            Ok(Saved::Done(crate::t!(
                "sales-order-cancelled",
                number = order.as_str()
            )))
        }),
        session,
    )
    .asking(Box::new(move |input| {
        reason(input)?;
        Ok(crate::t!(
            "sales-cancel-order-question",
            number = asked.as_str()
        ))
    }))
}

/// Asks the promised date of line `line` (1-based) of order `number` (empty clears it).
fn promise_form(number: &str, line: usize, of: &OrderLine, session: &Session) -> Form {
    let current = of.promised.map(format::date).unwrap_or_default();
    let order = number.to_string();
    Form::new(
        &crate::t!("sales-promise-title", line = line, number = number),
        vec![Field::new(
            "promised",
            crate::t!("sales-field-promised"),
            &current,
        )],
        Box::new(move |session: &Session, input| {
            let date = match input.text("promised") {
                text if text.is_empty() => None,
                text => Some(parse_date("promised", &text).map_err(|problem| vec![problem])?),
            };
            let command = SalesCommand::PromiseLine {
                order: order.clone(),
                line,
                date,
            };
            session.execute(Command::Sales(command)).map_err(problems)?;
            Ok(Saved::Done(match date {
                Some(date) => crate::t!(
                    "sales-promised",
                    line = line,
                    number = order.as_str(),
                    date = format::date(date)
                ),
                None => crate::t!(
                    "sales-promise-cleared",
                    line = line,
                    number = order.as_str()
                ),
            }))
        }),
        session,
    )
}

/// The title of the panel of order line `index` (0-based) and its lines: every quantity,
/// the requested (else the order's) and promised dates, why it was cancelled.
pub fn line_panel(
    order: &SalesOrder,
    index: usize,
    theme: &Theme,
) -> Option<(String, Vec<Line<'static>>)> {
    let line = order.lines.get(index)?;
    let item = match line.line.sku.is_empty() {
        true => line.line.text.clone(),
        false => format!("{} {}", line.line.sku, line.line.text),
    };
    let title = crate::t!("sales-line-title", line = index + 1, item = item);
    let quantities = crate::t!(
        "sales-line-quantities",
        ordered = decimal(line.line.quantity),
        reserved = decimal(line.reserved()),
        backordered = decimal(line.backordered()),
        delivered = decimal(line.delivered),
        cancelled = decimal(line.cancelled)
    );
    let promised = match line.promised {
        Some(date) => format::date(date),
        None => crate::t!("sales-line-no-promise"),
    };
    let requested = format::date(line.requested.unwrap_or(order.date));
    let mut dates = crate::t!(
        "sales-line-dates",
        requested = requested,
        promised = promised
    );
    if !line.cancel_reason.is_empty() {
        let reason = crate::t!(
            "sales-line-cancel-reason",
            reason = line.cancel_reason.as_str()
        );
        dates = format!("{dates} · {reason}");
    }
    let lines = [quantities, dates]
        .into_iter()
        .map(|text| Line::raw(theme.text(&text).into_owned()))
        .collect();
    Some((title, lines))
}
