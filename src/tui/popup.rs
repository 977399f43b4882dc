//! Popups over the screen: help (the keys of this screen), the command palette (any action
//! by name, fuzzy), the which-key list of continuations of a pending sequence, and yes/no
//! confirmations — of the App's own actions, or asked by a screen and answered to it. Help
//! and the palette list only the actions the session's role has the right for
//! (`screens::permitted`, the rule the App refuses by). Room: tui.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::action::Action;
use super::app::is_text;
use super::key::{Key, KeyCode};
use super::keymap::Keymap;
use super::screens::permitted;
use super::theme::{Role, Theme};
use crate::core::Role as UserRole;
use crate::domain::fold::fold;

pub enum Popup {
    Help {
        lines: Vec<String>,
        scroll: usize,
    },
    Palette {
        query: String,
        selected: usize,
        role: UserRole,
    },
    WhichKey {
        lines: Vec<String>,
    },
    Confirm {
        question: String,
        then: Action,
        /// The screen asked: yes answers it rather than running the action anew.
        by_screen: bool,
    },
}

/// What a key did to a popup.
pub enum Answer {
    Keep(Popup),
    Close,
    Run(Action),
    /// Yes to a screen's question about this action.
    Confirmed(Action),
}

/// What the screen help is for says of its actions.
pub struct Here<'a> {
    /// Whether it has a use for an action (`Screen::answers`).
    pub answers: &'a dyn Fn(Action) -> bool,
    /// What an action does there when that differs from its description
    /// (`Screen::meaning`).
    pub meaning: &'a dyn Fn(Action) -> Option<String>,
}

impl Popup {
    /// The keys of this layer the screen `here` answers and the global ones, for the
    /// actions `role` may use. On a thin terminal (`thin`: ASCII profile, often without
    /// F-keys) an F-key binding is left out when the action has another key on this
    /// screen.
    pub fn help(keymap: &Keymap, screen: &str, role: UserRole, thin: bool, here: &Here) -> Popup {
        let active = keymap.effective(screen);
        let reachable_without_f_keys = |action: Action| {
            active
                .iter()
                .any(|other| other.action == action && other.without_function_keys())
        };
        let mut lines = Vec::new();
        for layer in [screen, "global"] {
            lines.push(crate::t!("tui-help-layer", layer = layer));
            let shown = keymap.entries(layer).iter().filter(|binding| {
                permitted(binding.action, role)
                    && (layer == "global" || (here.answers)(binding.action))
                    && !(thin
                        && !binding.without_function_keys()
                        && reachable_without_f_keys(binding.action))
            });
            for binding in shown {
                lines.push(format!(
                    "  {:<12} {:<18} {}",
                    binding.sequence(),
                    binding.action.name(),
                    (here.meaning)(binding.action).unwrap_or_else(|| binding.description())
                ));
            }
        }
        Popup::Help { lines, scroll: 0 }
    }

    /// The palette over the actions `role` may use.
    pub fn palette(role: UserRole) -> Popup {
        Popup::Palette {
            query: String::new(),
            selected: 0,
            role,
        }
    }

    pub fn which_key(pending: &[Key], continuations: Vec<(Key, String)>) -> Popup {
        let prefix: Vec<String> = pending.iter().map(ToString::to_string).collect();
        let mut lines = vec![format!("{} …", prefix.join(" "))];
        lines.extend(
            continuations
                .into_iter()
                .map(|(key, what)| format!("  {key:<6} {what}")),
        );
        Popup::WhichKey { lines }
    }

    pub fn confirm(question: &str, then: Action) -> Popup {
        Popup::Confirm {
            question: question.to_string(),
            then,
            by_screen: false,
        }
    }

    /// A screen's question whether to go on with `then`.
    pub fn ask(question: &str, then: Action) -> Popup {
        Popup::Confirm {
            question: question.to_string(),
            then,
            by_screen: true,
        }
    }

