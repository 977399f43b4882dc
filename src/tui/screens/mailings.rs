//! The marketing mailings and where each one's sending stands: the list (newest first, with
//! sent / failed / uncertain / remaining from the send ledger) and one mailing's progress,
//! read again every second while it is sending — the server's background hands its sends
//! over (`kontor serve`), or `kontor mailing send` does. From both: V previews the letter
//! per recipient, T lists who is not mailed and why (the dry run, `mailing_letters`), M
//! sends after a y/n that names how many recipients get it: the same `core::mailing::plan`
//! as `kontor mailing send` writes the ledger and marks the mailing sending; nothing is
//! sent twice (see `core::mailing`). Needs the right to read marketing; sending, to write
//! it. Room: tui — data only through `core`.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::core::mailing::{self, Status};
use crate::core::{Change, CoreError};
use crate::domain::mailing::MailingState;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel};

/// How often a sending mailing's progress is read again.
const EVERY: Duration = Duration::from_secs(1);

/// The counts of one mailing's ledger a person follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub sent: usize,
    pub failed: usize,
    pub uncertain: usize,
    pub suppressed: usize,
    /// Planned, being handed over, or deferred: what is still to go.
    pub remaining: usize,
}

impl Progress {
    fn of(status: &Status) -> Progress {
        let mut progress = Progress::default();
        for (name, count) in &status.counts {
            match *name {
                "sent" => progress.sent += count,
                "failed" => progress.failed += count,
                "uncertain" => progress.uncertain += count,
                "suppressed" => progress.suppressed += count,
                _ => progress.remaining += count,
            }
        }
        progress
    }
}

/// The mailing's state in the current language.
fn state_text(state: MailingState) -> String {
    match state {
        MailingState::Draft => crate::t!("mailing-tui-state-draft"),
        MailingState::Sending => crate::t!("mailing-tui-state-sending"),
        MailingState::Sent => crate::t!("mailing-tui-state-sent"),
        MailingState::Paused => crate::t!("mailing-tui-state-paused"),
    }
}

/// What the preview, dry run and send actions do with mailing `id`, on the list and on the
/// progress alike.
fn act(action: Action, id: u64, asking: &mut Option<u64>, session: &Session) -> Outcome {
    match action {
        Action::MailingPreview => Outcome::Open(Route::MailingPreview(id)),
        Action::MailingDryRun => Outcome::Open(Route::MailingDryRun(id)),
        Action::MailingSend => {
            match mailing::get(session.store(), &session.actor, id).and_then(|m| {
                let now = session.clock.now();
                Ok((
                    mailing::audience(session.store(), &session.actor, &m, now)?,
                    m,
                ))
            }) {
                Ok((_, m)) if m.state == MailingState::Sent => Outcome::Refuse(crate::t!(
                    "mailing-tui-already-sent",
                    name = m.name.as_str()
                )),
                Ok((members, m)) => {
                    let count = members.iter().filter(|m| m.skip.is_none()).count();
                    *asking = Some(id);
                    Outcome::Confirm(
                        crate::t!(
                            "mailing-tui-send-question",
                            name = m.name.as_str(),
                            count = count
                        ),
                        action,
                    )
                }
                Err(error) => Outcome::Refuse(error.to_string()),
            }
        }
        _ => Outcome::Ignored,
    }
}

/// The y of the send question: plans the ledger (`kontor mailing send`'s first step) and
/// opens the progress.
fn send(id: u64, session: &Session) -> Outcome {
    let now = session.clock.now();
    match mailing::plan(session.store(), &session.actor, id, now) {
        Ok(planned) => {
            session.note(Change::ALL);
            Outcome::Saved(
                crate::t!("mailing-tui-planned", count = planned),
                After::Open(Route::Mailing(id)),
            )
        }
        Err(error) => Outcome::Refuse(error.to_string()),
    }
}

const ACTIONS: [Action; 3] = [
    Action::MailingPreview,
    Action::MailingDryRun,
    Action::MailingSend,
];

/// One mailing in the list.
struct Row {
    status: Status,
    progress: Progress,
}

fn load(session: &Session) -> Result<Vec<Row>, CoreError> {
    let mut rows = Vec::new();
    for found in mailing::list(session.store(), &session.actor)? {
        let status = mailing::status(session.store(), &session.actor, found.id)?;
        let progress = Progress::of(&status);
        rows.push(Row { status, progress });
    }
    Ok(rows)
}

/// The mailings.
pub struct MailingList {
    rows: Vec<Row>,
    cursor: Cursor,
    error: Option<String>,
    asking: Option<u64>,
}

impl MailingList {
    pub fn new(session: &Session) -> MailingList {
        let mut list = MailingList {
            rows: Vec::new(),
            cursor: Cursor::default(),
            error: None,
            asking: None,
        };
        list.refresh(session);
        list
    }
}

impl Screen for MailingList {
    fn title(&self) -> String {
        crate::t!("mailing-tui-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open]) || ACTIONS.contains(&action)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.rows.len()) {
            return Outcome::Handled;
        }
        let Some(id) = self
            .rows
            .get(self.cursor.index)
            .map(|r| r.status.mailing.id)
        else {
            return match action == Action::Open || ACTIONS.contains(&action) {
                true => Outcome::Refuse(crate::t!("mailing-tui-none")),
                false => Outcome::Ignored,
            };
        };
        match action {
            Action::Open => Outcome::Open(Route::Mailing(id)),
            _ => act(action, id, &mut self.asking, session),
        }
    }

