//! Unit tests of the widgets: cutting, wrapping, tables, the cursor, the search prompt.

use super::*;
use crate::tui::profile::{ColorDepth, Profile};

#[test]
fn truncate_cuts_to_the_width_with_the_profiles_ellipsis() {
    let theme = |ascii| {
        Theme::new(Profile {
            colors: ColorDepth::Ansi256,
            ascii,
        })
    };
    let (unicode, ascii) = (theme(false), theme(true));
    assert_eq!(truncate(&unicode, "CNC-Fräszentrum", 15), "CNC-Fräszentrum");
    assert_eq!(truncate(&unicode, "CNC-Fräszentrum", 11), "CNC-Fräsze…");
    assert_eq!(truncate(&ascii, "CNC-Fräszentrum", 11), "CNC-Frae...");
    assert_eq!(truncate(&unicode, "Wartung und Pflege", 9), "Wartung…");
    assert_eq!(truncate(&unicode, "北京办事处", 5), "北京…");
    assert_eq!(truncate(&ascii, "Wartungsvertrag", 2), "..");
}

#[test]
fn a_line_wider_than_its_panel_ends_in_an_ellipsis_and_keeps_its_styles() {
    let theme = Theme::new(Profile {
        colors: ColorDepth::Ansi256,
        ascii: false,
    });
    let line = field_line(&theme, "E-mail", "info@medizintechnik-hartmann.de", 8);
    let fitted = fit_line(&theme, line.clone(), 24);
    assert_eq!(fitted.width(), 24);
    assert_eq!(fitted.to_string(), "E-mail   info@medizinte…");
    assert_eq!(fitted.spans[0].style, line.spans[0].style);
    assert_eq!(fit_line(&theme, line.clone(), 60), line);
}

#[test]
fn table_cells_longer_than_their_column_end_in_an_ellipsis() {
    let theme = Theme::new(Profile {
        colors: ColorDepth::Mono,
        ascii: true,
    });
    let rows = vec![vec![
        "1".to_string(),
        "Medizintechnik Michael Hartmann".into(),
    ]];
    let table = TableView {
        title: "T",
        header: &["ID", "Name"],
        widths: &[Constraint::Length(3), Constraint::Length(14)],
        rows: &rows,
        selected: None,
        top: None,
    };
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(30, 4)).unwrap();
    terminal
        .draw(|frame| table.render(frame, frame.area(), &theme))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let row: String = (0..30).map(|x| buffer[(x, 2)].symbol()).collect();
    assert!(row.contains("1   Medizintech... "), "{row}");
}

#[test]
fn cursor_stays_inside_the_list() {
    let mut cursor = Cursor::default();
    assert!(cursor.navigate(Action::Up, 5));
    assert_eq!(cursor.index, 0);
    cursor.navigate(Action::PageDown, 5);
    assert_eq!(cursor.index, 4);
    cursor.navigate(Action::Down, 5);
    assert_eq!(cursor.index, 4);
    cursor.clamp(2);
    assert_eq!(cursor.index, 1);
    assert!(!cursor.navigate(Action::Save, 5));
}

#[test]
fn the_search_prompt_counts_in_the_users_language_and_keeps_room_for_it() {
    let theme = Theme::new(Profile {
        colors: ColorDepth::Ansi256,
        ascii: false,
    });
    let mut search = SearchBox::default();
    search.paste("mül");
    assert_eq!(search.prompt(3, 80, &theme), " / mül  (3 found)");
    assert_eq!(query_width(80), 61);
    let german = crate::lang::Locale::new(crate::lang::Lang::De, crate::lang::Zone::UTC);
    crate::lang::scope(german, || {
        assert_eq!(search.prompt(1234, 80, &theme), " / mül  (1.234 gefunden)");
        // "  (99.999 gefunden)" beside the query.
        assert_eq!(query_width(80), 58);
    });
}

#[test]
fn wrap_breaks_at_spaces_and_cuts_only_overlong_words() {
    assert_eq!(wrap("one two three", 7), ["one two", "three"]);
    assert_eq!(wrap("one two three", 13), ["one two three"]);
    assert_eq!(wrap("abcdefghij xy", 4), ["abcd", "efgh", "ij", "xy"]);
    assert_eq!(wrap("", 10), [""]);
    assert_eq!(wrap("Müller äß", 6), ["Müller", "äß"]);
}
