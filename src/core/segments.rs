//! Segments: `segment add|edit` (marketing writes them; sales and agents read them) and
//! their members, evaluated live (`members`, `members_page`, `count`) — never stored.
//! Candidates come from the indexes of the criteria that have one (status, owner, tags of
//! `tags-all`/`tags-any`, country), intersected (`segment_candidates`), else from a scan of
//! every customer; `Plan` names the first index (or the scan), `Members::indexes` all. A
//! page reads candidates only until it is full; a count keeps no member. Every candidate
//! is then checked against every criterion, the cheap ones first: on the record alone
//! (`Criterion::holds_for`), its last interaction (`interactions.by_customer`), its open
//! opportunities (`opportunities.by_customer`), and revenue, ABC class and RFM segment from
//! the sales reports (`core::reports`, read once per evaluation — the same figures as
//! `kontor report`); a consent criterion from the consent ledger's standing now
//! (`core::consent_reach`), and the members then carry the addresses consent allows. Room: core.

use std::collections::HashMap;

use rust_decimal::Decimal;
use time::{Date, Duration, OffsetDateTime};

use super::access::{Access, Area, require};
use super::reports::{self, By};
use super::segment_candidates::Candidates;
pub use super::segment_people::{ContactsOf, LeadMember};
use super::{Actor, CoreError};
use crate::domain::segment::{Criterion, LastInteraction, MemberKind, Segment, Selects};
use crate::domain::segment_select::usable_kinds;
use crate::domain::{Customer, Interaction, Invalid, Opportunity};
use crate::store::kinds::{interaction, opportunity};
use crate::store::{Store, abort};

/// Changes to segments.
#[derive(Debug, Clone)]
pub enum SegmentCommand {
    Add {
        name: String,
        criteria: Vec<Criterion>,
    },
    /// Renames and/or replaces the criteria (`None`: as they are).
    Edit {
        id: u64,
        name: Option<String>,
        criteria: Option<Vec<Criterion>>,
    },
    /// `Add` selecting `selects` (customers, contacts, leads or all people).
    AddSelecting {
        name: String,
        selects: Selects,
        criteria: Vec<Criterion>,
    },
    /// `Edit`, also changing what it selects (`None`: as it is).
    EditSelecting {
        id: u64,
        name: Option<String>,
        selects: Option<Selects>,
        criteria: Option<Vec<Criterion>>,
    },
}

impl SegmentCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add { .. } | Self::AddSelecting { .. } => "Add",
            Self::Edit { .. } | Self::EditSelecting { .. } => "Edit",
        }
    }
}

/// Runs a segment command at `now` (the area is checked by `execute`). A segment whose
/// criteria apply to none of the kinds it selects is refused (`usable_kinds`).
pub fn execute(
    store: &Store,
    command: SegmentCommand,
    now: OffsetDateTime,
) -> Result<Segment, CoreError> {
    let command = match command {
        SegmentCommand::Add { name, criteria } => SegmentCommand::AddSelecting {
            name,
            selects: Selects::Customers,
            criteria,
        },
        SegmentCommand::Edit { id, name, criteria } => SegmentCommand::EditSelecting {
            id,
            name,
            selects: None,
            criteria,
        },
        command => command,
    };
    if let SegmentCommand::AddSelecting { criteria, .. }
    | SegmentCommand::EditSelecting {
        criteria: Some(criteria),
        ..
    } = &command
    {
        known_rfm(criteria)?;
    }
    let written = store.transaction(|tx| {
        let mut segment = match &command {
            SegmentCommand::AddSelecting {
                name,
                selects,
                criteria,
            } => Segment {
                id: 0,
                name: name.trim().to_string(),
                criteria: criteria.clone(),
                selects: *selects,
                created: now,
                updated: now,
                version: 0,
            },
            SegmentCommand::EditSelecting {
                id,
                name,
                selects,
                criteria,
            } => {
                let mut segment = tx.require::<Segment>(*id)?;
                if let Some(name) = name {
                    segment.name = name.trim().to_string();
                }
                if let Some(criteria) = criteria {
                    segment.criteria = criteria.clone();
                }
                if let Some(selects) = selects {
                    segment.selects = *selects;
                }
                segment.updated = now;
                segment
            }
            SegmentCommand::Add { .. } | SegmentCommand::Edit { .. } => {
                return abort(Invalid::new(
                    "segment",
                    crate::t!("cli-error-unexpected-answer"),
                ));
            }
        };
        segment.validate().or_else(abort)?;
        usable_kinds(segment.selects, &segment.criteria).or_else(abort)?;
        match command {
            SegmentCommand::EditSelecting { .. } => tx.update(&mut segment, None)?,
            _ => {
                tx.insert(&mut segment)?;
            }
        }
        Ok(segment)
    });
    Ok(written?)
}

