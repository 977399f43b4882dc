//! Marketing campaigns: what one costs, when it runs, through which channel, and its
//! figures — cost, leads, won business, weighted pipeline, cost per lead and ROI — computed
//! from plain numbers handed in (the core counts what is attributed). Money is exact: sums
//! keep every cent; ROI and cost per lead are rounded half away from zero only where they
//! are shown (`Figures::roi_percent`, `Figures::cost_per_lead`). Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::invalid::parse_choice;
use super::money::round_commercial;
use super::{Invalid, Money};

/// The channel a campaign reaches people through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CampaignChannel {
    Email,
    Phone,
    Event,
    Print,
    Social,
}

impl CampaignChannel {
    pub const ALL: [CampaignChannel; 5] = [
        Self::Email,
        Self::Phone,
        Self::Event,
        Self::Print,
        Self::Social,
    ];

    /// The machine name users type and exports write.
    pub fn name(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Event => "event",
            Self::Print => "print",
            Self::Social => "social",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        parse_choice("channel", text, &Self::ALL.map(|c| (c.name(), c)))
    }
}

/// Where a campaign stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CampaignStatus {
    Planned,
    Active,
    Done,
    Cancelled,
}

impl CampaignStatus {
    pub const ALL: [CampaignStatus; 4] = [Self::Planned, Self::Active, Self::Done, Self::Cancelled];

    pub fn name(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Active => "active",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        parse_choice("status", text, &Self::ALL.map(|s| (s.name(), s)))
    }
}

/// One booked cost of a campaign, in the campaign's currency (exact to the cent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub amount: Decimal,
    pub date: Date,
    pub what: String,
}

/// A campaign. Every amount (budget, costs, expected revenue) is in `currency`; costs are
/// booked one by one (`kontor campaign cost`) and never edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: u64,
    pub name: String,
    pub channel: CampaignChannel,
    pub from: Date,
    pub to: Date,
    pub currency: super::Currency,
    pub budget: Decimal,
    pub costs: Vec<Cost>,
    pub expected_revenue: Decimal,
    pub status: CampaignStatus,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Campaign {
    /// The budget as money.
    pub fn budget(&self) -> Money {
        Money::new(self.budget, self.currency)
    }

    /// Σ booked costs, exact.
    pub fn cost(&self) -> Decimal {
        self.costs.iter().map(|cost| cost.amount).sum()
    }

    /// Books a cost: positive (a credit is a cost of its own with a note, not a negative
    /// amount), with a description.
    pub fn book(&mut self, cost: Cost) -> Result<(), Invalid> {
        if cost.amount <= Decimal::ZERO {
            return Err(Invalid::new("amount", crate::t!("campaign-cost-positive")));
        }
        if cost.what.trim().is_empty() {
            return Err(Invalid::new("what", crate::t!("domain-must-not-be-empty")));
        }
        self.costs.push(Cost {
            what: cost.what.trim().to_string(),
            ..cost
        });
        Ok(())
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.trim().is_empty() {
            return Err(Invalid::new("name", crate::t!("domain-must-not-be-empty")));
        }
        if self.to < self.from {
            return Err(Invalid::new("to", crate::t!("campaign-period-backwards")));
        }
        for (field, amount) in [
            ("budget", self.budget),
            ("expected_revenue", self.expected_revenue),
        ] {
            if amount.is_sign_negative() && !amount.is_zero() {
                return Err(Invalid::new(
                    field,
                    crate::t!("domain-must-not-be-negative"),
                ));
            }
        }
        Ok(())
    }
}

/// A campaign's figures, exact (unrounded sums of cent amounts).
///
/// - `cost`: Σ booked costs.
/// - `leads`: what the campaign brought in (see `core::campaigns::leads`).
/// - `won`: attributed opportunities in stage won.
/// - `won_revenue`: Σ net revenue of the attributed sales orders that are not cancelled —
///   the reports' revenue (`core::reports::order_sales`), so the figure agrees with
///   `kontor report revenue`. Orders, not invoices: an order is business won whether or not
///   it is billed yet.
/// - `pipeline`: Σ weighted amounts (amount × probability, each rounded) of attributed
///   opportunities still open.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    pub cost: Decimal,
    pub leads: u64,
    pub won: u64,
    pub won_revenue: Decimal,
    pub pipeline: Decimal,
    /// Replies to the campaign's mail (its responses): the interactions attributed to it.
    pub replies: u64,
    /// Of `leads`, those a reply to the campaign touched.
    pub replied_leads: u64,
    /// Of the attributed opportunities, those of customers who replied to the campaign.
    pub replied_opportunities: u64,
}

