//! The run over all items: checks the input, computes the low-level codes, gathers each
//! item's needs (demands, components of open production orders and of firm planned
//! orders, safety stock once per location) and existing supply, then plans the items in
//! low-level-code order — netting, lot sizing and pegging one item (`peg`), dating its new
//! orders lead time working days back, passing a made order's components on to the next
//! level, judging its existing supply (`actions`) and projecting its on hand.
//! Room: domain (pure).

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use time::{Date, Duration};

use crate::domain::bom::Bom;

use super::actions::{Judged, Release, judge};
use super::days::{WorkingDays, working_days_before};
use super::levels::low_level_codes;
use super::peg::{Existing, From, Need, net};
use super::{
    Action, Cover, Coverage, DemandRef, Input, Item, MrpError, OrderKind, Plan, PlannedOrder,
    Projection, Source, SupplyRef,
};

/// Quantities beyond this are refused as typing errors (and keep every sum exact).
const LARGEST: Decimal = rust_decimal::dec!(1_000_000_000_000_000);

/// An existing supply with what the run needs besides its date and quantity.
struct Known<'a> {
    supply: SupplyRef,
    due: Date,
    quantity: Decimal,
    released: bool,
    firm: Option<&'a super::FirmOrder>,
}

/// The run's state over all items.
struct Run<'a> {
    input: &'a Input,
    calendar: &'a dyn WorkingDays,
    items: Vec<&'a Item>,
    index: HashMap<u64, usize>,
    bom_of: Vec<Option<&'a Bom>>,
    needs: Vec<Vec<Need>>,
    known: Vec<Vec<Known<'a>>>,
    releases: HashMap<(Date, u32), Date>,
    horizon_end: Date,
    plan: Plan,
}

/// Plans every item of `input` on `calendar`. The same input (in any order) gives the same
/// plan.
pub fn run(input: &Input, calendar: &dyn WorkingDays) -> Result<Plan, MrpError> {
    let mut items: Vec<&Item> = input.items.iter().collect();
    items.sort_by_key(|item| item.id);
    let mut index = HashMap::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        if index.insert(item.id, at).is_some() {
            return Err(MrpError::DuplicateItem(item.id));
        }
        item.planning
            .validate()
            .map_err(|problem| MrpError::Planning {
                sku: item.sku.clone(),
                problem: problem.message,
            })?;
        check(&item.sku, item.on_hand.abs())?;
    }
    let horizon_end = input
        .today
        .checked_add(Duration::days(i64::from(input.horizon_days)))
        .unwrap_or(Date::MAX);
    let count = items.len();
    let mut run = Run {
        input,
        calendar,
        items,
        index,
        bom_of: vec![None; count],
        needs: (0..count).map(|_| Vec::new()).collect(),
        known: (0..count).map(|_| Vec::new()).collect(),
        releases: HashMap::new(),
        horizon_end,
        plan: Plan::default(),
    };
    run.read_boms()?;
    let boms: Vec<&Bom> = run.bom_of.iter().flatten().copied().collect();
    let ids: Vec<u64> = run.items.iter().map(|item| item.id).collect();
    let codes = low_level_codes(&ids, &run.index, &boms, &|id| run.sku(id))?;
    run.plan.low_level_codes = ids.iter().copied().zip(codes.iter().copied()).collect();
    run.gather()?;
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|at| (codes[*at], ids[*at]));
    for at in order {
        run.plan_item(at)?;
    }
    Ok(run.plan)
}

/// A quantity must not be negative nor absurdly large.
fn check(sku: &str, quantity: Decimal) -> Result<(), MrpError> {
    if quantity < Decimal::ZERO || quantity > LARGEST {
        return Err(MrpError::Quantity {
            sku: sku.to_string(),
            quantity,
        });
    }
    Ok(())
}

impl<'a> Run<'a> {
    fn sku(&self, id: u64) -> String {
        self.index
            .get(&id)
            .map_or_else(|| id.to_string(), |at| self.items[*at].sku.clone())
    }

    fn at(&self, id: u64) -> Result<usize, MrpError> {
        self.index
            .get(&id)
            .copied()
            .ok_or(MrpError::UnknownItem(id))
    }