/// Refuses an RFM criterion naming no segment of `report rfm`.
fn known_rfm(criteria: &[Criterion]) -> Result<(), CoreError> {
    for criterion in criteria {
        if let Criterion::Rfm(name) = criterion
            && !reports::Segment::ALL.iter().any(|s| s.name() == name)
        {
            let names: Vec<&str> = reports::Segment::ALL.iter().map(|s| s.name()).collect();
            return Err(Invalid::new(
                "filter",
                crate::t!(
                    "segment-rfm-unknown",
                    value = name.as_str(),
                    names = names.join(", ")
                ),
            )
            .into());
        }
    }
    Ok(())
}

/// Every segment, by id.
pub fn segments(store: &Store, actor: &Actor) -> Result<Vec<Segment>, CoreError> {
    require(actor, Area::Marketing, Access::Read)?;
    Ok(store.scan::<Segment>()?.collect::<Result<_, _>>()?)
}

/// One segment.
pub fn segment(store: &Store, actor: &Actor, id: u64) -> Result<Segment, CoreError> {
    require(actor, Area::Marketing, Access::Read)?;
    Ok(store.require::<Segment>(id)?)
}

/// What is evaluated: a saved segment or a filter given as it is.
#[derive(Debug, Clone)]
pub enum Target {
    Saved(u64),
    /// Criteria over customers.
    Filter(Vec<Criterion>),
    /// Criteria over what `Selects` names.
    Selecting(Selects, Vec<Criterion>),
}

/// How the candidates were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Read from this index (`customers.by_status`, `customers.by_owner`,
    /// `customers.by_tag`).
    Index(&'static str),
    /// Every customer read.
    Scan,
}

impl Plan {
    /// The plan as the CLI names it: the index's name, or `scan`.
    pub fn name(self) -> &'static str {
        match self {
            Plan::Index(index) => index,
            Plan::Scan => "scan",
        }
    }
}

/// The members of a segment, in id order, and how they were found.
#[derive(Debug, Clone)]
pub struct Members {
    /// The customers that are members themselves (none when the segment selects only
    /// contacts or leads).
    pub customers: Vec<Customer>,
    pub plan: Plan,
    /// Every index intersected for the candidates, in the criteria's order (`plan` names
    /// the first); empty for a scan.
    pub indexes: Vec<&'static str>,
    /// Per member (customer id), for each consent criterion: the person (empty: the
    /// customer itself) and the address its consent is for. Empty without such criteria.
    pub consented: HashMap<u64, Vec<(String, String)>>,
    /// What the segment selects.
    pub selects: Selects,
    /// The contacts selected, by customer in id order.
    pub contacts: Vec<ContactsOf>,
    /// The leads selected, in id order.
    pub leads: Vec<LeadMember>,
}

/// The figures from the sales reports the criteria need, read once.
#[derive(Default)]
struct Figures {
    /// Revenue per customer of each revenue criterion's period.
    revenue: HashMap<(Date, Date), HashMap<u64, Decimal>>,
    /// ABC class per customer key (number, or id without one).
    abc: HashMap<String, String>,
    /// RFM segment name per customer id.
    rfm: HashMap<u64, &'static str>,
}

