//! One service ticket: a header (number, queue, status, priority, owner, customer and
//! contact or sender, the running SLA clocks with their due times) over its article timeline, newest last — each article with its kind,
//! author, time in the user's time zone, public or internal, the delivery state of a mail
//! out, its attachments, then its text — scrolled with the arrow and page keys and opened
//! at the newest. Keys: answer and note (the editor, `ticket_editor`), status and priority
//! (pickers), owner and merge (one-field forms, `ticket_actions`), all through routes. A merged ticket's
//! number opens the ticket it lives on, saying so. Room: tui — data only through `core`.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::picker::{Picker, PickerKind};
use super::refused::refusal;
use super::ticket_sla;
use crate::core::tickets::{TicketCommand, TicketView, show, sla_of};
use crate::core::{Change, Command};
use crate::domain::ticket::{Article, Delivery, Priority, TicketStatus};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{panel, wrap};

/// What a picker opened by the screen was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    Status,
    Priority,
}

/// The ticket detail screen.
pub struct TicketDetail {
    number: String,
    view: Option<TicketView>,
    error: Option<String>,
    /// The first timeline line shown; `usize::MAX` follows the newest article.
    scroll: usize,
    /// The largest first line the last drawing allowed (to scroll up from the end).
    bottom: Cell<usize>,
    asked: Option<Asked>,
    /// The running SLA clocks as header lines, with their standing.
    sla: Vec<(String, Option<Role>)>,
}

impl TicketDetail {
    pub fn new(number: String, session: &Session) -> TicketDetail {
        let mut screen = TicketDetail {
            number,
            view: None,
            error: None,
            scroll: usize::MAX,
            bottom: Cell::new(0),
            asked: None,
            sla: Vec::new(),
        };
        screen.refresh(session);
        screen
    }

    fn head(&self, view: &TicketView, theme: &Theme) -> Vec<Line<'static>> {
        let ticket = &view.ticket;
        let label = |key: &str| crate::lang::text(key);
        let muted = theme.style(Role::Muted);
        let pair = |name: &str, value: String| {
            vec![
                ratatui::text::Span::styled(format!("{} ", label(name)), muted),
                ratatui::text::Span::raw(theme.text(&value).into_owned()),
                ratatui::text::Span::raw("  "),
            ]
        };
        let who = match (&view.customer_name, &ticket.contact, &ticket.sender) {
            (Some(name), Some(contact), _) => format!("{name} / {contact}"),
            (Some(name), None, _) => name.clone(),
            (None, _, Some(sender)) => sender.clone(),
            (None, _, None) => "-".to_string(),
        };
        let owner = ticket.owner.clone().unwrap_or_else(|| "-".to_string());
        let mut lines = vec![
            Line::from(
                [
                    pair("ticket-tui-queue", view.queue.name.clone()),
                    pair("ticket-tui-status", ticket.status.label()),
                    pair("ticket-tui-col-priority", ticket.priority.label()),
                ]
                .concat(),
            ),
            Line::from(
                [
                    pair("ticket-tui-col-owner", owner),
                    pair("ticket-tui-customer", who),
                ]
                .concat(),
            ),
            Line::from(pair("ticket-tui-col-subject", ticket.subject.clone())),
        ];
        for (text, role) in &self.sla {
            let style = theme.style(role.unwrap_or(Role::Normal));
            lines.push(Line::styled(theme.text(text).into_owned(), style));
        }
        if let Some(from) = view.merged_from {
            lines.push(Line::styled(
                crate::t!("ticket-tui-merged-from", number = from.to_string()),
                theme.style(Role::Warning),
            ));
        }
        lines
    }

    /// The timeline: per article a heading line, its attachments, its text wrapped.
    fn timeline(view: &TicketView, width: usize, theme: &Theme) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        for article in &view.ticket.articles {
            lines.push(Line::styled(
                theme.text(&heading(article)).into_owned(),
                theme.style(if article.public {
                    Role::Header
                } else {
                    Role::Highlight
                }),
            ));
            for attachment in &article.attachments {
                let size = format::integer(i64::try_from(attachment.size).unwrap_or(i64::MAX));
                let line = crate::t!(
                    "ticket-tui-attachment",
                    name = attachment.name.as_str(),
                    bytes = size
                );
                lines.push(Line::styled(
                    theme.text(&line).into_owned(),
                    theme.style(Role::Muted),
                ));
            }
            for text in article.text.lines() {
                for part in wrap(text, width.max(10)) {
                    lines.push(Line::raw(theme.text(&part).into_owned()));
                }
            }
            lines.push(Line::raw(""));
        }
        lines
    }

    fn ticket_command(&self, session: &Session, command: TicketCommand) -> Outcome {
        match session.execute(Command::Ticket(command)) {
            Ok(_) => Outcome::Saved(
                crate::t!("ticket-tui-saved", number = self.number.as_str()),
                After::Stay,
            ),
            Err(error) => refusal(error),
        }
    }
}

