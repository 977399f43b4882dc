//! The forms of purchase orders and the fast lines of its entry (`SKU:QTY[:PRICE[:DATE]]`,
//! comma-separated: `parse_lines`, used by `purchase_entry`), receiving
//! one line (quantity, the open rest offered, and location; an over-receipt beyond the
//! tolerance is refused under the quantity with its figures), short-closing a line's rest
//! and cancelling the order (each with a reason, then a yes/no question). Every form runs
//! one core command and shows its refusal under the field it concerns. Room: tui — data
//! only through `core`.

use rust_decimal::Decimal;

use super::form::{Field, Form, Saved};
use super::picker::PickerKind;
use super::refused::problems;
use super::sales_actions::{reason, reason_field};
use crate::core::purchase::{LineSpec, PurchaseCommand};
use crate::core::{Command, CoreError, Event};
use crate::domain::Invalid;
use crate::domain::datetime::parse_date;
use crate::domain::fields::Input;
use crate::domain::money::parse_decimal;
use crate::domain::purchase::PurchaseLine;
use crate::tui::screens::kind::figures::decimal;
use crate::tui::session::Session;

/// The lines typed into the new-order form: `SKU:QTY[:PRICE[:DATE]]`, comma-separated.
pub fn parse_lines(text: &str) -> Result<Vec<LineSpec>, Invalid> {
    let wrong = |entry: &str| Invalid::new("lines", crate::t!("purchase-line-form", text = entry));
    let mut lines = Vec::new();
    for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let parts: Vec<&str> = entry.split(':').map(str::trim).collect();
        let (code, quantity) = match parts.as_slice() {
            [code, quantity, ..] if !code.is_empty() && parts.len() <= 4 => (code, quantity),
            _ => return Err(wrong(entry)),
        };
        let quantity = parse_decimal("lines", quantity).map_err(|_| wrong(entry))?;
        let unit_price = match parts.get(2).filter(|p| !p.is_empty()) {
            Some(price) => Some(parse_decimal("lines", price).map_err(|_| wrong(entry))?),
            None => None,
        };
        let requested = match parts.get(3).filter(|d| !d.is_empty()) {
            Some(date) => Some(parse_date("lines", date).map_err(|_| wrong(entry))?),
            None => None,
        };
        lines.push(LineSpec {
            code: code.to_string(),
            quantity,
            unit_price,
            requested,
        });
    }
    match lines.is_empty() {
        true => Err(Invalid::new("lines", crate::t!("purchase-no-lines"))),
        false => Ok(lines),
    }
}

/// The core's problems placed under this form's fields: those of no field of it under
/// `main`.
fn placed(error: CoreError, fields: &[&str], main: &'static str) -> Vec<Invalid> {
    let mut problems = problems(error);
    for problem in &mut problems {
        if !fields.contains(&problem.field) {
            problem.field = main;
        }
    }
    problems
}

/// Receives line `line` (1-based) of order `number`: the quantity (the open rest offered)
/// into the location (empty: the default location).
pub fn receive_form(number: &str, line: usize, of: &PurchaseLine, session: &Session) -> Form {
    let fields = vec![
        Field::new(
            "quantity",
            crate::t!("sales-field-quantity"),
            &decimal(of.open()),
        )
        .required(),
        Field::new("location", crate::t!("purchase-tui-field-location"), "")
            .with_picker(PickerKind::Location),
    ];
    let order = number.to_string();
    let title = crate::t!(
        "purchase-tui-receive-title",
        line = line,
        number = number,
        sku = of.sku.as_str()
    );
    Form::new(
        &title,
        fields,
        Box::new(move |session: &Session, input: &Input| {
            let quantity: Decimal = parse_decimal("quantity", &input.text("quantity"))
                .map_err(|problem| vec![problem])?;
            let location = Some(input.text("location")).filter(|l| !l.is_empty());
            let command = PurchaseCommand::Receive {
                order: order.clone(),
                lines: vec![(line, quantity)],
                location,
            };
            match session.execute(Command::Purchase(command)) {
                Ok(Event::Purchase(done)) => Ok(Saved::Done(crate::t!(
                    "purchase-tui-received",
                    quantity = decimal(quantity),
                    line = line,
                    number = order.as_str(),
                    state = done.order.state().label()
                ))),
                Ok(_) => Ok(Saved::Done(String::new())),
                Err(error) => Err(placed(error, &["location"], "quantity")),
            }
        }),
        session,
    )
}

/// Short-closes what is open of line `line` (1-based) of order `number`, asking why,
/// then yes/no.
pub fn close_form(number: &str, line: usize, of: &PurchaseLine, session: &Session) -> Form {
    let (order, asked) = (number.to_string(), number.to_string());
    let open = decimal(of.open());
    Form::new(
        &crate::t!("purchase-tui-close-title", line = line, number = number),
        vec![reason_field()],
        Box::new(move |session: &Session, input: &Input| {
            let command = PurchaseCommand::Close {
                order: order.clone(),
                line: Some(line),
                reason: reason(input)?,
            };
            let done = session.execute(Command::Purchase(command));
            done.map_err(|error| placed(error, &[], "reason"))?;
            Ok(Saved::Done(crate::t!(
                "purchase-tui-closed",
                line = line,
                number = order.as_str()
            )))
        }),
        session,
    )
    .asking(Box::new(move |input| {
        reason(input)?;
        Ok(crate::t!(
            "purchase-tui-close-question",
            open = open.as_str(),
            line = line,
            number = asked.as_str()
        ))
    }))
}

/// Cancels order `number`, asking why, then yes/no.
pub fn cancel_form(number: &str, session: &Session) -> Form {
    let (order, asked) = (number.to_string(), number.to_string());
    Form::new(
        &crate::t!("purchase-tui-cancel-title", number = number),
        vec![reason_field()],
        Box::new(move |session: &Session, input: &Input| {
            let command = PurchaseCommand::Cancel {
                order: order.clone(),
                reason: reason(input)?,
            };
            let done = session.execute(Command::Purchase(command));
            done.map_err(|error| placed(error, &[], "reason"))?;
            Ok(Saved::Done(crate::t!(
                "purchase-tui-cancelled",
                number = order.as_str()
            )))
        }),
        session,
    )
    .asking(Box::new(move |input| {
        reason(input)?;
        Ok(crate::t!(
            "purchase-tui-cancel-question",
            number = asked.as_str()
        ))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn lines_are_read_with_and_without_price_and_date() {
        let lines = parse_lines("NW-001:5, 4006381333931:2:3.50, NW-002:1::2026-12-24").unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            (lines[0].code.as_str(), lines[0].quantity),
            ("NW-001", dec!(5))
        );
        assert_eq!(lines[0].unit_price, None);
        assert_eq!(lines[1].unit_price, Some(dec!(3.50)));
        assert_eq!(lines[2].unit_price, None);
        assert_eq!(
            lines[2].requested,
            Some(time::macros::date!(2026 - 12 - 24))
        );
    }

    #[test]
    fn a_line_not_sku_colon_quantity_is_refused_naming_it() {
        for wrong in ["NW-001", "NW-001:x", ":5", "A:1:2:2026-01-01:9", "A:1:zwei"] {
            let problem = parse_lines(wrong).unwrap_err();
            assert_eq!(problem.field, "lines", "{wrong}");
            assert!(
                problem.message.contains(wrong),
                "{wrong}: {}",
                problem.message
            );
        }
        assert_eq!(parse_lines(" , ").unwrap_err().field, "lines");
    }
}
