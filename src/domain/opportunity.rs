//! Opportunities: a possible sale moving through the stages of the pipeline.
//! Room: domain (pure).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::invalid::parse_labelled;
use super::{Invalid, Money};

/// A pipeline stage, in pipeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    Qualification,
    NeedsAnalysis,
    Proposal,
    Negotiation,
    Won,
    Lost,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Self::Qualification,
        Self::NeedsAnalysis,
        Self::Proposal,
        Self::Negotiation,
        Self::Won,
        Self::Lost,
    ];

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        let names = Self::ALL.map(|stage| (stage.name(), stage));
        parse_labelled("stage", text, &names, Self::label)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Qualification => "qualification",
            Self::NeedsAnalysis => "needs-analysis",
            Self::Proposal => "proposal",
            Self::Negotiation => "negotiation",
            Self::Won => "won",
            Self::Lost => "lost",
        }
    }

    /// The name as a person reads it, in the current language (German `Qualifizierung`); `name` is
    /// the machine name users type and exports write, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            Self::Qualification => crate::t!("domain-stage-qualification"),
            Self::NeedsAnalysis => crate::t!("domain-stage-needs-analysis"),
            Self::Proposal => crate::t!("domain-stage-proposal"),
            Self::Negotiation => crate::t!("domain-stage-negotiation"),
            Self::Won => crate::t!("domain-stage-won"),
            Self::Lost => crate::t!("domain-stage-lost"),
        }
    }

    /// A label of at most 9 characters for narrow columns, in the current language
    /// (`qualify`, `needs`, …; German `Qualifiz.`, `Bedarf`, …).
    pub fn short_label(self) -> String {
        match self {
            Self::Qualification => crate::t!("domain-stage-short-qualification"),
            Self::NeedsAnalysis => crate::t!("domain-stage-short-needs-analysis"),
            Self::Proposal => crate::t!("domain-stage-short-proposal"),
            Self::Negotiation => crate::t!("domain-stage-short-negotiation"),
            Self::Won => crate::t!("domain-stage-short-won"),
            Self::Lost => crate::t!("domain-stage-short-lost"),
        }
    }

    /// The probability (percent) an opportunity gets on entering this stage.
    pub fn default_probability(self) -> u8 {
        match self {
            Self::Qualification => 10,
            Self::NeedsAnalysis => 20,
            Self::Proposal => 40,
            Self::Negotiation => 60,
            Self::Won => 100,
            Self::Lost => 0,
        }
    }

    pub fn is_closed(self) -> bool {
        matches!(self, Self::Won | Self::Lost)
    }

    /// The stage after this one on the way to won; closed stages have none.
    pub fn next(self) -> Option<Stage> {
        match self {
            Self::Qualification => Some(Self::NeedsAnalysis),
            Self::NeedsAnalysis => Some(Self::Proposal),
            Self::Proposal => Some(Self::Negotiation),
            Self::Negotiation => Some(Self::Won),
            Self::Won | Self::Lost => None,
        }
    }
}

/// A possible sale. `probability` is a percentage (0–100): the stage's default unless
/// overridden. `closed_at` is set when the stage becomes won or lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opportunity {
    pub id: u64,
    pub customer_id: u64,
    pub title: String,
    pub amount: Money,
    pub stage: Stage,
    pub probability: u8,
    pub expected_close: Option<Date>,
    pub owner: String,
    pub lost_reason: String,
    /// The campaign the opportunity is attributed to (`None`: none).
    pub campaign: Option<u64>,
    pub closed_at: Option<OffsetDateTime>,
    pub created: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub version: u64,
}

impl Opportunity {
    /// amount × probability, rounded half away from zero to the currency's minor unit:
    /// the one rounding point of weighted money. Every weighted sum (a stage, the board,
    /// Home, the CLI's pipeline) adds these rounded amounts, so the parts shown always add
    /// up to the total shown. Never overflows (an amount too large to multiply exactly is
    /// divided first, and saturates at `Decimal::MAX` beyond that).
    pub fn weighted(&self) -> Decimal {
        let probability = Decimal::from(self.probability);
        let exact = match self.amount.amount.checked_mul(probability) {
            Some(product) => product / Decimal::ONE_HUNDRED,
            None => (self.amount.amount / Decimal::ONE_HUNDRED).saturating_mul(probability),
        };
        Money::new(exact, self.amount.currency).rounded().amount
    }

