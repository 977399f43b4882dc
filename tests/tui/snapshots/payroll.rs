//! What keys do on the payroll screen, through the real App over the ERP data: the search
//! key asks for another period (an invalid one stays to be corrected, Esc keeps the period
//! shown); payroll posts when the y/n popup is answered yes, however the post was asked for;
//! the run form shows the draft's hours, and a posted period is refused before it asks.

use super::erp_data::erp;
use super::flows::bottom;
use super::harness::{Harness, color};

/// The payroll screen over the ERP data, showing `period`.
fn payroll_of(period: &str) -> Harness {
    let mut harness = Harness::new(color(), 80, 24);
    erp(&harness.store());
    harness.keys("g y /").text(period).keys("Enter");
    harness
}

/// The line above the payslips (the period, or the prompt for another).
fn period_line(screen: &str) -> String {
    screen.lines().nth(1).unwrap_or_default().to_string()
}

#[test]
fn the_period_prompt_is_shown_empty_and_keeps_an_invalid_period_to_correct() {
    let mut harness = payroll_of("2026-01");
    assert!(harness.screen().contains("Payroll 2026-01"));
    harness.keys("/");
    let asked = harness.screen();
    assert!(
        period_line(&asked).contains("Period:   (YYYY-MM; Enter shows it, Esc keeps 2026-01)"),
        "{asked}"
    );
    harness.text("2026-10x").keys("Enter");
    let refused = harness.screen();
    assert!(
        bottom(&refused).contains("\"2026-10x\" is not a period"),
        "{refused}"
    );
    assert!(
        period_line(&refused).contains("Period: 2026-10x"),
        "the prompt stays: {refused}"
    );
    assert!(refused.contains("Payroll 2026-01"), "{refused}");
    assert_eq!(harness.under_cursor(), " ", "the caret follows the text");
    harness.keys("Backspace").keys("Enter");
    let corrected = harness.screen();
    assert!(corrected.contains("Payroll 2026-10"), "{corrected}");
    assert!(
        period_line(&corrected).contains("Period 2026-10 (no payslips yet"),
        "{corrected}"
    );
    harness.keys("/").text("2026-0").keys("Esc");
    let kept = harness.screen();
    assert!(kept.contains("Payroll 2026-10"), "{kept}");
    assert!(
        period_line(&kept).contains("/ changes the period"),
        "{kept}"
    );
}

#[test]
fn payroll_posts_when_the_post_action_is_confirmed_even_from_the_palette() {
    let mut harness = payroll_of("2026-01");
    let screen = harness.screen();
    assert!(screen.contains("/ changes the period"), "{screen}");
    assert!(bottom(&screen).starts_with("/ Period"), "{screen}");
    let question = "Post 2026-01? Its payslips become final. (y/n)";
    for no in ["n", "Esc"] {
        harness.keys("p");
        let asked = harness.screen();
        assert!(asked.contains(question), "{asked}");
        assert!(
            asked.contains("┌Confirm"),
            "the confirmation popup: {asked}"
        );
        harness.keys(no);
        let kept = harness.screen();
        assert!(!kept.contains(question), "{kept}");
        assert!(kept.contains("(draft · 4 payslips)"), "{no}: {kept}");
    }
    harness.keys(":").text("payroll-post").keys("Enter");
    assert!(harness.screen().contains(question));
    harness.keys("y");
    let posted = harness.screen();
    assert!(posted.contains("payroll 2026-01 posted"), "{posted}");
    assert!(posted.contains("(posted · 4 payslips)"), "{posted}");
}

#[test]
fn payroll_without_payslips_names_the_run_key_not_the_cli() {
    let screen = payroll_of("2026-02").screen();
    assert!(
        screen.contains("no payslips yet — r runs the period"),
        "{screen}"
    );
    assert!(!screen.contains("kontor payroll"), "{screen}");
}

#[test]
fn the_run_shows_the_drafts_hours_and_a_posted_period_is_refused_at_once() {
    let mut harness = payroll_of("2026-01");
    harness.keys("r");
    let form = harness.screen();
    assert!(form.contains("Run payroll 2026-01"), "{form}");
    assert!(form.contains(">Hours (NO=H, …)  E3=120 "), "{form}");
    harness.keys("Esc p y");
    assert!(harness.screen().contains("(posted · 4 payslips)"));
    harness.keys("r");
    let refused = harness.screen();
    assert!(
        bottom(&refused)
            .contains("2026-01 is posted; its payslips are final and it cannot be run again"),
        "{refused}"
    );
    assert!(!refused.contains("Run payroll"), "no form: {refused}");
}
