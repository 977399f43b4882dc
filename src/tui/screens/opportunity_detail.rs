//! One opportunity: customer, amount, stage, probability, weighted amount, expected close,
//! owner, lost reason and close time. From here: edit it, move it to the next stage, mark
//! it lost, open its customer. The opportunities' own detail in place of the generic one
//! (`kind::OwnScreens::Opportunities`); it edits in the generic form of the kind. Reads
//! only what the core lets the actor see. Room: tui.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::kind::{OPPORTUNITIES, form};
use super::opportunity_forms::{mark_lost, next_stage, reload};
use super::shown::{self, customer_label};
use crate::core::Change;
use crate::domain::{Money, Opportunity};
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{field_line, panel};
use unicode_width::UnicodeWidthStr;

/// Width of the label column.
const LABEL: usize = 14;

pub struct OpportunityDetail {
    id: u64,
    customer_id: u64,
    opportunity: Option<Opportunity>,
    customer: String,
}

impl OpportunityDetail {
    /// The detail of opportunity `id` (a pipeline card, a timeline line), read through the
    /// core.
    pub fn new(id: u64, session: &Session) -> OpportunityDetail {
        let mut screen = OpportunityDetail {
            id,
            customer_id: 0,
            opportunity: None,
            customer: String::new(),
        };
        screen.refresh(session);
        screen
    }
}

/// That opportunity `id` is gone.
fn gone(id: u64) -> String {
    t!("crm-opportunity-gone", id = id.to_string())
}

impl Screen for OpportunityDetail {
    fn title(&self) -> String {
        match &self.opportunity {
            Some(o) => t!(
                "crm-opportunity-title",
                id = o.id.to_string(),
                title = o.title.as_str()
            ),
            None => t!("crm-opportunity-title-id", id = self.id.to_string()),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(
            action,
            Action::Edit | Action::MarkLost | Action::NextStage | Action::OpenCustomer
        )
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let Some(opportunity) = &self.opportunity else {
            return match action {
                Action::Edit | Action::NextStage | Action::MarkLost | Action::OpenCustomer => {
                    Outcome::Refuse(gone(self.id))
                }
                _ => Outcome::Ignored,
            };
        };
        match action {
            Action::Edit => form::change_id(OPPORTUNITIES, self.id, session),
            Action::NextStage => next_stage(session, Some(opportunity)),
            Action::MarkLost => mark_lost(Some(opportunity)),
            Action::OpenCustomer => Outcome::Open(Route::Customer(opportunity.customer_id)),
            _ => Outcome::Ignored,
        }
    }

    /// The opportunity and its customer's name.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::OPPORTUNITIES | Change::CUSTOMERS)
    }

    fn refresh(&mut self, session: &Session) {
        self.opportunity = reload(session, self.id);
        if let Some(opportunity) = &self.opportunity {
            self.customer_id = opportunity.customer_id;
        }
        self.customer = customer_label(session, self.customer_id);
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(o) = &self.opportunity else {
            let gone = gone(self.id);
            panel(
                frame,
                area,
                theme,
                &t!("crm-opportunity"),
                vec![Line::raw(gone)],
            );
            return;
        };
        let weighted = Money::new(o.weighted(), o.amount.currency);
        let rows = [
            (t!("crm-label-customer"), self.customer.clone()),
            (t!("crm-label-title"), o.title.clone()),
            (t!("crm-label-amount"), shown::money(o.amount)),
            (t!("crm-label-stage"), o.stage.label()),
            (
                t!("crm-label-probability"),
                t!("crm-percent", percent = o.probability),
            ),
            (t!("crm-label-weighted"), shown::money(weighted)),
            (
                t!("crm-label-expected-close"),
                o.expected_close.map(format::date).unwrap_or_default(),
            ),
            (t!("crm-label-owner"), o.owner.clone()),
            (t!("crm-label-lost-reason"), o.lost_reason.clone()),
            (
                t!("crm-label-closed-at"),
                o.closed_at.map(format::instant).unwrap_or_default(),
            ),
            (t!("crm-label-created"), format::instant(o.created)),
            (t!("crm-label-updated"), format::instant(o.updated)),
        ];
        let width = rows
            .iter()
            .map(|(label, _)| label.width())
            .fold(LABEL, usize::max);
        let lines = rows
            .iter()
            .map(|(label, value)| field_line(theme, label, value, width))
            .collect();
        let title = t!(
            "crm-opportunity-version",
            id = o.id.to_string(),
            version = o.version.to_string()
        );
        panel(frame, area, theme, &title, lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Edit,
            Action::NextStage,
            Action::MarkLost,
            Action::OpenCustomer,
            Action::Back,
        ]
    }
}