impl Figures {
    fn read(
        store: &Store,
        actor: &Actor,
        criteria: &[Criterion],
        today: Date,
    ) -> Result<Figures, CoreError> {
        let mut figures = Figures::default();
        let needs_all = criteria
            .iter()
            .any(|c| matches!(c, Criterion::Abc(_) | Criterion::Rfm(_)));
        if needs_all {
            let book = reports::sales(store, actor, None, None)?;
            for row in reports::abc(&book, By::Customer) {
                figures.abc.insert(row.key, row.class.name().to_string());
            }
            for row in reports::rfm(&book, today) {
                figures.rfm.insert(row.customer, row.segment.name());
            }
        }
        for criterion in criteria {
            if let Criterion::Revenue { from, to, .. } = criterion {
                let book = reports::sales(store, actor, Some(*from), Some(*to))?;
                let mut by_customer: HashMap<u64, Decimal> = HashMap::new();
                for sale in &book.sales {
                    *by_customer.entry(sale.customer).or_default() += sale.net;
                }
                figures.revenue.insert((*from, *to), by_customer);
            }
        }
        Ok(figures)
    }
}

/// The day of the customer's last interaction (UTC), if any.
fn last_interaction(store: &Store, customer: u64) -> Result<Option<Date>, CoreError> {
    match interaction::of_customer(store, customer)?.next_back() {
        Some(id) => Ok(Some(store.require::<Interaction>(id?)?.at.date())),
        None => Ok(None),
    }
}

/// Whether `candidate` meets `criterion` (given the figures read for it) as of `now`.
fn holds(
    store: &Store,
    figures: &Figures,
    criterion: &Criterion,
    candidate: &Customer,
    now: OffsetDateTime,
) -> Result<bool, CoreError> {
    let today = now.date();
    if let Some(holds) = criterion.holds_for(candidate) {
        return Ok(holds);
    }
    Ok(match criterion {
        Criterion::LastInteraction(when) => {
            let last = last_interaction(store, candidate.id)?;
            match when {
                LastInteraction::Before(day) => last.is_none_or(|last| last < *day),
                LastInteraction::After(day) => last.is_some_and(|last| last >= *day),
                LastInteraction::Within(days) => last.is_some_and(|last| {
                    last <= today && last >= today - Duration::days(i64::from(*days))
                }),
            }
        }
        Criterion::OpenOpportunities => {
            let mut open = false;
            for id in opportunity::of_customer(store, candidate.id)? {
                if !store.require::<Opportunity>(id?)?.stage.is_closed() {
                    open = true;
                    break;
                }
            }
            open
        }
        Criterion::Revenue { from, to, at_least } => {
            let revenue = figures
                .revenue
                .get(&(*from, *to))
                .and_then(|by| by.get(&candidate.id))
                .copied()
                .unwrap_or_default();
            revenue >= *at_least
        }
        Criterion::Abc(class) => {
            let key = match candidate.number.is_empty() {
                true => candidate.id.to_string(),
                false => candidate.number.clone(),
            };
            figures.abc.get(&key) == Some(class)
        }
        Criterion::Rfm(name) => figures.rfm.get(&candidate.id) == Some(&name.as_str()),
        Criterion::Consent { channel, purpose } => {
            super::consent_reach::reach(store, candidate, *channel, purpose, now)?
                .iter()
                .any(|reach| reach.standing.allows())
        }
        _ => false,
    })
}

/// A target made ready to evaluate: its criteria, what it selects and the figures read.
struct Evaluation {
    selects: Selects,
    criteria: Vec<Criterion>,
    kinds: Vec<MemberKind>,
    figures: Figures,
}

