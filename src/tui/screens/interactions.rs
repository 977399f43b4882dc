//! Interactions: the open follow-ups due (default), or every interaction, newest first;
//! Enter opens an interaction's detail, the open-customer key its customer; `e` edits it;
//! Space completes a follow-up; the create key logs an interaction (the customer picker
//! first, then the log form); the switch key (`v`) switches between follow-ups due and all
//! interactions. The list holds at most `ROWS` (the ones logged last, or the first due).
//! Search as you type: over all interactions it searches the whole history
//! (`interaction_history`, a slice per `Screen::work`); over the follow-ups due it filters
//! the loaded list when that is all of them, else it searches every follow-up due the same
//! way. Room: tui.

use super::shown::channel_width;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use super::interaction_forms::{complete_follow_up, complete_follow_up_of_nothing, edit};
use super::interaction_history::HistorySearch;
use super::kind::INTERACTIONS;
use super::picker::{Picker, PickerKind};
use crate::core::Change;
use crate::core::query::{
    InteractionFilter, Scope, get_customer, list_interactions, recent_interactions,
    with_customer_names,
};
use crate::domain::Interaction;
use crate::lang::format;
use crate::t;
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{FilteredList, TableView, answers_list};

/// Interactions loaded at most.
const ROWS: usize = 500;

pub struct Interactions {
    /// Only open follow-ups due today or earlier.
    due_only: bool,
    /// Each interaction with its customer's name.
    list: FilteredList<(Interaction, String)>,
    /// The line above the list naming this session's keys for search and the switch.
    hint: String,
    /// Over all interactions with a query: the search over the whole history, shown
    /// instead of the list.
    history: Option<HistorySearch>,
}

impl Interactions {
    pub fn new(session: &Session) -> Interactions {
        let mut screen = Interactions {
            due_only: true,
            list: FilteredList::new(|(i, name)| format!("{} {name}", i.subject)),
            hint: format!(
                " {}",
                t!(
                    "crm-interactions-hint",
                    search = session.keys.key("list", Action::Search),
                    create = session.keys.key("list", Action::Create),
                    switch = session.keys.key("list", Action::SwitchView)
                )
            ),
            history: None,
        };
        screen.refresh(session);
        screen
    }

    fn selected(&self) -> Option<&Interaction> {
        match &self.history {
            Some(history) => history.selected(),
            None => self.list.selected().map(|(i, _)| i),
        }
    }

    /// A new query: searches the whole history over all interactions, and every follow-up
    /// due when not all of them are loaded (else the loaded list, filtered already, is
    /// all of them; so is an empty query).
    fn search_again(&mut self, session: &Session) {
        let text = self.list.search.text();
        let scope = if !self.due_only {
            Scope::All
        } else if self.list.loaded() >= ROWS {
            Scope::DueBy(session.today())
        } else {
            self.history = None;
            return;
        };
        self.history = (!text.is_empty()).then(|| HistorySearch::start(text, scope, session));
    }

    /// The title with how far back the list (and so the search) reaches.
    fn reach(&self) -> String {
        if let Some(history) = &self.history {
            return format!("{} — {}", self.title(), history.reach());
        }
        let loaded = self.list.loaded();
        if loaded < ROWS {
            return t!(
                "crm-interactions-reach-all",
                title = self.title(),
                count = loaded
            );
        }
        if self.due_only {
            return t!(
                "crm-interactions-reach-due",
                title = self.title(),
                count = ROWS
            );
        }
        let oldest = self.list.all().map(|(i, _)| i.at).min();
        t!(
            "crm-interactions-reach-logged",
            title = self.title(),
            count = ROWS,
            since = oldest.map(|at| format::date(at.date())).unwrap_or_default()
        )
    }
}

impl Screen for Interactions {
    fn title(&self) -> String {
        if self.due_only {
            t!("crm-interactions-due-title")
        } else {
            t!("crm-interactions-title")
        }
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(
            action,
            &[
                Action::Open,
                Action::Create,
                Action::Edit,
                Action::OpenCustomer,
                Action::Search,
                Action::SwitchView,
                Action::ToggleDone,
            ],
        )
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let before = self.list.search.text().to_string();
        let outcome = self.list.on_key(key);
        if self.list.search.text() != before {
            self.search_again(session);
        }
        outcome
    }