    /// Whether the opportunity may move to `stage`: a won one is not lost; it is moved
    /// back to an open stage (reopened) first.
    pub fn may_move_to(&self, stage: Stage) -> Result<(), Invalid> {
        if self.stage == Stage::Won && stage == Stage::Lost {
            return Err(Invalid::new(
                "stage",
                crate::t!("domain-opportunity-won", id = self.id.to_string()),
            ));
        }
        Ok(())
    }

    /// Moves to `stage` at `now` if it `may_move_to` it: the probability follows the stage
    /// unless `probability` is given; closing stamps `closed_at` (a move to the stage it is
    /// in keeps it), reopening clears it; lost needs a reason, and no other stage takes one.
    pub fn move_to(
        &mut self,
        stage: Stage,
        probability: Option<u8>,
        reason: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<(), Invalid> {
        self.may_move_to(stage)?;
        if stage != Stage::Lost && reason.is_some_and(|r| !r.trim().is_empty()) {
            return Err(Invalid::new(
                "reason",
                crate::t!("domain-opportunity-reason", stage = stage.label()),
            ));
        }
        if stage != self.stage {
            self.closed_at = stage.is_closed().then_some(now);
        }
        self.stage = stage;
        self.probability = probability.unwrap_or(stage.default_probability());
        self.lost_reason = match stage {
            Stage::Lost => reason.unwrap_or_default().trim().to_string(),
            _ => String::new(),
        };
        self.validate()
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if self.title.trim().is_empty() {
            return Err(Invalid::new("title", crate::t!("domain-must-not-be-empty")));
        }
        if self.amount.amount.is_sign_negative() && !self.amount.amount.is_zero() {
            return Err(Invalid::new(
                "amount",
                crate::t!("domain-must-not-be-negative"),
            ));
        }
        if self.probability > 100 {
            return Err(Invalid::new("probability", crate::t!("domain-percent")));
        }
        if self.stage == Stage::Lost && self.lost_reason.trim().is_empty() {
            return Err(Invalid::new(
                "lost_reason",
                crate::t!("domain-opportunity-needs-reason"),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;

    use crate::lang::in_german;

    #[test]
    fn short_stage_labels_fit_nine_columns_and_differ_in_both_languages() {
        for short in [
            Stage::ALL.map(Stage::short_label),
            in_german(|| Stage::ALL.map(Stage::short_label)),
        ] {
            let mut short = short.to_vec();
            assert!(
                short.iter().all(|name| name.chars().count() <= 9),
                "{short:?}"
            );
            short.sort();
            short.dedup();
            assert_eq!(short.len(), Stage::ALL.len());
        }
    }

    #[test]
    fn stage_labels_are_the_names_in_english_and_german_words_in_german() {
        assert_eq!(Stage::ALL.map(Stage::label), Stage::ALL.map(Stage::name));
        assert_eq!(
            in_german(|| Stage::ALL.map(Stage::label)),
            [
                "Qualifizierung",
                "Bedarfsanalyse",
                "Angebot",
                "Verhandlung",
                "gewonnen",
                "verloren"
            ]
        );
        assert_eq!(Stage::short_label(Stage::NeedsAnalysis), "needs");
        assert_eq!(in_german(|| Stage::Negotiation.short_label()), "Verhandl.");
    }

    #[test]
    fn a_stage_is_typed_by_its_name_or_in_german_by_its_german_word() {
        assert_eq!(Stage::parse("Needs_Analysis"), Ok(Stage::NeedsAnalysis));
        assert!(Stage::parse("Verhandlung").is_err());
        in_german(|| {
            assert_eq!(Stage::parse("verhandlung"), Ok(Stage::Negotiation));
            assert_eq!(Stage::parse(" GEWONNEN "), Ok(Stage::Won));
            assert_eq!(Stage::parse("negotiation"), Ok(Stage::Negotiation));
            let refused = Stage::parse("Abschluss").unwrap_err().message;
            assert!(
                refused.contains("Qualifizierung, Bedarfsanalyse"),
                "{refused}"
            );
        });
        let refused = Stage::parse("closing").unwrap_err().message;
        assert!(
            refused.contains("qualification, needs-analysis"),
            "{refused}"
        );
    }

    use rust_decimal::dec;

    fn deal(amount: Decimal) -> Opportunity {
        Opportunity {
            id: 1,
            customer_id: 1,
            title: "Coffee machines".into(),
            amount: Money::new(amount, Currency::EUR),
            stage: Stage::Qualification,
            probability: 10,
            expected_close: None,
            owner: String::new(),
            lost_reason: String::new(),
            campaign: None,
            closed_at: None,
            created: OffsetDateTime::UNIX_EPOCH,
            updated: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        }
    }

    #[test]
    fn default_probabilities_follow_the_stage() {
        let expected = [10, 20, 40, 60, 100, 0];
        for (stage, percent) in Stage::ALL.iter().zip(expected) {
            assert_eq!(stage.default_probability(), percent);
        }
    }

    #[test]
    fn moving_sets_probability_and_close_time() {
        let mut opportunity = deal(dec!(1200.50));
        let now = OffsetDateTime::UNIX_EPOCH + time::Duration::days(3);
        opportunity
            .move_to(Stage::Proposal, None, None, now)
            .unwrap();
        assert_eq!(opportunity.probability, 40);
        assert_eq!(opportunity.weighted(), dec!(480.20));
        assert_eq!(opportunity.closed_at, None);
        opportunity.move_to(Stage::Won, None, None, now).unwrap();
        assert_eq!(opportunity.closed_at, Some(now));
        opportunity
            .move_to(Stage::Negotiation, Some(75), None, now)
            .unwrap();
        assert_eq!(opportunity.probability, 75);
        assert_eq!(opportunity.closed_at, None);
    }

    #[test]
    fn the_weighted_amount_is_rounded_to_the_cent_half_away_from_zero() {
        let mut opportunity = deal(dec!(0.05));
        assert_eq!(opportunity.weighted(), dec!(0.01), "0.005 rounds up");
        opportunity.amount.amount = dec!(0.04);
        assert_eq!(opportunity.weighted(), dec!(0.00), "0.004 rounds down");
        opportunity.amount = Money::new(dec!(1235), "JPY".parse().unwrap());
        assert_eq!(
            opportunity.weighted(),
            dec!(124),
            "123.5 yen round to whole yen"
        );
    }

    #[test]
    fn weighting_a_huge_stored_amount_does_not_overflow() {
        let mut huge = deal(dec!(50000000000000000000000000000));
        huge.probability = 60;
        assert_eq!(huge.weighted(), dec!(30000000000000000000000000000));
        huge.amount.amount = Decimal::MAX;
        huge.probability = 100;
        assert_eq!(
            huge.weighted(),
            Decimal::MAX / Decimal::ONE_HUNDRED * dec!(100)
        );
    }

    #[test]
    fn lost_needs_a_reason() {
        let mut opportunity = deal(dec!(10));
        let error = opportunity
            .move_to(Stage::Lost, None, None, OffsetDateTime::UNIX_EPOCH)
            .unwrap_err();
        assert_eq!(error.field, "lost_reason");
        opportunity
            .move_to(Stage::Lost, None, Some("price"), OffsetDateTime::UNIX_EPOCH)
            .unwrap();
        assert_eq!(opportunity.lost_reason, "price");
    }

    #[test]
    fn a_won_opportunity_is_not_lost_until_it_is_reopened() {
        let mut opportunity = deal(dec!(10));
        let (won, later) = (
            OffsetDateTime::UNIX_EPOCH,
            OffsetDateTime::UNIX_EPOCH + time::Duration::days(1),
        );
        opportunity.move_to(Stage::Won, None, None, won).unwrap();
        let before = opportunity.clone();
        let error = opportunity
            .move_to(Stage::Lost, None, Some("price"), later)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "stage: opportunity 1 is won; move it back to an open stage first to reopen it"
        );
        assert_eq!(opportunity, before, "a refused move changes nothing");
        opportunity
            .move_to(Stage::Proposal, None, None, later)
            .unwrap();
        opportunity
            .move_to(Stage::Lost, None, Some("price"), later)
            .unwrap();
        assert_eq!(opportunity.stage, Stage::Lost);
        assert_eq!(opportunity.closed_at, Some(later));
    }

    #[test]
    fn negative_amounts_and_unknown_stages_are_refused() {
        assert_eq!(deal(dec!(-1)).validate().unwrap_err().field, "amount");
        assert!(deal(dec!(0)).validate().is_ok());
        assert_eq!(Stage::parse("closing").unwrap_err().field, "stage");
        assert_eq!(
            Stage::parse("Needs Analysis").unwrap(),
            Stage::NeedsAnalysis
        );
    }
}