impl Evaluation {
    /// Checks the rights (marketing; sales for report figures, consent for consent) and
    /// reads what the criteria need.
    fn of(
        store: &Store,
        actor: &Actor,
        target: &Target,
        now: OffsetDateTime,
    ) -> Result<Evaluation, CoreError> {
        require(actor, Area::Marketing, Access::Read)?;
        let (selects, criteria) = match target {
            Target::Saved(id) => {
                let segment = store.require::<Segment>(*id)?;
                (segment.selects, segment.criteria)
            }
            Target::Filter(criteria) => (Selects::Customers, criteria.clone()),
            Target::Selecting(selects, criteria) => (*selects, criteria.clone()),
        };
        known_rfm(&criteria)?;
        let kinds = usable_kinds(selects, &criteria)?;
        if criteria
            .iter()
            .any(|c| matches!(c, Criterion::Consent { .. }))
        {
            require(actor, Area::Consent, Access::Read)?;
        }
        let figures = Figures::read(store, actor, &criteria, now.date())?;
        Ok(Evaluation {
            selects,
            criteria,
            kinds,
            figures,
        })
    }

    fn wants(&self, kind: MemberKind) -> bool {
        self.kinds.contains(&kind)
    }

    /// Walks the customers after id `after` in id order (from the indexes, see
    /// `segment_candidates`), handing `visit` each one whose own criteria hold: whether it
    /// is a member itself and the contacts selected (when contacts are wanted), until
    /// `visit` says stop. Returns the indexes read.
    fn walk(
        &self,
        store: &Store,
        now: OffsetDateTime,
        after: u64,
        visit: &mut dyn FnMut(Customer, bool, Option<ContactsOf>) -> bool,
    ) -> Result<Vec<&'static str>, CoreError> {
        if !self.wants(MemberKind::Customer) && !self.wants(MemberKind::Contact) {
            return Ok(Vec::new());
        }
        // Cheap criteria first, those reading the store later, the ledger last.
        let mut own: Vec<&Criterion> = self
            .criteria
            .iter()
            .filter(|c| !c.of_the_person())
            .collect();
        own.sort_by_key(|c| cost(c));
        let mut personal: Vec<&Criterion> =
            self.criteria.iter().filter(|c| c.of_the_person()).collect();
        personal.sort_by_key(|c| cost(c));
        let mut candidates = Candidates::of(store, &self.criteria, after)?;
        'candidates: for candidate in candidates.by_ref() {
            let candidate = candidate?;
            for criterion in &own {
                if !holds(store, &self.figures, criterion, &candidate, now)? {
                    continue 'candidates;
                }
            }
            let contacts = match self.wants(MemberKind::Contact) {
                true => Some(super::segment_people::contacts_of(
                    store,
                    &self.criteria,
                    &candidate,
                    now,
                )?)
                .filter(|selected| !selected.contacts.is_empty()),
                false => None,
            };
            let mut member = self.wants(MemberKind::Customer);
            for criterion in &personal {
                member = member && holds(store, &self.figures, criterion, &candidate, now)?;
            }
            if (member || contacts.is_some()) && !visit(candidate, member, contacts) {
                break;
            }
        }
        Ok(std::mem::take(&mut candidates.indexes))
    }

    /// The leads selected (all of them; leads are not paged).
    fn leads(&self, store: &Store, now: OffsetDateTime) -> Result<Vec<LeadMember>, CoreError> {
        match self.wants(MemberKind::Lead) {
            true => super::segment_people::leads(store, &self.criteria, now),
            false => Ok(Vec::new()),
        }
    }

    /// The members found, with the addresses consent allows each customer member.
    fn members(
        &self,
        store: &Store,
        now: OffsetDateTime,
        customers: Vec<Customer>,
        contacts: Vec<ContactsOf>,
        indexes: Vec<&'static str>,
    ) -> Result<Members, CoreError> {
        let mut consented: HashMap<u64, Vec<(String, String)>> = HashMap::new();
        for criterion in &self.criteria {
            if let Criterion::Consent { channel, purpose } = criterion {
                for customer in &customers {
                    let allowed =
                        super::consent_reach::reach(store, customer, *channel, purpose, now)?
                            .into_iter()
                            .filter(|reach| reach.standing.allows())
                            .map(|reach| (reach.person, reach.address));
                    consented.entry(customer.id).or_default().extend(allowed);
                }
            }
        }
        Ok(Members {
            customers,
            plan: indexes
                .first()
                .map_or(Plan::Scan, |index| Plan::Index(index)),
            indexes,
            consented,
            selects: self.selects,
            contacts,
            leads: self.leads(store, now)?,
        })
    }
}

