//! Campaigns: `campaign add|edit|cost` (marketing writes them; sales and agents read them)
//! and their figures. What a campaign brought is what is attributed to it: opportunities
//! (`opportunities.by_campaign`) and sales orders (`orders.by_campaign`, an order of a
//! quote of an attributed opportunity inherits its campaign). Replies to its mail are its
//! responses (`core::mailing_reply`): the figures count them, the leads they touched and
//! the attributed opportunities of the customers who replied. Room: core.

use std::collections::HashSet;

use rust_decimal::Decimal;
use time::{Date, OffsetDateTime};

use super::access::{Access, Area, require};
use super::mailing_reply::touched_by_reply;
use super::{Actor, CoreError, Settings};
use crate::domain::Interaction;
use crate::domain::campaign::{Campaign, CampaignChannel, CampaignStatus, Cost, Figures};
use crate::domain::lead::Lead;
use crate::domain::sales::SalesOrder;
use crate::domain::{Currency, Invalid, Opportunity, Stage};
use crate::store::kinds::{interaction, lead, opportunity, sales};
use crate::store::{Store, abort};

/// What an add or edit sets; `None` leaves it as it is (an add needs name, channel and
/// period).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CampaignEdit {
    pub name: Option<String>,
    pub channel: Option<CampaignChannel>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub budget: Option<Decimal>,
    pub expected_revenue: Option<Decimal>,
    pub status: Option<CampaignStatus>,
    /// Only when added: the currency of every amount (default: the database's).
    pub currency: Option<Currency>,
}

/// Changes to campaigns.
#[derive(Debug, Clone)]
pub enum CampaignCommand {
    Add(CampaignEdit),
    Edit {
        id: u64,
        edit: CampaignEdit,
    },
    /// Books a cost (`kontor campaign cost`).
    Cost {
        id: u64,
        cost: Cost,
    },
}

impl CampaignCommand {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add(_) => "Add",
            Self::Edit { .. } => "Edit",
            Self::Cost { .. } => "Cost",
        }
    }
}

impl CampaignEdit {
    fn apply(&self, campaign: &mut Campaign) {
        if let Some(name) = &self.name {
            campaign.name = name.trim().to_string();
        }
        if let Some(channel) = self.channel {
            campaign.channel = channel;
        }
        if let Some(from) = self.from {
            campaign.from = from;
        }
        if let Some(to) = self.to {
            campaign.to = to;
        }
        if let Some(budget) = self.budget {
            campaign.budget = budget;
        }
        if let Some(expected) = self.expected_revenue {
            campaign.expected_revenue = expected;
        }
        if let Some(status) = self.status {
            campaign.status = status;
        }
    }

    /// A new campaign from an add: name, channel and the period are needed.
    fn new_campaign(&self, currency: Currency, now: OffsetDateTime) -> Result<Campaign, Invalid> {
        let missing = |field| Invalid::new(field, crate::t!("campaign-needed"));
        let from = self.from.ok_or_else(|| missing("from"))?;
        let mut campaign = Campaign {
            id: 0,
            name: self.name.clone().ok_or_else(|| missing("name"))?,
            channel: self.channel.ok_or_else(|| missing("channel"))?,
            from,
            to: self.to.unwrap_or(from),
            currency: self.currency.unwrap_or(currency),
            budget: Decimal::ZERO,
            costs: Vec::new(),
            expected_revenue: Decimal::ZERO,
            status: CampaignStatus::Planned,
            created: now,
            updated: now,
            version: 0,
        };
        self.apply(&mut campaign);
        Ok(campaign)
    }
}

/// Runs a campaign command at `now` (the area is checked by `execute`).
pub fn execute(
    store: &Store,
    command: CampaignCommand,
    now: OffsetDateTime,
) -> Result<Campaign, CoreError> {
    let currency = Settings::load(store)?.currency;
    let written = store.transaction(|tx| {
        let mut campaign = match &command {
            CampaignCommand::Add(edit) => edit.new_campaign(currency, now).or_else(abort)?,
            CampaignCommand::Edit { id, edit } => {
                let mut campaign = tx.require::<Campaign>(*id)?;
                edit.apply(&mut campaign);
                campaign
            }
            CampaignCommand::Cost { id, cost } => {
                let mut campaign = tx.require::<Campaign>(*id)?;
                campaign.book(cost.clone()).or_else(abort)?;
                campaign
            }
        };
        campaign.validate().or_else(abort)?;
        campaign.updated = now;
        match command {
            CampaignCommand::Add(_) => {
                tx.insert(&mut campaign)?;
            }
            _ => tx.update(&mut campaign, None)?,
        }
        Ok(campaign)
    });
    Ok(written?)
}