    pub fn on_key(self, key: &Key) -> Answer {
        match self {
            Popup::Help { lines, scroll } => match key.code {
                KeyCode::Down | KeyCode::Char('j') => Answer::Keep(Popup::Help {
                    scroll: (scroll + 1).min(lines.len().saturating_sub(1)),
                    lines,
                }),
                KeyCode::Up | KeyCode::Char('k') => Answer::Keep(Popup::Help {
                    scroll: scroll.saturating_sub(1),
                    lines,
                }),
                KeyCode::PageDown | KeyCode::Char(' ') => Answer::Keep(Popup::Help {
                    scroll: (scroll + 10).min(lines.len().saturating_sub(1)),
                    lines,
                }),
                KeyCode::PageUp => Answer::Keep(Popup::Help {
                    scroll: scroll.saturating_sub(10),
                    lines,
                }),
                _ => Answer::Close,
            },
            Popup::Palette {
                mut query,
                selected,
                role,
            } => {
                let keep = |query, selected| {
                    Answer::Keep(Popup::Palette {
                        query,
                        selected,
                        role,
                    })
                };
                match key.code {
                    KeyCode::Esc | KeyCode::F(12) => Answer::Close,
                    KeyCode::Enter => match matches(&query, role).get(selected) {
                        Some(action) => Answer::Run(*action),
                        None => Answer::Close,
                    },
                    KeyCode::Down | KeyCode::PageDown => {
                        let step = if key.code == KeyCode::Down { 1 } else { PAGE };
                        let last = matches(&query, role).len().saturating_sub(1);
                        keep(query, (selected + step).min(last))
                    }
                    KeyCode::Up => keep(query, selected.saturating_sub(1)),
                    KeyCode::PageUp => keep(query, selected.saturating_sub(PAGE)),
                    KeyCode::Backspace => {
                        query.pop();
                        keep(query, 0)
                    }
                    _ => match is_text(key) {
                        Some(c) => {
                            query.push(c);
                            keep(query, 0)
                        }
                        None => keep(query, selected),
                    },
                }
            }
            Popup::WhichKey { .. } => Answer::Close,
            Popup::Confirm {
                question,
                then,
                by_screen,
            } => match key.code {
                KeyCode::Char('y' | 'Y' | 'j' | 'J') if by_screen => Answer::Confirmed(then),
                KeyCode::Char('y' | 'Y' | 'j' | 'J') => Answer::Run(then),
                KeyCode::Char('n' | 'N') | KeyCode::Esc | KeyCode::F(12) => Answer::Close,
                _ => Answer::Keep(Popup::Confirm {
                    question,
                    then,
                    by_screen,
                }),
            },
        }
    }

    /// Draws the popup centred in `area`. Help and the palette keep one size while they
    /// scroll or filter: the size of all their lines.
    pub fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        // Borders take two rows.
        let rows = usize::from(area.height.saturating_sub(2)).max(1);
        let (title, lines, highlight): (String, Vec<String>, Option<usize>) = match self {
            Popup::Help { lines, scroll } => {
                let first = (*scroll).min(lines.len().saturating_sub(rows));
                let title = match (first > 0, first + rows < lines.len()) {
                    (_, true) => crate::t!("tui-help-title-more"),
                    (true, false) => crate::t!("tui-help-title-back"),
                    (false, false) => crate::t!("tui-help-title"),
                };
                (
                    title,
                    lines.iter().skip(first).take(rows).cloned().collect(),
                    None,
                )
            }
            Popup::Palette {
                query,
                selected,
                role,
            } => {
                let found = matches(query, *role);
                let selected = (*selected).min(found.len().saturating_sub(1));
                // The query line and the borders take three rows; the list scrolls so
                // that the selection stays in view.
                let rows = usize::from(area.height.saturating_sub(3)).max(1);
                let first = selected.saturating_sub(rows - 1);
                let mut lines = vec![format!(": {query}")];
                lines.extend(
                    found
                        .iter()
                        .skip(first)
                        .take(rows)
                        .map(|a| palette_line(*a)),
                );
                let title = crate::t!("tui-palette-title");
                (title, lines, Some(1 + selected - first))
            }
            Popup::WhichKey { lines } => (crate::t!("tui-which-key-title"), lines.clone(), None),
            Popup::Confirm { question, .. } => {
                (crate::t!("tui-confirm-title"), vec![question.clone()], None)
            }
        };
        // Measured as shown: an ASCII profile may spell a line longer ("Ä" → "Ae").
        let shown = |line: &str| theme.text(line).into_owned();
        let mut lines: Vec<String> = lines.iter().map(|line| shown(line)).collect();
        if let Popup::WhichKey { .. } = self {
            lines = two_columns(lines, rows);
        }
        let widest = |lines: &[String]| lines.iter().map(|l| shown(l).chars().count()).max();
        let (widest, tall) = match self {
            Popup::Help { lines, .. } => (widest(lines), lines.len()),
            Popup::Palette { role, .. } => {
                let all = matches("", *role);
                let widest = all
                    .iter()
                    .map(|a| shown(&palette_line(*a)).chars().count())
                    .max();
                // The query line above the actions.
                (widest, all.len() + 1)
            }
            _ => (widest(&lines), lines.len()),
        };
        let width = widest
            .unwrap_or(20)
            .clamp(30, area.width.saturating_sub(4) as usize) as u16
            + 2;
        let height = (tall as u16 + 2).min(area.height);
        let popup = Rect::new(
            area.x + (area.width.saturating_sub(width)) / 2,
            area.y + (area.height.saturating_sub(height)) / 2,
            width.min(area.width),
            height,
        );
        let body: Vec<Line> = lines
            .iter()
            .enumerate()
            .map(|(index, line)| {
                let role = if Some(index) == highlight {
                    Role::Selected
                } else {
                    Role::Normal
                };
                Line::styled(line.clone(), theme.style(role))
            })
            .collect();
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(body).block(
                Block::bordered()
                    .title(theme.text(&title).into_owned())
                    .border_style(theme.style(Role::Border)),
            ),
            popup,
        );
    }
}