    fn on_confirmed(&mut self, _action: Action, session: &Session) -> Outcome {
        match self.asking.take() {
            Some(id) => send(id, session),
            None => Outcome::Handled,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match load(session) {
            Ok(rows) => {
                self.rows = rows;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.rows.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = crate::t!("mailing-tui-hint", count = self.rows.len());
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("mailing-tui-col-id"),
            crate::t!("mailing-tui-col-name"),
            crate::t!("mailing-tui-col-state"),
            format!("{:>6}", crate::t!("mailing-tui-col-sent")),
            format!("{:>6}", crate::t!("mailing-tui-col-failed")),
            format!("{:>6}", crate::t!("mailing-tui-col-uncertain")),
            format!("{:>6}", crate::t!("mailing-tui-col-remaining")),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let number = |n: usize| format!("{:>6}", crate::lang::format::decimal(n.into()));
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| {
                let (m, p) = (&row.status.mailing, &row.progress);
                vec![
                    m.id.to_string(),
                    m.name.clone(),
                    state_text(m.state),
                    number(p.sent),
                    number(p.failed),
                    number(p.uncertain),
                    number(p.remaining),
                ]
            })
            .collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &[
                Constraint::Length(4),
                Constraint::Min(16),
                Constraint::Length(12),
                Constraint::Length(6),
                Constraint::Length(6),
                Constraint::Length(6),
                Constraint::Length(6),
            ],
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::Open,
            Action::MailingPreview,
            Action::MailingDryRun,
            Action::MailingSend,
            Action::Back,
        ]
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}

/// One mailing's progress, read again every second while it is sending.
pub struct MailingDetail {
    id: u64,
    status: Option<Status>,
    error: Option<String>,
    asking: Option<u64>,
    /// The second passed: read the ledger again.
    stale: bool,
}

impl MailingDetail {
    pub fn new(id: u64, session: &Session) -> MailingDetail {
        let mut detail = MailingDetail {
            id,
            status: None,
            error: None,
            asking: None,
            stale: false,
        };
        detail.refresh(session);
        detail
    }

    fn sending(&self) -> bool {
        self.status
            .as_ref()
            .is_some_and(|s| s.mailing.state == MailingState::Sending)
    }
}

impl Screen for MailingDetail {
    fn title(&self) -> String {
        match &self.status {
            Some(s) => crate::t!("mailing-tui-detail-title", name = s.mailing.name.as_str()),
            None => crate::t!("mailing-tui-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        ACTIONS.contains(&action)
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        act(action, self.id, &mut self.asking, session)
    }

    fn on_confirmed(&mut self, _action: Action, session: &Session) -> Outcome {
        match self.asking.take() {
            Some(id) => {
                let outcome = send(id, session);
                self.refresh(session);
                match outcome {
                    Outcome::Saved(said, _) => Outcome::Saved(said, After::Stay),
                    other => other,
                }
            }
            None => Outcome::Handled,
        }
    }

    fn refresh(&mut self, session: &Session) {
        self.stale = false;
        match mailing::status(session.store(), &session.actor, self.id) {
            Ok(status) => {
                self.status = Some(status);
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn next_tick(&self) -> Option<Duration> {
        self.sending().then_some(EVERY)
    }

    fn on_tick(&mut self) -> bool {
        self.stale = self.sending();
        false
    }

    fn working(&self) -> bool {
        self.stale
    }

    fn work(&mut self, session: &Session) {
        self.refresh(session);
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(status) = &self.status else {
            let error = self.error.clone().unwrap_or_default();
            crate::tui::widgets::error_panel(frame, area, theme, &self.title(), &error);
            return;
        };
        let m = &status.mailing;
        let p = Progress::of(status);
        let number = |n: usize| crate::lang::format::decimal(n.into());
        let pairs = [
            ("mailing-tui-state", state_text(m.state)),
            ("mailing-tui-subject", m.subject.clone()),
            ("mailing-tui-purpose", m.purpose.clone()),
            ("mailing-tui-sent", number(p.sent)),
            ("mailing-tui-failed", number(p.failed)),
            ("mailing-tui-uncertain", number(p.uncertain)),
            ("mailing-tui-suppressed", number(p.suppressed)),
            ("mailing-tui-remaining", number(p.remaining)),
        ];
        let mut lines: Vec<Line> = pairs
            .iter()
            .map(|(key, value)| field_line(theme, &crate::lang::text(key), value, 18))
            .collect();
        let note = match m.state {
            MailingState::Sending => {
                Some(crate::t!("mailing-tui-sending-note", id = m.id.to_string()))
            }
            MailingState::Draft => Some(crate::t!("mailing-tui-draft-note")),
            _ => None,
        };
        if let Some(note) = note {
            lines.push(Line::raw(""));
            for line in crate::tui::widgets::wrap(&note, usize::from(area.width.saturating_sub(2)))
            {
                lines.push(Line::styled(
                    line,
                    theme.style(crate::tui::theme::Role::Muted),
                ));
            }
        }
        if !status.uncertain.is_empty() || !status.failed.is_empty() {
            lines.push(Line::raw(""));
        }
        for address in &status.uncertain {
            let said = crate::t!("mailing-uncertain-address", address = address.as_str());
            lines.push(Line::styled(
                said,
                theme.style(crate::tui::theme::Role::Warning),
            ));
        }
        for (address, code, reply) in &status.failed {
            let said = format!("{address}  {code} {reply}");
            lines.push(Line::styled(
                said,
                theme.style(crate::tui::theme::Role::Error),
            ));
        }
        panel(frame, area, theme, &self.title(), lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::MailingPreview,
            Action::MailingDryRun,
            Action::MailingSend,
            Action::Back,
        ]
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}