    fn read_boms(&mut self) -> Result<(), MrpError> {
        for bom in &self.input.boms {
            let at = self.at(bom.parent_item_id)?;
            if bom.output_qty <= Decimal::ZERO {
                return Err(MrpError::Quantity {
                    sku: self.sku(bom.parent_item_id),
                    quantity: bom.output_qty,
                });
            }
            if self.bom_of[at].replace(bom).is_some() {
                return Err(MrpError::DuplicateItem(bom.parent_item_id));
            }
        }
        Ok(())
    }

    fn push_need(
        &mut self,
        item: u64,
        demand: DemandRef,
        date: Date,
        quantity: Decimal,
    ) -> Result<(), MrpError> {
        let at = self.at(item)?;
        check(&self.items[at].sku, quantity)?;
        if quantity > Decimal::ZERO {
            let planned_at = date.max(self.input.today);
            self.needs[at].push(Need {
                demand,
                date,
                at: planned_at,
                quantity,
            });
        }
        Ok(())
    }

    /// Every need and existing supply known before planning.
    fn gather(&mut self) -> Result<(), MrpError> {
        let input = self.input;
        for demand in &input.demands {
            self.push_need(
                demand.item,
                demand.reference.clone(),
                demand.date,
                demand.quantity,
            )?;
        }
        for receipt in &input.receipts {
            let at = self.at(receipt.item)?;
            check(&self.items[at].sku, receipt.quantity)?;
            if let SupplyRef::ProductionOrder { order } = &receipt.reference {
                for need in &receipt.components {
                    let demand = DemandRef::ProductionOrder {
                        order: order.clone(),
                    };
                    self.push_need(need.item, demand, need.date, need.quantity)?;
                }
            }
            if receipt.quantity > Decimal::ZERO {
                self.known[at].push(Known {
                    supply: receipt.reference.clone(),
                    due: receipt.due,
                    quantity: receipt.quantity,
                    released: receipt.released,
                    firm: None,
                });
            }
        }
        for firm in &input.firm {
            let at = self.at(firm.item)?;
            check(&self.items[at].sku, firm.quantity)?;
            self.explode(at, &firm.key, firm.quantity, firm.release)?;
            self.known[at].push(Known {
                supply: SupplyRef::Planned {
                    key: firm.key.clone(),
                },
                due: firm.due,
                quantity: firm.quantity,
                released: false,
                firm: Some(firm),
            });
        }
        let today = input.today;
        for at in 0..self.items.len() {
            let mut by_location: BTreeMap<&str, Decimal> = BTreeMap::new();
            for stock in &self.items[at].planning.safety_stock {
                let kept = by_location.entry(stock.location.as_str()).or_default();
                *kept = (*kept).max(stock.quantity);
            }
            for (location, quantity) in by_location {
                let demand = DemandRef::SafetyStock {
                    location: location.to_string(),
                };
                self.push_need(self.items[at].id, demand, today, quantity)?;
            }
        }
        Ok(())
    }

    /// Passes the components of `quantity` of a made item, needed on `release`, on to
    /// their items as needs of the order `key`.
    fn explode(
        &mut self,
        at: usize,
        key: &str,
        quantity: Decimal,
        release: Date,
    ) -> Result<(), MrpError> {
        if self.items[at].source != Source::Make {
            return Ok(());
        }
        let Some(bom) = self.bom_of[at] else {
            return Ok(());
        };
        for line in &bom.lines {
            let need = line
                .gross(quantity)
                .ok()
                .and_then(|gross| gross.checked_div(bom.output_qty))
                .ok_or_else(|| MrpError::Overflow(self.items[at].sku.clone()))?;
            let demand = DemandRef::Planned {
                key: key.to_string(),
            };
            self.push_need(line.component_item_id, demand, release, need)?;
        }
        Ok(())
    }

    fn release(&mut self, due: Date, days: u32) -> Result<Date, MrpError> {
        if let Some(known) = self.releases.get(&(due, days)) {
            return Ok(*known);
        }
        let release = working_days_before(self.calendar, due, days)?;
        self.releases.insert((due, days), release);
        Ok(release)
    }