/// The which-key lines (the pending keys, then one line per continuation) as they are
/// when they fit in `rows`, else the continuations in two columns side by side, the first
/// column filled first.
fn two_columns(lines: Vec<String>, rows: usize) -> Vec<String> {
    if lines.len() <= rows || lines.len() < 3 {
        return lines;
    }
    let mut lines = lines.into_iter();
    let head = lines.next().unwrap_or_default();
    let rest: Vec<String> = lines.collect();
    let half = rest.len().div_ceil(2);
    let width = rest[..half]
        .iter()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = vec![head];
    for (index, left) in rest[..half].iter().enumerate() {
        match rest.get(half + index) {
            Some(right) => out.push(format!("{left:<width$} {right}")),
            None => out.push(left.clone()),
        }
    }
    out
}

/// An action as the palette lists it: its name and what it does.
fn palette_line(action: Action) -> String {
    format!("  {:<18} {}", action.name(), action.description())
}

/// Every action `role` may use whose name or description (in the current language)
/// contains the query's letters in order, best first (all of them for an empty query). A
/// description also matches with case and accents folded ("andern" finds "Ändern").
pub fn matches(query: &str, role: UserRole) -> Vec<Action> {
    let query = query.to_lowercase();
    let folded = fold(&query);
    let mut scored: Vec<(usize, Action)> = Action::ALL
        .iter()
        .filter(|action| permitted(**action, role))
        .filter_map(|action| {
            let name = action.name();
            let description = action.description();
            score(&query, name)
                .or_else(|| score(&query, &description.to_lowercase()).map(|s| s + 100))
                .or_else(|| score(&folded, &fold(&description)).map(|s| s + 100))
                .map(|s| (s, *action))
        })
        .collect();
    scored.sort_by_key(|(score, action)| (*score, action.name()));
    scored.into_iter().map(|(_, action)| action).collect()
}

/// Rows PgUp / PgDn move the palette's selection.
const PAGE: usize = 10;