/// How much checking a criterion costs, to check the cheap ones first.
fn cost(criterion: &Criterion) -> u8 {
    match criterion {
        Criterion::Consent { .. } => 3,
        Criterion::LastInteraction(_) | Criterion::OpenOpportunities => 2,
        Criterion::Revenue { .. } | Criterion::Abc(_) | Criterion::Rfm(_) => 1,
        _ => 0,
    }
}

/// The members of `target` as of `now` (their day in UTC), in id order. Needs the right
/// to read marketing (and, for revenue, ABC or RFM criteria, sales; for consent, consent).
pub fn members(
    store: &Store,
    actor: &Actor,
    target: &Target,
    now: OffsetDateTime,
) -> Result<Members, CoreError> {
    members_page(store, actor, target, now, 0, usize::MAX).map(|(members, _)| members)
}

/// A page of the members of `target` as of `now`: those of the customers after id
/// `after`, in id order, until `limit` customers and contacts are found (a customer's
/// contacts are never split, so the page may run over by the rest of one customer's);
/// leads, when the segment selects them, all of them. Reads no customer beyond the page.
/// Also the id to page on after (`None`: no more customers).
pub fn members_page(
    store: &Store,
    actor: &Actor,
    target: &Target,
    now: OffsetDateTime,
    after: u64,
    limit: usize,
) -> Result<(Members, Option<u64>), CoreError> {
    let evaluation = Evaluation::of(store, actor, target, now)?;
    let mut customers = Vec::new();
    let mut contacts = Vec::new();
    let mut found = 0usize;
    let mut last = None;
    let indexes = evaluation.walk(store, now, after, &mut |customer, member, selected| {
        last = Some(customer.id);
        if let Some(selected) = selected {
            found += selected.contacts.len();
            contacts.push(selected);
        }
        if member {
            found += 1;
            customers.push(customer);
        }
        found < limit
    })?;
    let next = last.filter(|_| found >= limit);
    let members = evaluation.members(store, now, customers, contacts, indexes)?;
    Ok((members, next))
}

/// How many members of each kind, in `MemberKind::ALL` order.
impl Members {
    pub fn by_kind(&self) -> [(MemberKind, usize); 3] {
        let contacts = self.contacts.iter().map(|of| of.contacts.len()).sum();
        [
            (MemberKind::Customer, self.customers.len()),
            (MemberKind::Contact, contacts),
            (MemberKind::Lead, self.leads.len()),
        ]
    }

    /// How many members of all kinds.
    pub fn size(&self) -> usize {
        self.by_kind().iter().map(|(_, count)| count).sum()
    }
}

/// How many members `target` has as of `now`, and how they were found: counted as they
/// are found, none of them kept.
pub fn count(
    store: &Store,
    actor: &Actor,
    target: &Target,
    now: OffsetDateTime,
) -> Result<(usize, Plan), CoreError> {
    let evaluation = Evaluation::of(store, actor, target, now)?;
    let mut found = 0usize;
    let indexes = evaluation.walk(store, now, 0, &mut |_, member, selected| {
        found += usize::from(member) + selected.map_or(0, |s| s.contacts.len());
        true
    })?;
    found += evaluation.leads(store, now)?.len();
    let plan = indexes
        .first()
        .map_or(Plan::Scan, |index| Plan::Index(index));
    Ok((found, plan))
}
