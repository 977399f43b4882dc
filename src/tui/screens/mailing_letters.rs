//! A mailing seen before it is sent: the preview — the letter each member of the audience
//! would read, subject and text with the salutation and every merge field filled
//! (`mail::mailing::letter`, what `kontor mailing preview` prints), one recipient at a time
//! (Up/Down move to the previous or next) — and the dry run: every member that is *not*
//! mailed, with the reason (no address, suppressed, a duplicate address), and how many are.
//! Room: tui — data only through `core` (the letter is the mail room's, as the CLI's).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::core::mail_settings::MailSettings;
use crate::core::mailing::{self, Member};
use crate::core::{Change, CoreError};
use crate::domain::mailing::Mailing;
use crate::mail::mailing::{Letter, Tokens, letter};
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list, field_line, panel, wrap};

/// The mailing and its audience.
fn audience(id: u64, session: &Session) -> Result<(Mailing, Vec<Member>), CoreError> {
    let found = mailing::get(session.store(), &session.actor, id)?;
    let members = mailing::audience(session.store(), &session.actor, &found, session.clock.now())?;
    Ok((found, members))
}

/// The letter to each member with an address, one at a time.
pub struct Preview {
    id: u64,
    /// The mailing's name, and each member with an address and its letter.
    name: String,
    letters: Vec<(Member, Letter)>,
    cursor: Cursor,
    error: Option<String>,
}

impl Preview {
    pub fn new(id: u64, session: &Session) -> Preview {
        let mut preview = Preview {
            id,
            name: String::new(),
            letters: Vec::new(),
            cursor: Cursor::default(),
            error: None,
        };
        preview.refresh(session);
        preview
    }

    fn load(&mut self, session: &Session) -> Result<(), CoreError> {
        let (found, members) = audience(self.id, session)?;
        // The links of a preview name no send: `kontor mailing preview` signs send 0 too.
        let tokens = Tokens::of(session.store(), 0)?;
        let link_base = MailSettings::load(session.store())?.link_base;
        self.name = found.name.clone();
        self.letters = members
            .into_iter()
            .filter_map(|member| {
                let address = member.address.clone()?;
                let written = letter(&found, &member.recipient, &address, &tokens, &link_base);
                Some((member, written))
            })
            .collect();
        Ok(())
    }
}

impl Screen for Preview {
    fn title(&self) -> String {
        crate::t!("mailing-tui-preview-title", name = self.name.as_str())
    }

    fn layer(&self) -> &'static str {
        "detail"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        match self.cursor.navigate(action, self.letters.len()) {
            true => Outcome::Handled,
            false => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        self.error = self.load(session).err().map(|error| error.to_string());
        self.cursor.clamp(self.letters.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some((member, written)) = self.letters.get(self.cursor.index) else {
            let said = self
                .error
                .clone()
                .unwrap_or_else(|| crate::t!("mailing-tui-preview-nobody"));
            crate::tui::widgets::error_panel(frame, area, theme, &self.title(), &said);
            return;
        };
        let width = usize::from(area.width.saturating_sub(2));
        let who = crate::t!(
            "mailing-tui-preview-who",
            number = self.cursor.index + 1,
            count = self.letters.len()
        );
        let mut to = format!(
            "{} <{}>",
            member.recipient.name,
            member.address.as_deref().unwrap_or_default()
        );
        if let Some(skip) = member.skip {
            to.push_str(&format!(" — {}", skip.label()));
        }
        let mut lines = vec![
            Line::styled(who, theme.style(Role::Muted)),
            field_line(theme, &crate::t!("mailing-preview-to"), &to, 10),
            field_line(
                theme,
                &crate::t!("mailing-preview-subject"),
                &written.subject,
                10,
            ),
            Line::raw(""),
        ];
        for paragraph in written.text.lines() {
            match paragraph.trim().is_empty() {
                true => lines.push(Line::raw("")),
                false => lines.extend(
                    wrap(paragraph, width)
                        .into_iter()
                        .map(|line| Line::raw(theme.text(&line).into_owned())),
                ),
            }
        }
        panel(frame, area, theme, &self.title(), lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Up, Action::Down, Action::Back]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        match action {
            Action::Up => Some(crate::t!("mailing-tui-previous")),
            Action::Down => Some(crate::t!("mailing-tui-next")),
            _ => None,
        }
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}

/// Who of the audience is not mailed, and why.
pub struct DryRun {
    id: u64,
    name: String,
    skipped: Vec<Member>,
    mailed: usize,
    cursor: Cursor,
    error: Option<String>,
}

impl DryRun {
    pub fn new(id: u64, session: &Session) -> DryRun {
        let mut dry = DryRun {
            id,
            name: String::new(),
            skipped: Vec::new(),
            mailed: 0,
            cursor: Cursor::default(),
            error: None,
        };
        dry.refresh(session);
        dry
    }
}

impl Screen for DryRun {
    fn title(&self) -> String {
        crate::t!("mailing-tui-dry-run-title", name = self.name.as_str())
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if self.cursor.navigate(action, self.skipped.len()) {
            return Outcome::Handled;
        }
        match (action, self.skipped.get(self.cursor.index)) {
            (Action::Open, Some(member)) => {
                Outcome::Open(Route::Customer(member.recipient.customer))
            }
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, session: &Session) {
        match audience(self.id, session) {
            Ok((found, members)) => {
                self.name = found.name;
                let (skipped, mailed): (Vec<Member>, Vec<Member>) =
                    members.into_iter().partition(|m| m.skip.is_some());
                self.skipped = skipped;
                self.mailed = mailed.len();
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        self.cursor.clamp(self.skipped.len());
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let hint = crate::t!(
            "mailing-dry-run-summary",
            mailed = self.mailed,
            skipped = self.skipped.len()
        );
        super::sales::hint_line(frame, line, theme, self.error.as_deref(), &hint);
        let header = [
            crate::t!("mailing-tui-col-customer"),
            crate::t!("mailing-tui-col-name"),
            crate::t!("mailing-tui-col-address"),
            crate::t!("mailing-tui-col-reason"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = self
            .skipped
            .iter()
            .map(|m| {
                vec![
                    m.recipient.customer.to_string(),
                    m.recipient.name.clone(),
                    m.address.clone().unwrap_or_else(|| "-".to_string()),
                    m.skip.map(|skip| skip.label()).unwrap_or_default(),
                ]
            })
            .collect();
        TableView {
            title: &self.title(),
            header: &header,
            widths: &[
                Constraint::Length(6),
                Constraint::Min(14),
                Constraint::Min(18),
                Constraint::Length(28),
            ],
            rows: &rows,
            selected: (!rows.is_empty()).then_some(self.cursor.index),
            top: Some(self.cursor.top()),
        }
        .render(frame, list, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::Back]
    }

    fn meaning(&self, action: Action) -> Option<String> {
        (action == Action::Open).then(|| crate::t!("mailing-tui-open-customer"))
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }
}
