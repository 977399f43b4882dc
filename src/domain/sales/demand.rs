//! What an order asks of stock and what it is worth, in the shape the store's derived
//! indexes keep them (`orders.by_item`, `orders.by_month`): per item and due date what the
//! order holds reserved and what it still wants unreserved, and the order's net value.
//! Pure functions of the order: the indexes are rebuilt from them. Room: domain (pure).

use rust_decimal::Decimal;
use time::Date;

use super::{OrderLine, OrderState, SalesOrder};
use crate::domain::vat::{RateTable, TaxTreatment};

/// What an order asks of one item due on one day: reserved (held while confirmed) and
/// unreserved open demand (wanted, not delivered, not reserved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Demand {
    pub item: u64,
    pub due: Date,
    pub reserved: Decimal,
    pub unreserved: Decimal,
}

impl OrderLine {
    /// The day the line is due: the day promised, else the day requested, else the
    /// order's date.
    pub fn due(&self, order_date: Date) -> Date {
        self.promised.or(self.requested).unwrap_or(order_date)
    }
}

impl SalesOrder {
    /// Per item and due date (in that order, lines of the same item and day summed) what
    /// the order reserves and still wants unreserved; every item line is there, a cancelled
    /// order's with zeros, so the order stays findable by its items.
    pub fn demand(&self) -> Vec<Demand> {
        let mut found: Vec<Demand> = Vec::new();
        for line in &self.lines {
            let Some(item) = line.line.item_id else {
                continue;
            };
            let due = line.due(self.date);
            let open = line.backordered().max(Decimal::ZERO);
            let (reserved, unreserved) = match self.state {
                OrderState::Cancelled => (Decimal::ZERO, Decimal::ZERO),
                OrderState::Confirmed => (line.reserved(), open),
                OrderState::Open => (Decimal::ZERO, open),
            };
            match found.iter_mut().find(|d| d.item == item && d.due == due) {
                Some(same) => {
                    same.reserved += reserved;
                    same.unreserved += unreserved;
                }
                None => found.push(Demand {
                    item,
                    due,
                    reserved,
                    unreserved,
                }),
            }
        }
        found.sort_by_key(|d| (d.item, d.due));
        found
    }

    /// The gross value not yet invoiced (ordered less cancelled and invoiced) under
    /// `treatment`; zero for a cancelled order, `None` when it cannot be computed.
    pub fn unbilled_gross(&self, treatment: TaxTreatment) -> Option<Decimal> {
        if self.state == OrderState::Cancelled {
            return Some(Decimal::ZERO);
        }
        let mut document = self.document(treatment);
        for (line, ordered) in document.lines.iter_mut().zip(&self.lines) {
            line.quantity -= ordered.invoiced;
        }
        document.totals(&RateTable::GERMANY).ok().map(|t| t.gross)
    }

    /// The order's net value (lines less their cancelled quantities, each line net rounded
    /// to the currency's minor units); `None` for a cancelled order or one too large to
    /// compute.
    pub fn net_amount(&self) -> Option<Decimal> {
        if self.state == OrderState::Cancelled {
            return None;
        }
        let minor = self.currency.minor_units();
        let document = self.document(TaxTreatment::Domestic);
        document
            .lines
            .iter()
            .enumerate()
            .try_fold(Decimal::ZERO, |sum, (index, line)| {
                sum.checked_add(line.net(index + 1, minor).ok()?)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;
    use crate::domain::sales::SalesLine;
    use crate::domain::vat::VatCategory;
    use rust_decimal::dec;
    use time::macros::{date, datetime};

    fn line(item: Option<u64>, quantity: Decimal, price: Decimal) -> SalesLine {
        SalesLine {
            item_id: item,
            sku: String::new(),
            text: "text".into(),
            quantity,
            unit_price: price,
            discount: dec!(10),
            category: VatCategory::Standard,
            price_rule: None,
        }
    }

    fn order() -> SalesOrder {
        let lines = vec![
            line(Some(7), dec!(3), dec!(1.05)),
            line(None, dec!(1), dec!(5)),
            line(Some(7), dec!(2), dec!(1)),
            line(Some(9), dec!(4), dec!(2)),
        ];
        let mut order = SalesOrder::open(
            1,
            date!(2026 - 03 - 02),
            Currency::EUR,
            lines,
            None,
            datetime!(2026-03-02 9:00 UTC),
        );
        order.lines[3].promised = Some(date!(2026 - 04 - 01));
        order
    }

    #[test]
    fn demand_merges_an_items_lines_due_the_same_day_and_keeps_promised_dates_apart() {
        let mut order = order();
        let due = |o: &SalesOrder| {
            o.demand()
                .iter()
                .map(|d| (d.item, d.due, d.reserved, d.unreserved))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            due(&order),
            vec![
                (7, date!(2026 - 03 - 02), dec!(0), dec!(5)),
                (9, date!(2026 - 04 - 01), dec!(0), dec!(4)),
            ]
        );
        order
            .confirm(|_| vec![(String::from("WH1"), dec!(4))])
            .unwrap();
        // Item 7: 3 then 1 of the 4 reserved; item 9: all 4.
        assert_eq!(
            due(&order),
            vec![
                (7, date!(2026 - 03 - 02), dec!(4), dec!(1)),
                (9, date!(2026 - 04 - 01), dec!(4), dec!(0)),
            ]
        );
        order.cancel("gone").unwrap();
        assert_eq!(
            due(&order),
            vec![
                (7, date!(2026 - 03 - 02), dec!(0), dec!(0)),
                (9, date!(2026 - 04 - 01), dec!(0), dec!(0)),
            ]
        );
    }

    #[test]
    fn net_amount_rounds_each_line_and_leaves_cancelled_out() {
        let mut order = order();
        // 3 × 1.05 × 0.9 = 2.835 → 2.84; 4.50; 1.80; 7.20.
        assert_eq!(order.net_amount(), Some(dec!(16.34)));
        order.lines[3].cancelled = dec!(4);
        assert_eq!(order.net_amount(), Some(dec!(9.14)));
        order.cancel("gone").unwrap();
        assert_eq!(order.net_amount(), None);
    }
}