    fn on_paste(&mut self, text: &str, session: &Session) -> Outcome {
        let outcome = self.list.on_paste(text);
        self.search_again(session);
        outcome
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let moved = match &mut self.history {
            Some(history) if action != Action::Search => history.navigate(action),
            _ => self.list.on_action(action),
        };
        if moved {
            return Outcome::Handled;
        }
        match action {
            Action::Create => {
                Outcome::Push(Box::new(Picker::new(PickerKind::Customer, "", session)))
            }
            Action::SwitchView => {
                self.due_only = !self.due_only;
                self.refresh(session);
                self.search_again(session);
                Outcome::Status(if self.due_only {
                    t!("crm-interactions-showing-due")
                } else {
                    t!("crm-interactions-showing-all")
                })
            }
            Action::Open => match self.selected() {
                Some(i) => Outcome::Open(Route::Record(INTERACTIONS, i.id)),
                None => Outcome::Refuse(t!("crm-nothing-selected")),
            },
            Action::OpenCustomer => match self.selected() {
                Some(i) => Outcome::Open(Route::Customer(i.customer_id)),
                None => Outcome::Refuse(t!("crm-nothing-selected")),
            },
            Action::Edit => edit(session, self.selected()),
            Action::ToggleDone => match self.selected() {
                Some(interaction) => complete_follow_up(session, interaction),
                None => complete_follow_up_of_nothing(),
            },
            _ => Outcome::Ignored,
        }
    }

    /// The customer picked for a new interaction: its log form.
    fn on_result(&mut self, value: String, session: &Session) -> Outcome {
        let id = value.parse::<u64>().unwrap_or_default();
        match get_customer(session.store(), &session.actor, id) {
            Ok(Some(customer)) => Outcome::Open(Route::LogCall(Box::new(customer), None)),
            Ok(None) => Outcome::Refuse(t!("crm-customer-missing", id = value.as_str())),
            Err(error) => Outcome::Refuse(error.to_string()),
        }
    }

    /// Interactions with their customers' names.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::INTERACTIONS | Change::CUSTOMERS)
    }

    fn refresh(&mut self, session: &Session) {
        let interactions = if self.due_only {
            let filter = InteractionFilter {
                due: Some(session.today()),
                ..Default::default()
            };
            list_interactions(session.store(), &session.actor, &filter, ROWS).unwrap_or_default()
        } else {
            recent_interactions(session.store(), &session.actor, ROWS).unwrap_or_default()
        };
        self.list.set(
            with_customer_names(session.store(), &session.actor, interactions).unwrap_or_default(),
        );
        if let Some(history) = &mut self.history {
            history.reload(session);
        }
    }

    fn working(&self) -> bool {
        self.history.as_ref().is_some_and(HistorySearch::working)
    }

    fn work(&mut self, session: &Session) {
        if let Some(history) = &mut self.history {
            history.step(session);
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [search, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = if self.list.search.shown() {
            format!(" / {}", self.list.search.query_shown(area.width, theme))
        } else {
            self.hint.clone()
        };
        frame.render_widget(
            Paragraph::new(theme.text(&hint).into_owned()).style(theme.style(Role::Muted)),
            search,
        );
        // The search's rows and cursor while a search shows, else the list's.
        let (shown, selected, top): (Box<dyn Iterator<Item = &(Interaction, String)>>, _, _) =
            match &self.history {
                Some(history) => (
                    Box::new(history.rows().iter()),
                    history.highlighted(),
                    history.cursor.top(),
                ),
                None => (
                    Box::new(self.list.shown()),
                    self.list.highlighted(),
                    self.list.cursor.top(),
                ),
            };
        let rows: Vec<Vec<String>> = shown
            .map(|(i, name)| {
                vec![
                    format::date(i.at.date()),
                    i.channel.short_label(),
                    name.clone(),
                    i.subject.clone(),
                    i.agent.clone(),
                    i.open_follow_up().map(format::date).unwrap_or_default(),
                ]
            })
            .collect();
        let widths = [
            Constraint::Length(10),
            Constraint::Length(channel_width(8)),
            Constraint::Length(18),
            Constraint::Min(12),
            Constraint::Length(6),
            Constraint::Length(10),
        ];
        TableView {
            title: &self.reach(),
            header: &[
                &t!("crm-column-date"),
                &t!("crm-column-channel"),
                &t!("crm-column-customer"),
                &t!("crm-column-subject"),
                &t!("crm-column-agent"),
                &t!("crm-column-due"),
            ],
            widths: &widths,
            rows: &rows,
            selected,
            top: Some(top),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Search,
            Action::Open,
            Action::Edit,
            Action::ToggleDone,
            Action::Create,
            Action::SwitchView,
            Action::Back,
        ]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        match action {
            Action::Create => Some(crate::t!("tui-meaning-log")),
            Action::SwitchView => Some(crate::t!("tui-meaning-due-all")),
            _ => None,
        }
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        self.list.search.cursor(area, theme)
    }
}
