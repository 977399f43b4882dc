//! The key legend on the bottom line: the screen's entries (its own meaning of an action,
//! else the action's label, in the current language), then help and exit; an entry too
//! wide beside those before it gives way, whole. Room: tui.

use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::App;
use crate::tui::action::Action;
use crate::tui::screen::Screen;
use crate::tui::screens;
use crate::tui::theme::Role;

/// One entry of the key legend: the keys and, after a space, the label.
type LegendEntry = (String, String);

impl App {
    /// The whole key legend of the screen on top as (keys, label) in the current
    /// language, before it is fitted to the width: the screen's entries, then help and exit.
    pub fn legend(&self) -> Vec<(String, String)> {
        let Some(screen) = self.stack.last() else {
            return Vec::new();
        };
        let (own, always) = self.legend_entries(screen.as_ref());
        own.into_iter()
            .chain(always)
            .map(|(keys, label)| (keys, label.trim_start().to_string()))
            .collect()
    }

    /// The screen's legend entries and the ones always shown (help, exit), each as
    /// (keys, " label").
    fn legend_entries(&self, screen: &dyn Screen) -> (Vec<LegendEntry>, Vec<LegendEntry>) {
        let layer = screen.layer();
        let entry = |action: Action| {
            let keys = self.session.keys.bound(layer, action)?;
            let label = screen.meaning(action).unwrap_or_else(|| action.label());
            Some((keys, format!(" {}", self.theme.text(&label))))
        };
        let permitted = |action: &Action| screens::permitted(*action, self.session.actor.role);
        let own: Vec<LegendEntry> = screen
            .legend()
            .into_iter()
            .filter(permitted)
            .filter_map(entry)
            .collect();
        let always: Vec<LegendEntry> = [Action::Help, Action::Quit]
            .into_iter()
            .filter(permitted)
            .filter_map(entry)
            .collect();
        (own, always)
    }

    /// The key legend of the screen on top, help and exit last: when it is wider than
    /// `width`, a screen's entry that does not fit beside those before it gives way, whole,
    /// so help and exit always show (and a narrower one after it still may).
    pub(super) fn legend_line(&self, screen: &dyn Screen, width: usize) -> Paragraph<'static> {
        let (entries, always) = self.legend_entries(screen);
        // Entries are parted by two spaces; the last one's may stand out.
        let wide = |(keys, label): &(String, String)| keys.width() + label.width() + 2;
        let mut room = (width + 2).saturating_sub(always.iter().map(wide).sum());
        let mut own = Vec::new();
        for entry in entries {
            if wide(&entry) <= room {
                room -= wide(&entry);
                own.push(entry);
            }
        }
        let spans: Vec<Span> = own
            .into_iter()
            .chain(always)
            .flat_map(|(keys, label)| {
                [
                    Span::styled(keys, self.theme.style(Role::KeyHint)),
                    Span::raw(format!("{label}  ")),
                ]
            })
            .collect();
        Paragraph::new(Line::from(spans))
    }
}