/// Lower is better: 0 for a prefix, else the span over which the letters were found.
fn score(query: &str, text: &str) -> Option<usize> {
    if text.starts_with(query) {
        return Some(0);
    }
    let mut chars = text.char_indices();
    let mut first = None;
    let mut last = 0;
    for wanted in query.chars() {
        let (index, _) = chars.find(|(_, c)| *c == wanted)?;
        first.get_or_insert(index);
        last = index;
    }
    Some(1 + last - first.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A screen with a use for every action, each meaning what its description says.
    const ANYWHERE: Here = Here {
        answers: &|_| true,
        meaning: &|_| None,
    };

    #[test]
    fn which_key_goes_to_two_columns_only_when_it_is_too_tall() {
        let lines: Vec<String> = ["g …", "  a Aa", "  b Bbbb", "  c C"]
            .map(String::from)
            .to_vec();
        assert_eq!(two_columns(lines.clone(), 4), lines);
        assert_eq!(
            two_columns(lines, 3),
            vec!["g …", "  a Aa     c C", "  b Bbbb"]
        );
    }

    #[test]
    fn palette_matches_fuzzy_best_first() {
        let found = matches("cust", UserRole::Admin);
        assert_eq!(found.first(), Some(&Action::GoCustomers));
        assert!(matches("gcst", UserRole::Admin).contains(&Action::GoCustomers));
        assert!(matches("zzzz", UserRole::Admin).is_empty());
    }

    /// The palette's actions for `role` among those matching any of `queries`.
    fn offered(role: UserRole, queries: &[&str]) -> Vec<&'static str> {
        let mut names: Vec<&str> = queries
            .iter()
            .flat_map(|query| matches(query, role))
            .map(Action::name)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn the_palette_offers_only_what_the_role_may_use() {
        let queries = ["payroll", "go-employees", "go-users", "go-audit", "key"];
        let restricted = [
            "add-key",
            "go-audit",
            "go-employees",
            "go-payroll",
            "go-users",
            "payroll-post",
            "payroll-run",
            "remove-key",
        ];
        let admin = offered(UserRole::Admin, &queries);
        for name in restricted {
            assert!(admin.contains(&name), "admin lacks {name}: {admin:?}");
        }
        let agent = offered(UserRole::Agent, &queries);
        for name in restricted {
            assert!(!agent.contains(&name), "agent has {name}: {agent:?}");
        }
        let payroll = offered(UserRole::Payroll, &queries);
        assert!(payroll.contains(&"go-payroll") && payroll.contains(&"payroll-run"));
        assert!(!payroll.contains(&"go-users"), "{payroll:?}");
        let stock = ["go-items", "go-boms", "produce", "scan-receive", "log-call"];
        let agent = offered(UserRole::Agent, &stock);
        assert!(agent.contains(&"go-items") && agent.contains(&"log-call"));
        assert!(!agent.contains(&"go-boms") && !agent.contains(&"produce"));
        let payroll = offered(UserRole::Payroll, &stock);
        assert!(!payroll.contains(&"go-items"), "{payroll:?}");
        assert!(!payroll.contains(&"log-call"), "{payroll:?}");
        let warehouse = offered(UserRole::Warehouse, &stock);
        assert!(warehouse.contains(&"go-boms") && warehouse.contains(&"scan-receive"));
    }

    fn press(popup: Popup, code: KeyCode, times: usize) -> Popup {
        let key = Key::plain(code);
        (0..times).fold(popup, |popup, _| match popup.on_key(&key) {
            Answer::Keep(popup) => popup,
            _ => panic!("the palette closed"),
        })
    }

    #[test]
    fn the_palette_reaches_every_action_and_down_stops_at_the_last() {
        let all = matches("", UserRole::Admin);
        assert!(all.len() > 40, "{}", all.len());
        let popup = press(
            Popup::palette(UserRole::Admin),
            KeyCode::Down,
            all.len() + 5,
        );
        let Popup::Palette { selected, .. } = &popup else {
            unreachable!()
        };
        assert_eq!(*selected, all.len() - 1);
        let enter = Key::plain(KeyCode::Enter);
        assert!(matches!(popup.on_key(&enter), Answer::Run(a) if Some(&a) == all.last()));
        let popup = press(Popup::palette(UserRole::Admin), KeyCode::PageDown, 100);
        let popup = press(popup, KeyCode::Up, 1);
        assert!(matches!(popup, Popup::Palette { selected, .. } if selected == all.len() - 2));
    }

    #[test]
    fn help_on_a_thin_terminal_leaves_out_f_keys_that_have_another_key() {
        let keymap = Keymap::from_text(Some("default"), None).unwrap();
        let lines = |thin| match Popup::help(&keymap, "list", UserRole::Admin, thin, &ANYWHERE) {
            Popup::Help { lines, .. } => lines.join("\n"),
            _ => unreachable!(),
        };
        let (wide, thin) = (lines(false), lines(true));
        for f_key in ["F2 ", "F3 ", "F6 ", "F12 "] {
            assert!(wide.contains(&format!("  {f_key}")), "{wide}");
            assert!(!thin.contains(&format!("  {f_key}")), "{f_key}: {thin}");
        }
        for other in ["C-g ", "C-c ", "n ", "Esc "] {
            assert!(thin.contains(&format!("  {other}")), "{other}: {thin}");
        }
    }

    #[test]
    fn help_lists_only_the_keys_the_role_may_use() {
        let keymap = Keymap::from_text(Some("default"), None).unwrap();
        let lines = |role| match Popup::help(&keymap, "list", role, false, &ANYWHERE) {
            Popup::Help { lines, .. } => lines.join("\n"),
            _ => unreachable!(),
        };
        let (admin, agent) = (lines(UserRole::Admin), lines(UserRole::Agent));
        for name in ["go-payroll", "go-employees", "go-boms", "go-scan"] {
            let entry = format!(" {name} ");
            assert!(admin.contains(&entry), "admin lacks {name}:\n{admin}");
            assert!(!agent.contains(&entry), "agent has {name}:\n{agent}");
        }
        assert!(agent.contains(" go-customers ") && agent.contains(" go-items "));
    }
}
