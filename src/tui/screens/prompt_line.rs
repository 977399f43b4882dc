//! The one-line prompt a search-as-you-type screen (the caller lookup, the search over
//! everything) shows above its matches: ` Label: typed text` in the input style, the
//! text scrolled to keep the caret in view, and where the terminal's cursor goes.
//! Room: tui.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::TextInput;

/// The prompt before the typed text: ` Label `.
fn prompt(label: &str) -> String {
    format!(" {label} ")
}

/// The columns the prompt before the typed text takes.
fn prompt_width(label: &str) -> u16 {
    u16::try_from(prompt(label).width()).unwrap_or(u16::MAX)
}

/// Draws the prompt `label` with `input` on the line `area`.
pub fn render(frame: &mut Frame, area: Rect, theme: &Theme, label: &str, input: &TextInput) {
    let typed = input
        .window(theme, area.width.saturating_sub(prompt_width(label)))
        .0;
    let line = format!("{}{typed}", prompt(label));
    frame.render_widget(
        Paragraph::new(theme.text(&line).into_owned()).style(theme.style(Role::Input)),
        area,
    );
}

/// Where the terminal's cursor goes: at the caret of `input` after the prompt, on the
/// first line of `area`.
pub fn cursor(area: Rect, theme: &Theme, label: &str, input: &TextInput) -> (u16, u16) {
    let width = prompt_width(label);
    let (_, caret) = input.window(theme, area.width.saturating_sub(width));
    (area.x + width + caret, area.y)
}
