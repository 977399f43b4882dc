//! The segment editor: the name and the filter in its compact text form
//! (`status=customer; tags-any=vip; country=DE`, parsed by `domain::segment::parse_filter`
//! as the CLI parses it), with the **live count** under them — how many customers the
//! filter holds as typed, how they were found (an index or a scan), and the first of them.
//! The count is worked out as pending work (`Screen::work`): the App runs it only once no
//! typed key waits, so a burst of typing costs one evaluation, not one per key. Tab moves
//! between the two inputs, save (C-x) writes the segment through `SegmentCommand`, Esc
//! leaves (asking first when something was typed). A `selects=contacts|leads|people` pair
//! in the filter says what the segment selects (customers without one); then the count
//! also says how many of each kind. Room: tui — data only through `core`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::refused::problems;
use super::shown::city;
use crate::core::Command;
use crate::core::segments::{Members, SegmentCommand, Target, members, segment};
use crate::domain::segment::{KEYS, Selects, parse_segment, segment_text};
use crate::tui::action::Action;
use crate::tui::key::Key;
use crate::tui::screen::{After, Outcome, Screen};
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{TextInput, panel, wrap};

/// Columns of the labels left of the inputs.
const LABEL: u16 = 10;
/// Members named under the count.
const NAMED: usize = 8;

/// What the filter as typed gives.
enum Count {
    /// Not worked out yet (the work is pending).
    Pending,
    /// The members (the first `NAMED` of them by name and city) and the plan.
    Counted {
        count: usize,
        plan: &'static str,
        named: Vec<String>,
        /// Customers, contacts and leads, when the segment selects more than customers.
        by_kind: Option<[usize; 3]>,
    },
    /// The filter does not parse, or the core refused it.
    Refused(String),
}

pub struct SegmentEditor {
    /// The segment edited, `None` for a new one.
    id: Option<u64>,
    inputs: [TextInput; 2],
    /// The texts as opened, to tell whether leaving loses input.
    initial: [String; 2],
    focus: usize,
    count: Count,
    /// Why the last save was refused.
    error: Option<String>,
}

impl SegmentEditor {
    /// The editor on segment `id` (a new one without); a segment that cannot be read opens
    /// the editor empty with the reason shown.
    pub fn open(id: Option<u64>, session: &Session) -> Box<dyn Screen> {
        let (name, filter, error) = match id.map(|id| segment(session.store(), &session.actor, id))
        {
            Some(Ok(segment)) => (
                segment.name,
                segment_text(segment.selects, &segment.criteria),
                None,
            ),
            Some(Err(error)) => (String::new(), String::new(), Some(error.to_string())),
            None => (String::new(), String::new(), None),
        };
        Box::new(SegmentEditor {
            id,
            inputs: [TextInput::new(name.clone()), TextInput::new(filter.clone())],
            initial: [name, filter],
            focus: if id.is_some() { 1 } else { 0 },
            count: Count::Pending,
            error,
        })
    }

    fn name(&self) -> &str {
        &self.inputs[0].text
    }

    fn filter(&self) -> &str {
        &self.inputs[1].text
    }

    /// Evaluates the filter as typed.
    fn evaluate(&self, session: &Session) -> Count {
        let (selects, criteria) = match parse_segment(self.filter()) {
            Ok(parsed) => parsed,
            Err(problem) => return Count::Refused(problem.message),
        };
        let selects = selects.unwrap_or_default();
        let now = session.clock.now();
        let target = Target::Selecting(selects, criteria);
        match members(session.store(), &session.actor, &target, now) {
            Ok(members) => Count::Counted {
                count: members.size(),
                plan: members.plan.name(),
                named: named(&members),
                by_kind: (selects != Selects::Customers)
                    .then(|| members.by_kind().map(|(_, count)| count)),
            },
            Err(error) => Count::Refused(error.to_string()),
        }
    }

    fn save(&mut self, session: &Session) -> Outcome {
        let (selects, criteria) = match parse_segment(self.filter()) {
            Ok(parsed) => parsed,
            Err(problem) => return self.refuse(problem.message),
        };
        let selects = selects.unwrap_or_default();
        let name = self.name().to_string();
        let command = match self.id {
            None => SegmentCommand::AddSelecting {
                name,
                selects,
                criteria,
            },
            Some(id) => SegmentCommand::EditSelecting {
                id,
                name: Some(name),
                selects: Some(selects),
                criteria: Some(criteria),
            },
        };
        match session.execute(Command::Segment(command)) {
            Ok(_) => {
                let name = self.name();
                Outcome::Saved(crate::t!("segment-tui-saved", name = name), After::Close)
            }
            Err(error) => {
                let said: Vec<String> = problems(error).iter().map(ToString::to_string).collect();
                self.refuse(said.join("; "))
            }
        }
    }

    fn refuse(&mut self, message: String) -> Outcome {
        self.error = Some(message.clone());
        Outcome::Refuse(message)
    }