    fn plan_item(&mut self, at: usize) -> Result<(), MrpError> {
        let item = self.items[at];
        let today = self.input.today;
        let mut needs = std::mem::take(&mut self.needs[at]);
        needs.sort_by(|a, b| {
            (a.at, &a.demand, a.date, a.quantity).cmp(&(b.at, &b.demand, b.date, b.quantity))
        });
        let mut known = std::mem::take(&mut self.known[at]);
        known.sort_by(|a, b| {
            (a.due, &a.supply, a.quantity, a.released)
                .cmp(&(b.due, &b.supply, b.quantity, b.released))
        });
        let existing: Vec<Existing> = known
            .iter()
            .map(|k| Existing {
                due: k.due,
                quantity: k.quantity,
            })
            .collect();
        let netted = net(
            &needs,
            item.on_hand,
            &existing,
            &item.planning.lot,
            self.horizon_end,
        )
        .map_err(|_| MrpError::Overflow(item.sku.clone()))?;
        let (kind, lead, supplier) = match item.source {
            Source::Buy {
                lead_days,
                supplier,
            } => (OrderKind::Buy, lead_days, supplier),
            Source::Make => (OrderKind::Make, item.planning.production_days, None),
        };
        // New planned orders: keys, dates, components.
        let mut orders = Vec::with_capacity(netted.orders.len() + known.len());
        let mut keys = Vec::with_capacity(netted.orders.len());
        let mut same_day = (None, 0u32);
        for new in &netted.orders {
            same_day = match same_day {
                (Some(day), n) if day == new.due => (Some(day), n + 1),
                _ => (Some(new.due), 1),
            };
            let key = format!(
                "PL-{}-{:04}{:02}{:02}-{}",
                item.sku,
                new.due.year(),
                u8::from(new.due.month()),
                new.due.day(),
                same_day.1
            );
            let release = self.release(new.due, lead)?;
            self.explode(at, &key, new.quantity, release)?;
            keys.push(key.clone());
            orders.push(PlannedOrder {
                key,
                item: item.id,
                quantity: new.quantity,
                release,
                due: new.due,
                kind,
                supplier,
                firm: false,
                pegs: new.pegs.clone(),
            });
        }
        // Existing supply: firm orders into the plan, action messages for all.
        let mut actions = Vec::new();
        for (k, supply) in known.iter().enumerate() {
            let used = &netted.uses[k];
            if let Some(firm) = supply.firm {
                orders.push(PlannedOrder {
                    key: firm.key.clone(),
                    item: item.id,
                    quantity: firm.quantity,
                    release: firm.release,
                    due: firm.due,
                    kind,
                    supplier: firm.supplier.or(supplier),
                    firm: true,
                    pegs: used.pegs.clone(),
                });
            }
            let unreleased = match (supply.firm, supply.released) {
                (Some(firm), _) => Some(Release::Fixed(firm.release)),
                (None, false) => Some(Release::LeadDays(lead)),
                (None, true) => None,
            };
            let judged = Judged {
                due: supply.due,
                quantity: supply.quantity,
                unreleased,
                used,
            };
            for message in judge(&judged, today, &mut |due, days| self.release(due, days))? {
                actions.push(Action {
                    item: item.id,
                    supply: supply.supply.clone(),
                    kind: message,
                });
            }
        }
        orders.sort_by(|a, b| (a.due, &a.key).cmp(&(b.due, &b.key)));
        // What covers each need, and the projected on hand.
        let mut moves: BTreeMap<Date, Decimal> = BTreeMap::new();
        *moves.entry(today).or_default() += item.on_hand;
        for supply in &known {
            *moves.entry(supply.due.max(today)).or_default() += supply.quantity;
        }
        for new in &netted.orders {
            *moves.entry(new.due.max(today)).or_default() += new.quantity;
        }
        for (need, covers) in needs.into_iter().zip(netted.covers) {
            if !matches!(need.demand, DemandRef::SafetyStock { .. }) {
                *moves.entry(need.at).or_default() -= need.quantity;
            }
            let covered_by = covers
                .into_iter()
                .map(|(from, quantity)| Cover {
                    supply: match from {
                        From::OnHand => SupplyRef::OnHand,
                        From::Existing(k) => known[k].supply.clone(),
                        From::Planned(k) => SupplyRef::Planned {
                            key: keys[k].clone(),
                        },
                    },
                    quantity,
                })
                .collect();
            self.plan.coverage.push(Coverage {
                item: item.id,
                demand: need.demand,
                date: need.date,
                quantity: need.quantity,
                covered_by,
            });
        }
        let mut balance = Decimal::ZERO;
        let days = moves
            .into_iter()
            .map(|(day, change)| {
                balance += change;
                (day, balance)
            })
            .collect();
        self.plan.projected.push(Projection {
            item: item.id,
            days,
        });
        self.plan.orders.extend(orders);
        self.plan.actions.extend(actions);
        Ok(())
    }
}
