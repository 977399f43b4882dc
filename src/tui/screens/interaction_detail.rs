//! One interaction: customer, contact, channel, subject, body, outcome, duration, agent,
//! time and follow-up. From here: edit it (`e`), open its customer, complete the
//! follow-up. Reads only what the core lets the actor see. Room: tui.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::interaction_forms::{complete_follow_up, complete_follow_up_of_nothing, edit, reload};
use super::shown::customer_label;
use crate::core::Change;
use crate::domain::Interaction;
use crate::domain::datetime::shown_duration;
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{field_line, panel};
use unicode_width::UnicodeWidthStr;

/// Width of the label column.
const LABEL: usize = 10;

pub struct InteractionDetail {
    id: u64,
    customer_id: u64,
    interaction: Option<Interaction>,
    customer: String,
}

impl InteractionDetail {
    /// The detail of interaction `id` (a list or timeline line), read through the core.
    pub fn new(id: u64, session: &Session) -> InteractionDetail {
        let mut screen = InteractionDetail {
            id,
            customer_id: 0,
            interaction: None,
            customer: String::new(),
        };
        screen.refresh(session);
        screen
    }
}

/// "due 2026-01-15", "done (was due 2026-01-15)" or "none".
fn follow_up_text(interaction: &Interaction) -> String {
    match (interaction.follow_up, interaction.follow_up_done) {
        (Some(date), false) => t!("crm-due-on", date = format::date(date)),
        (Some(date), true) => t!("crm-done-was-due", date = format::date(date)),
        (None, _) => t!("crm-follow-up-none"),
    }
}

impl Screen for InteractionDetail {
    fn title(&self) -> String {
        match &self.interaction {
            Some(i) => t!(
                "crm-interaction-title",
                id = i.id.to_string(),
                subject = i.subject.as_str()
            ),
            None => t!("crm-interaction-title-id", id = self.id.to_string()),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(
            action,
            Action::Edit | Action::OpenCustomer | Action::ToggleDone
        )
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match (action, &self.interaction) {
            (Action::OpenCustomer, _) => Outcome::Open(Route::Customer(self.customer_id)),
            (Action::ToggleDone, Some(interaction)) => complete_follow_up(session, interaction),
            (Action::ToggleDone, None) => complete_follow_up_of_nothing(),
            (Action::Edit, interaction) => edit(session, interaction.as_ref()),
            _ => Outcome::Ignored,
        }
    }

    /// The interaction and its customer's name.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::INTERACTIONS | Change::CUSTOMERS)
    }

    fn refresh(&mut self, session: &Session) {
        self.interaction = reload(session, self.id);
        if let Some(interaction) = &self.interaction {
            self.customer_id = interaction.customer_id;
        }
        self.customer = customer_label(session, self.customer_id);
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(i) = &self.interaction else {
            let gone = t!("crm-interaction-gone", id = self.id.to_string());
            panel(
                frame,
                area,
                theme,
                &t!("crm-interaction"),
                vec![Line::raw(gone)],
            );
            return;
        };
        let [top, bottom] =
            Layout::vertical([Constraint::Length(11), Constraint::Min(3)]).areas(area);
        let rows = [
            (t!("crm-label-customer"), self.customer.clone()),
            (t!("crm-label-contact"), i.contact.clone()),
            (t!("crm-label-channel"), i.channel.label()),
            (t!("crm-label-subject"), i.subject.clone()),
            (t!("crm-label-outcome"), i.outcome.clone()),
            (t!("crm-label-duration"), shown_duration(i.duration)),
            (t!("crm-label-agent"), i.agent.clone()),
            (t!("crm-label-at"), format::instant(i.at)),
            (t!("crm-label-follow-up"), follow_up_text(i)),
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
            "crm-interaction-version",
            id = i.id.to_string(),
            version = i.version.to_string()
        );
        panel(frame, top, theme, &title, lines);
        let block = Block::bordered()
            .title(theme.text(&t!("crm-label-notes")).into_owned())
            .border_style(theme.style(Role::Border));
        let body = Paragraph::new(theme.text(&i.body).into_owned())
            .wrap(Wrap { trim: false })
            .block(block);
        frame.render_widget(body, bottom);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Edit,
            Action::OpenCustomer,
            Action::ToggleDone,
            Action::Back,
        ]
    }
}