/// Every campaign, newest period first (ties by id).
pub fn campaigns(store: &Store, actor: &Actor) -> Result<Vec<Campaign>, CoreError> {
    require(actor, Area::Marketing, Access::Read)?;
    let mut found: Vec<Campaign> = store.scan::<Campaign>()?.collect::<Result<_, _>>()?;
    found.sort_by(|a, b| b.from.cmp(&a.from).then(a.id.cmp(&b.id)));
    Ok(found)
}

/// One campaign.
pub fn campaign(store: &Store, actor: &Actor, id: u64) -> Result<Campaign, CoreError> {
    require(actor, Area::Marketing, Access::Read)?;
    Ok(store.require::<Campaign>(id)?)
}

/// The opportunities attributed to `campaign`.
fn attributed_opportunities(store: &Store, campaign: u64) -> Result<Vec<Opportunity>, CoreError> {
    let mut found = Vec::new();
    for id in opportunity::of_campaign(store, campaign)? {
        found.push(store.require::<Opportunity>(id?)?);
    }
    Ok(found)
}

/// What the campaign brought in as leads: the leads attributed to it, and the attributed
/// opportunities that did not come from one of those leads (an agent's own attribution), so
/// a converted lead and its opportunity count once.
/// Also how many of the campaign's leads a reply to it touched.
fn leads(
    store: &Store,
    campaign: u64,
    opportunities: &[Opportunity],
) -> Result<(u64, u64), CoreError> {
    let mut from_leads = std::collections::HashSet::new();
    let mut count = 0u64;
    let mut replied = 0u64;
    for id in lead::of_campaign(store, campaign)? {
        count += 1;
        let Some(lead) = store.get::<Lead>(id)? else {
            continue;
        };
        if touched_by_reply(&lead, campaign) {
            replied += 1;
        }
        if let Some(converted) = lead.converted_to {
            from_leads.insert(converted.opportunity);
        }
    }
    let own = opportunities
        .iter()
        .filter(|opportunity| !from_leads.contains(&opportunity.id))
        .count();
    Ok((count + own as u64, replied))
}

/// The replies to `campaign` (interactions attributed to it) and the customers who sent
/// them.
fn replies(store: &Store, campaign: u64) -> Result<(u64, HashSet<u64>), CoreError> {
    let ids = interaction::of_campaign(store, campaign)?;
    let mut customers = HashSet::new();
    for &id in &ids {
        customers.insert(store.require::<Interaction>(id)?.customer_id);
    }
    Ok((ids.len() as u64, customers))
}

/// A campaign's figures (see `domain::campaign::Figures` for what each counts). Amounts in
/// another currency than the campaign's are left out. Needs the right to read marketing.
pub fn figures(store: &Store, actor: &Actor, id: u64) -> Result<(Campaign, Figures), CoreError> {
    let campaign = campaign(store, actor, id)?;
    let opportunities = attributed_opportunities(store, id)?;
    let ours = |currency: Currency| currency == campaign.currency;
    let (leads, replied_leads) = leads(store, id, &opportunities)?;
    let (replies, repliers) = replies(store, id)?;
    let mut figures = Figures {
        cost: campaign.cost(),
        leads,
        replies,
        replied_leads,
        replied_opportunities: opportunities
            .iter()
            .filter(|opportunity| repliers.contains(&opportunity.customer_id))
            .count() as u64,
        ..Figures::default()
    };
    for opportunity in &opportunities {
        match opportunity.stage {
            Stage::Won => figures.won += 1,
            Stage::Lost => {}
            _ if ours(opportunity.amount.currency) => figures.pipeline += opportunity.weighted(),
            _ => {}
        }
    }
    for order in sales::orders_of_campaign(store, id)? {
        let order = store.require::<SalesOrder>(order?)?;
        if ours(order.currency) {
            let sales = super::reports::order_sales(&order)?;
            figures.won_revenue += sales.iter().map(|sale| sale.net).sum::<Decimal>();
        }
    }
    Ok((campaign, figures))
}