impl Figures {
    /// cost ÷ leads rounded half away from zero to `minor` digits; `None` without leads.
    pub fn cost_per_lead(&self, minor: u32) -> Option<Decimal> {
        (self.leads > 0).then(|| round_commercial(self.cost / Decimal::from(self.leads), minor))
    }

    /// (won revenue − cost) ÷ cost, exact; `None` when nothing was spent (no ROI).
    pub fn roi(&self) -> Option<Decimal> {
        if self.cost.is_zero() {
            return None;
        }
        (self.won_revenue - self.cost).checked_div(self.cost)
    }

    /// The ROI in percent, rounded half away from zero to two places: the display point.
    pub fn roi_percent(&self) -> Option<Decimal> {
        self.roi()
            .and_then(|roi| roi.checked_mul(Decimal::ONE_HUNDRED))
            .map(|percent| round_commercial(percent, 2))
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;
    use time::macros::date;

    use super::*;
    use crate::domain::Currency;

    fn campaign() -> Campaign {
        Campaign {
            id: 1,
            name: "Spring fair".into(),
            channel: CampaignChannel::Event,
            from: date!(2026 - 03 - 01),
            to: date!(2026 - 03 - 31),
            currency: Currency::EUR,
            budget: dec!(5000),
            costs: Vec::new(),
            expected_revenue: dec!(20000),
            status: CampaignStatus::Planned,
            created: OffsetDateTime::UNIX_EPOCH,
            updated: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        }
    }

    #[test]
    fn costs_add_up_exactly_and_must_be_positive_and_described() {
        let mut campaign = campaign();
        let day = date!(2026 - 03 - 02);
        let cost = |amount, what: &str| Cost {
            amount,
            date: day,
            what: what.into(),
        };
        campaign.book(cost(dec!(0.10), "stamps")).unwrap();
        campaign.book(cost(dec!(0.20), "flyer")).unwrap();
        assert_eq!(campaign.cost(), dec!(0.30));
        assert_eq!(
            campaign.book(cost(dec!(0), "x")).unwrap_err().field,
            "amount"
        );
        assert_eq!(campaign.book(cost(dec!(1), " ")).unwrap_err().field, "what");
        assert_eq!(campaign.costs.len(), 2);
    }

    #[test]
    fn a_period_runs_forwards_and_amounts_are_not_negative() {
        let mut backwards = campaign();
        backwards.to = date!(2026 - 02 - 01);
        assert_eq!(backwards.validate().unwrap_err().field, "to");
        let mut negative = campaign();
        negative.budget = dec!(-1);
        assert_eq!(negative.validate().unwrap_err().field, "budget");
        assert!(campaign().validate().is_ok());
    }

    #[test]
    fn roi_and_cost_per_lead_round_half_away_from_zero_only_when_shown() {
        let figures = Figures {
            cost: dec!(300.00),
            leads: 7,
            won: 1,
            won_revenue: dec!(1000.01),
            pipeline: dec!(0),
            ..Figures::default()
        };
        // 300 / 7 = 42.857… → 42.86; (1000.01 − 300) / 300 = 2.333366… → 233.34 %.
        assert_eq!(figures.cost_per_lead(2), Some(dec!(42.86)));
        assert_eq!(figures.roi_percent(), Some(dec!(233.34)));
        let half = Figures {
            cost: dec!(8),
            won_revenue: dec!(8.0004),
            ..Figures::default()
        };
        // 0.0004 / 8 = 0.00005 → 0.005 % → 0.01 % (half away from zero).
        assert_eq!(half.roi_percent(), Some(dec!(0.01)));
        let loss = Figures {
            cost: dec!(8),
            won_revenue: dec!(7.9996),
            ..Figures::default()
        };
        assert_eq!(loss.roi_percent(), Some(dec!(-0.01)));
    }

    #[test]
    fn without_cost_there_is_no_roi_and_without_leads_no_cost_per_lead() {
        let figures = Figures {
            won_revenue: dec!(10),
            ..Figures::default()
        };
        assert_eq!(figures.roi(), None);
        assert_eq!(figures.roi_percent(), None);
        assert_eq!(figures.cost_per_lead(2), None);
    }

    #[test]
    fn channels_and_statuses_are_typed_by_name() {
        assert_eq!(
            CampaignChannel::parse("Social"),
            Ok(CampaignChannel::Social)
        );
        assert_eq!(CampaignChannel::parse("fax").unwrap_err().field, "channel");
        assert_eq!(CampaignStatus::parse("done"), Ok(CampaignStatus::Done));
        for channel in CampaignChannel::ALL {
            assert_eq!(CampaignChannel::parse(channel.name()), Ok(channel));
        }
    }
}