/// `#3 Mail in · anna@example.com · 2026-12-05T14:30:00+01:00 · public · sent`.
fn heading(article: &Article) -> String {
    let mut parts = vec![
        format!("#{} {}", article.seq, article.kind.label()),
        article.author.clone(),
        format::instant(article.at),
        match article.public {
            true => crate::t!("ticket-tui-public"),
            false => crate::t!("ticket-tui-internal"),
        },
    ];
    if article.automatic {
        parts.push(crate::t!("ticket-tui-automatic"));
    }
    if let Some(delivery) = &article.delivery {
        parts.push(match delivery {
            Delivery::Queued => crate::t!("ticket-tui-delivery-queued"),
            Delivery::Sent { .. } => crate::t!("ticket-tui-delivery-sent"),
            Delivery::Failed { reply, .. } => {
                crate::t!("ticket-tui-delivery-failed", reply = reply.as_str())
            }
        });
    }
    parts.join(" · ")
}

impl Screen for TicketDetail {
    fn title(&self) -> String {
        crate::t!("ticket-tui-detail-title", number = self.number.as_str())
    }

    fn layer(&self) -> &'static str {
        "ticket"
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        let Some(view) = &self.view else {
            return Outcome::Ignored;
        };
        let number = view.ticket.number.to_string();
        let bottom = self.bottom.get();
        let at = self.scroll.min(bottom);
        match action {
            Action::Up => self.scroll = at.saturating_sub(1),
            Action::Down => self.scroll = at + 1,
            Action::PageUp => self.scroll = at.saturating_sub(10),
            Action::PageDown => self.scroll = at + 10,
            Action::First => self.scroll = 0,
            Action::Last => self.scroll = usize::MAX,
            Action::TicketNote => return Outcome::Open(Route::TicketNote(number)),
            Action::TicketAnswer => return Outcome::Open(Route::TicketAnswer(number)),
            Action::TicketStatus => {
                self.asked = Some(Asked::Status);
                let current = view.ticket.status.name();
                let picker = Picker::new(PickerKind::TicketStatus, current, session);
                return Outcome::Push(Box::new(picker));
            }
            Action::TicketPriority => {
                self.asked = Some(Asked::Priority);
                let current = view.ticket.priority.name();
                let picker = Picker::new(PickerKind::TicketPriority, current, session);
                return Outcome::Push(Box::new(picker));
            }
            Action::TicketAssign => return Outcome::Open(Route::AssignTicket(number)),
            Action::TicketMerge => return Outcome::Open(Route::MergeTicket(number)),
            Action::TicketLink => return Outcome::Open(Route::LinkTicket(number)),
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn on_result(&mut self, value: String, session: &Session) -> Outcome {
        let ticket = self.number.clone();
        let command = match self.asked.take() {
            Some(Asked::Status) => match TicketStatus::parse(&value) {
                Ok(status) => TicketCommand::Status { ticket, status },
                Err(invalid) => return Outcome::Refuse(invalid.to_string()),
            },
            Some(Asked::Priority) => match Priority::parse(&value) {
                Ok(priority) => TicketCommand::Priority { ticket, priority },
                Err(invalid) => return Outcome::Refuse(invalid.to_string()),
            },
            None => return Outcome::Handled,
        };
        self.ticket_command(session, command)
    }

    fn shows(&self, change: Change) -> bool {
        !change.is_empty()
    }

    fn refresh(&mut self, session: &Session) {
        match show(session.store(), &session.actor, &self.number) {
            Ok(view) => {
                let (store, actor) = (session.store(), &session.actor);
                let now = session.clock.now();
                let clocks = sla_of(store, actor, view.ticket.clone(), now);
                self.sla = match clocks {
                    Ok(clocks) => ticket_sla::lines(&clocks.report),
                    Err(_) => Vec::new(),
                };
                self.view = Some(view);
                self.error = None;
            }
            Err(error) => {
                self.view = None;
                self.error = Some(error.to_string());
            }
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let Some(view) = &self.view else {
            let message = self.error.clone().unwrap_or_default();
            panel(frame, area, theme, &self.title(), vec![Line::raw(message)]);
            return;
        };
        let head = self.head(view, theme);
        let height = u16::try_from(head.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let [top, body] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(3)]).areas(area);
        let title = crate::t!(
            "ticket-tui-detail-title",
            number = view.ticket.number.to_string()
        );
        panel(frame, top, theme, &title, head);
        let width = usize::from(body.width.saturating_sub(2));
        let lines = Self::timeline(view, width, theme);
        let shown = usize::from(body.height.saturating_sub(2));
        let bottom = lines.len().saturating_sub(shown);
        self.bottom.set(bottom);
        let first = self.scroll.min(bottom);
        let visible: Vec<Line> = lines.into_iter().skip(first).take(shown).collect();
        let block = ratatui::widgets::Block::bordered()
            .title(theme.text(&crate::t!("ticket-tui-articles")).into_owned())
            .border_style(theme.style(Role::Border));
        frame.render_widget(Paragraph::new(visible).block(block), body);
    }

    fn legend(&self) -> Vec<Action> {
        vec![
            Action::TicketAnswer,
            Action::TicketNote,
            Action::TicketStatus,
            Action::TicketPriority,
            Action::TicketAssign,
            Action::TicketMerge,
            Action::TicketLink,
            Action::Back,
        ]
    }
}