    /// The lines of the count: how many and how found, and the first members.
    fn count_lines(&self, theme: &Theme, width: usize) -> Vec<Line<'static>> {
        let muted = theme.style(Role::Muted);
        match &self.count {
            Count::Pending => vec![Line::styled(crate::t!("segment-tui-counting"), muted)],
            Count::Refused(message) => wrap(message, width)
                .into_iter()
                .map(|line| Line::styled(line, theme.style(Role::Error)))
                .collect(),
            Count::Counted {
                count,
                plan,
                named,
                by_kind,
            } => {
                let counted = match by_kind {
                    None => crate::t!("segment-tui-count", count = *count, plan = *plan),
                    Some(_) => crate::t!("segment-tui-count-people", count = *count, plan = *plan),
                };
                let mut lines = vec![Line::styled(counted, theme.style(Role::Ok))];
                if let Some([customers, contacts, leads]) = by_kind {
                    lines.push(Line::styled(
                        crate::t!(
                            "segment-tui-by-kind",
                            customers = *customers,
                            contacts = *contacts,
                            leads = *leads
                        ),
                        theme.style(Role::Ok),
                    ));
                }
                lines.extend(
                    named
                        .iter()
                        .map(|name| Line::raw(format!("  {}", theme.text(name)))),
                );
                if *count > named.len() {
                    let more = *count - named.len();
                    lines.push(Line::styled(
                        crate::t!("segment-tui-more", count = more),
                        muted,
                    ));
                }
                lines
            }
        }
    }
}

/// The first `NAMED` members by name and place: customers (by city), contacts (with their
/// customer), then leads.
fn named(members: &Members) -> Vec<String> {
    let customers = members.customers.iter().map(|c| match city(c) {
        city if city.is_empty() => c.name.clone(),
        city => format!("{} · {city}", c.name),
    });
    let contacts = members.contacts.iter().flat_map(|of| {
        of.each()
            .map(|(contact, _)| format!("{} · {}", contact.name, of.customer.name))
    });
    let leads = members.leads.iter().map(|member| {
        let lead = &member.lead;
        match lead.city.is_empty() {
            true => lead.display_name().to_string(),
            false => format!("{} · {}", lead.display_name(), lead.city),
        }
    });
    customers.chain(contacts).chain(leads).take(NAMED).collect()
}

impl Screen for SegmentEditor {
    fn title(&self) -> String {
        match self.id {
            Some(id) => crate::t!("segment-tui-edit-title", id = id.to_string()),
            None => crate::t!("segment-tui-new-title"),
        }
    }

    fn layer(&self) -> &'static str {
        "form"
    }

    fn answers(&self, action: Action) -> bool {
        matches!(
            action,
            Action::NextField
                | Action::PrevField
                | Action::Save
                | Action::Cancel
                | Action::Up
                | Action::Down
        )
    }

    fn on_key(&mut self, key: &Key, session: &Session) -> Outcome {
        let input = &mut self.inputs[self.focus];
        let before = input.text.clone();
        if input.edit(key) || (!session.keys.binds("form", key) && input.line_key(key)) {
            if self.focus == 1 && self.inputs[1].text != before {
                self.count = Count::Pending;
            }
            self.error = None;
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn on_paste(&mut self, text: &str, _session: &Session) -> Outcome {
        self.inputs[self.focus].paste(text);
        if self.focus == 1 {
            self.count = Count::Pending;
        }
        Outcome::Handled
    }

    fn on_action(&mut self, action: Action, session: &Session) -> Outcome {
        match action {
            Action::NextField | Action::Down => {
                self.focus = 1;
                Outcome::Handled
            }
            Action::PrevField | Action::Up => {
                self.focus = 0;
                Outcome::Handled
            }
            Action::Save => self.save(session),
            Action::Cancel => Outcome::Pop,
            _ => Outcome::Ignored,
        }
    }

    /// The count follows the data too: another session's change counts again.
    fn refresh(&mut self, _session: &Session) {
        self.count = Count::Pending;
    }

    fn working(&self) -> bool {
        matches!(self.count, Count::Pending)
    }

    fn work(&mut self, session: &Session) {
        self.count = self.evaluate(session);
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let inner = area.width.saturating_sub(2);
        let width = inner.saturating_sub(LABEL);
        let label = |key: &str| {
            Span::styled(
                format!("{:<w$}", crate::lang::text(key), w = usize::from(LABEL)),
                theme.style(Role::Muted),
            )
        };
        let mut lines = Vec::new();
        for (index, key) in ["segment-tui-name", "segment-tui-filter"]
            .iter()
            .enumerate()
        {
            let (shown, _) = self.inputs[index].window(theme, width);
            let style = match index == self.focus {
                true => theme.style(Role::Selected),
                false => theme.style(Role::Normal),
            };
            lines.push(Line::from(vec![label(key), Span::styled(shown, style)]));
        }
        if let Some(error) = &self.error {
            lines.push(Line::styled(
                format!("! {}", theme.text(error)),
                theme.style(Role::Error),
            ));
        }
        lines.push(Line::raw(""));
        lines.extend(self.count_lines(theme, usize::from(inner)));
        lines.push(Line::raw(""));
        let keys: Vec<&str> = std::iter::once("selects")
            .chain(KEYS.iter().copied())
            .collect();
        let keys = crate::t!("segment-tui-keys", keys = keys.join(", "));
        lines.extend(
            wrap(&keys, usize::from(inner))
                .into_iter()
                .map(|line| Line::styled(line, theme.style(Role::Muted))),
        );
        panel(frame, area, theme, &self.title(), lines);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::NextField, Action::Save, Action::Cancel]
    }

    fn has_unsaved_changes(&self) -> bool {
        self.inputs[0].text != self.initial[0] || self.inputs[1].text != self.initial[1]
    }

    fn cursor(&self, area: Rect, theme: &Theme) -> Option<(u16, u16)> {
        let width = area.width.saturating_sub(2).saturating_sub(LABEL);
        let (_, caret) = self.inputs[self.focus].window(theme, width);
        let y = area.y + 1 + u16::try_from(self.focus).unwrap_or(0);
        Some((area.x + 1 + LABEL + caret, y))
    }
}
