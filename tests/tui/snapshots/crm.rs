//! The CRM screens added to the pipeline and the interactions: an opportunity's detail and
//! edit form (stale-aware), search as you type on the pipeline, an interaction's detail
//! and edit form (stale-aware; agents edit only their own), the number a phone search
//! shows, and Home's weighted pipeline adding up.

use kontor::core::Role;
use kontor::domain::fields::Input;
use kontor::domain::fields::opportunity;
use kontor::domain::{Currency, Interaction, Opportunity};

use super::harness::{Harness, both, color, input, profiles};

/// Pipeline, two columns to the right (proposal), Enter: the CNC deal's detail.
const CNC_DETAIL: &str = "g o Enter";

#[test]
fn an_opportunity_detail_shows_amount_weighted_close_and_owner() {
    let (screen, ascii) = both("opportunity_detail", |h| {
        h.keys(CNC_DETAIL);
    });
    for wanted in [
        "CNC-Fräszentrum",
        "Müller Maschinenbau GmbH (1)",
        "120000.00 EUR",
        "40 %",
        "48000.00 EUR",
        "2026-03-31",
        "anna",
    ] {
        assert!(screen.contains(wanted), "{wanted}: {screen}");
    }
    assert!(ascii.contains("Mueller Maschinenbau GmbH"), "{ascii}");
}

#[test]
fn the_opportunity_edit_form_shows_the_editable_fields() {
    let (screen, _) = both("opportunity_edit", |h| {
        h.keys(CNC_DETAIL).keys("e");
    });
    assert!(screen.contains("Edit opportunity 1"), "{screen}");
    assert!(screen.contains("120000.00") && screen.contains("2026-03-31"));
    assert!(
        !screen.contains("Stage"),
        "the stage moves, it is not edited: {screen}"
    );
}

#[test]
fn an_opportunity_is_edited_from_the_pipeline_and_moves_on_from_its_detail() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys(CNC_DETAIL).keys("e Tab");
    for _ in 0.."120000.00".len() {
        harness.keys("Backspace");
    }
    harness.text("99000").keys("Tab");
    harness.keys("Backspace Backspace").text("55").keys("C-x");
    let detail = harness.screen();
    assert!(detail.contains("opportunity 1 saved"), "{detail}");
    // 99000 × 55 % = 54450
    assert!(detail.contains("54450.00 EUR"), "{detail}");
    harness.keys(">");
    let moved = harness.screen();
    assert!(moved.contains("moved to negotiation"), "{moved}");
    let store = harness.store();
    let saved: Opportunity = store.require(1).unwrap();
    assert_eq!(saved.amount.amount, rust_decimal::dec!(99000));
    assert_eq!(saved.stage.name(), "negotiation");
    // Moving sets the stage's probability again.
    assert_eq!(saved.probability, 60);
}

#[test]
fn a_won_opportunity_is_refused_lost_at_once_on_its_detail_and_the_board() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys(CNC_DETAIL).keys("> >");
    let won = harness.screen();
    assert!(won.contains("moved to won"), "{won}");
    let refusal = "opportunity 1 is won; move it back to an open stage first";
    harness.keys("x");
    let detail = harness.screen();
    assert!(detail.contains(refusal), "{detail}");
    assert!(!detail.contains("Lost —"), "no form opens: {detail}");
    // On the board the won card is in the won column, two stages right of proposal.
    harness.keys("Esc Right Right x");
    let board = harness.screen();
    assert!(board.contains(refusal), "{board}");
    assert!(!board.contains("Lost —"), "no form opens: {board}");
    let store = harness.store();
    let saved: Opportunity = store.require(1).unwrap();
    assert_eq!(saved.stage.name(), "won");
}

#[test]
fn an_amount_finer_than_a_cent_is_refused_at_the_field_not_rounded() {
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys(CNC_DETAIL).keys("e Tab");
    for _ in 0.."120000.00".len() {
        harness.keys("Backspace");
    }
    harness.text("1.234,565").keys("C-x");
    let screen = harness.screen();
    assert!(
        screen.contains("! EUR takes at most 2 decimals: write 1234.57"),
        "{screen}"
    );
    assert!(
        screen.contains("Edit opportunity 1"),
        "the form stays: {screen}"
    );
    let store = harness.store();
    let saved: Opportunity = store.require(1).unwrap();
    assert_eq!(saved.amount.amount, rust_decimal::dec!(120000));
}

#[test]
fn a_stale_opportunity_edit_is_refused_naming_who_and_keeps_the_input() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys(CNC_DETAIL).keys("e");
        let store = harness.store();
        let mut edit = Input::new();
        edit.set("amount", "130000");
        harness.saved_by_ben(kontor::core::plain::RecordCommand::edit(
            kontor::core::kinds::OPPORTUNITIES,
            1,
            Some(1),
            edit,
        ));
        // Anna changes the owner (the 5th field) and saves.
        harness.keys("Tab Tab Tab Tab");
        harness.keys("Backspace Backspace Backspace Backspace");
        harness.text("carla");
        let screen = harness.save_refused_as_stale("opportunity 1", "opportunity_edit_stale");
        assert!(screen.contains("now: 130000.00"), "{screen}");
        assert!(screen.contains("carla"), "{screen}");
        // Saving again sends only what Anna changed: Ben's amount stays.
        harness.keys("C-x");
        let saved: Opportunity = store.require(1).unwrap();
        assert_eq!(saved.owner, "carla");
        assert_eq!(saved.amount.amount, rust_decimal::dec!(130000));
        assert_eq!(saved.version, 3);
    }
}

#[test]
fn the_pipeline_narrows_as_you_type_over_title_and_customer() {
    let (screen, _) = both("pipeline_search", |h| {
        h.keys("g o /").text("futter");
    });
    assert!(screen.contains("(1 found)"), "{screen}");
    assert!(
        screen.contains("Wartungsvertrag · Alfreds Futterkiste · 2400.50 EUR · 60 %"),
        "{screen}"
    );
    assert!(!screen.contains("CNC"), "{screen}");
    // At 80 columns the stages that do not fit go by their short labels, whole.
    for title in [
        "┌qualify─",
        "┌needs─",
        "┌proposal─",
        "┌negotiation┐",
        "┌won─",
        "┌lost─",
    ] {
        assert!(screen.contains(title), "{title} in {screen}");
    }
    let mut wide = Harness::new(color(), 120, 24);
    wide.keys("g o");
    let wide = wide.screen();
    assert!(
        wide.contains("┌qualification─") && wide.contains("┌needs-analysis─"),
        "{wide}"
    );
    // The cursor goes to the first card found; Enter ends typing, the filter stays and
    // Enter then opens the card.
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g o /").text("cnc").keys("Enter Enter");
    let detail = harness.screen();
    assert!(detail.contains("Opportunity 1 CNC"), "{detail}");
}

#[test]
fn the_interactions_list_shows_the_follow_ups_due_or_all() {
    let (due, _) = both("interactions_due", |h| {
        h.keys("g i");
    });
    assert!(due.contains("Rückruf wegen Angebot"), "{due}");
    assert!(!due.contains("Order status"), "{due}");
    let (all, _) = both("interactions_all", |h| {
        h.keys("g i v");
    });
    assert!(all.contains("Order status"), "{all}");
}

#[test]
fn the_pipeline_shows_every_stage_with_its_cards() {
    let (screen, _) = both("pipeline", |h| {
        h.keys("g o");
    });
    assert!(
        screen.contains("1 120000.00") && screen.contains("1   2400.50"),
        "{screen}"
    );
    // Opened on the first stage with cards; a title wider than its column ends in "…".
    assert!(screen.contains("│CNC-Fräsze…│"), "{screen}");
    assert!(screen.contains(" CNC-Fräszentrum · Müller"), "{screen}");
}

#[test]
fn an_interaction_detail_opens_from_the_list_and_leads_to_its_customer() {
    let (screen, ascii) = both("interaction_detail", |h| {
        h.keys("g i Enter");
    });
    for wanted in [
        "Rückruf wegen Angebot",
        "Jürgen Weiß",
        "call-in",
        "4m30s",
        "Angebot bis Freitag",
        "due 2026-01-15",
        "Schulung für zwei Bediener",
    ] {
        assert!(screen.contains(wanted), "{wanted}: {screen}");
    }
    assert!(ascii.contains("Juergen Weiss"), "{ascii}");
    let mut harness = Harness::new(color(), 80, 24);
    harness.keys("g i Enter Space");
    let done = harness.screen();
    assert!(
        done.contains("follow-up of interaction 1 done") && done.contains("done (was due"),
        "{done}"
    );
    harness.keys("c");
    let customer = harness.screen();
    assert!(
        customer.contains("Customer 1 Müller Maschinenbau GmbH"),
        "{customer}"
    );
}

#[test]
fn the_customer_timeline_opens_interactions_and_opportunities() {
    let mut harness = Harness::new(color(), 80, 24);
    // The timeline is newest first: the call of 5 January, then the deal of 2 January.
    harness.keys("g c Enter Enter");
    let interaction = harness.screen();
    assert!(interaction.contains("Interaction 1"), "{interaction}");
    harness.keys("Esc Down Enter");
    let opportunity = harness.screen();
    assert!(opportunity.contains("Opportunity 1 CNC"), "{opportunity}");
}

#[test]
fn the_interaction_edit_form_opens_from_the_list_and_the_detail() {
    let (screen, ascii) = both("interaction_edit", |h| {
        h.keys("g i Enter e");
    });
    assert!(screen.contains("Edit interaction 1"), "{screen}");
    for wanted in [
        "Rückruf wegen Angebot",
        "Angebot bis Freitag",
        "4m30s",
        "2026-01-15",
        "Follow-up",
    ] {
        assert!(screen.contains(wanted), "{wanted}: {screen}");
    }
    for logged in ["call-in", "Channel", "Agent"] {
        assert!(
            !screen.contains(logged),
            "{logged} stays as logged: {screen}"
        );
    }
    assert!(ascii.contains("Rueckruf wegen Angebot"), "{ascii}");
    // From the list: a new follow-up date, saved, is due again in the list.
    let mut harness = Harness::new(color(), 80, 24);
    harness
        .keys("g i e Tab Tab Tab Tab C-u")
        .text("2026-01-09")
        .keys("C-x");
    let list = harness.screen();
    assert!(list.contains("interaction 1 saved"), "{list}");
    assert!(list.contains("2026-01-09"), "{list}");
    let store = harness.store();
    let saved: Interaction = store.require(1).unwrap();
    assert_eq!(saved.follow_up, Some(time::macros::date!(2026 - 01 - 09)));
    assert_eq!(
        (saved.outcome.as_str(), saved.version),
        ("Angebot bis Freitag", 2)
    );
}

#[test]
fn a_stale_interaction_edit_is_refused_naming_who_and_keeps_the_input() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        harness.keys("g i Enter e");
        let store = harness.store();
        let mut edit = Input::new();
        edit.set("outcome", "Angebot verschickt");
        harness.saved_by_ben(kontor::core::plain::RecordCommand::edit(
            kontor::core::kinds::INTERACTIONS,
            1,
            Some(1),
            edit,
        ));
        // Anna changes the subject (the 1st field) and saves.
        harness.keys("C-u").text("Rückruf: Lieferzeit");
        let screen = harness.save_refused_as_stale("interaction 1", "interaction_edit_stale");
        let kept = harness.shown("Rückruf: Lieferzeit");
        assert!(screen.contains(&kept), "the input is kept: {screen}");
        assert!(screen.contains("now: Angebot verschickt"), "{screen}");
        // Saving again sends only the subject: Ben's outcome stays.
        harness.keys("C-x");
        let saved: Interaction = store.require(1).unwrap();
        assert_eq!(saved.subject, "Rückruf: Lieferzeit");
        assert_eq!(saved.outcome, "Angebot verschickt");
        assert_eq!(saved.version, 3);
    }
}

#[test]
fn an_agent_is_not_offered_the_edit_of_another_agents_interaction() {
    let mut harness = Harness::as_role(Role::Agent, color(), 80, 24);
    // All interactions, newest first: Ben's e-mail of 6 January.
    harness.keys("g i v e");
    let screen = harness.screen();
    assert!(
        screen.contains("interaction 2 belongs to ben: not permitted for role agent"),
        "{screen}"
    );
    assert!(!screen.contains("Edit interaction"), "{screen}");
    harness.keys("Down e");
    assert!(harness.screen().contains("Edit interaction 1"));
}

#[test]
fn a_caller_found_by_a_later_number_is_listed_with_that_number() {
    let mut harness = Harness::new(color(), 80, 24);
    let zwei = input(&[
        ("name", "Zwei Nummern GmbH"),
        ("phone", "040 1111111"),
        ("phone", "040 2224930"),
    ]);
    harness.saved_by_ben(kontor::core::plain::RecordCommand::add(
        kontor::core::kinds::CUSTOMERS,
        zwei,
    ));
    let short = harness.keys("F2").text("493").screen();
    assert!(short.contains("type at least 4 digits"), "{short}");
    assert!(!short.contains("0 matches"), "{short}");
    let popup = harness.text("0").screen();
    assert!(popup.contains("Zwei Nummern GmbH"), "{popup}");
    assert!(popup.contains("040 2224930"), "{popup}");
    assert!(!popup.contains("040 1111111"), "{popup}");
    let list = harness.keys("Esc g c /").text("4930").screen();
    assert!(list.contains("040 2224930"), "{list}");
    assert!(!list.contains("040 1111111"), "{list}");
    let by_name = harness
        .keys("Backspace Backspace Backspace Backspace")
        .text("zwei")
        .screen();
    assert!(
        by_name.contains("040 1111111"),
        "by name, the first number: {by_name}"
    );
}

#[test]
fn the_home_pipeline_total_is_the_sum_of_the_stage_amounts_it_shows() {
    let mut harness = Harness::new(color(), 80, 24);
    // 10 % of 0.05 is 0.005 and 20 % of 0.03 is 0.006: each stage shows 0.01, so the total
    // must count 0.02 — adding the unrounded 0.011 would show one cent less than its parts.
    for (amount, stage) in [("0.05", "qualification"), ("0.03", "needs-analysis")] {
        let fields = input(&[
            ("customer", "1"),
            ("title", "Muster"),
            ("amount", amount),
            ("stage", stage),
        ]);
        let now = crate::common::NOW;
        let opportunity = opportunity::from_input(&fields, now, Currency::EUR).unwrap();
        harness.saved_by_ben(kontor::core::kinds::opportunity::add(&opportunity));
    }
    let screen = harness.keys("g o g h").screen();
    let panel: Vec<&str> = screen
        .lines()
        .filter_map(|line| line.split("││").nth(1))
        .map(|right| right.trim_end_matches(['"', '│']).trim())
        .collect();
    let cents = |text: &str| -> i64 { text.replace('.', "").parse().unwrap() };
    let stages: Vec<i64> = ["qualification", "needs-analysis", "proposal", "negotiation"]
        .iter()
        .map(|stage| {
            let line = panel.iter().find(|l| l.starts_with(stage)).unwrap();
            cents(line.rsplit(' ').next().unwrap())
        })
        .collect();
    assert_eq!(stages[..2], [1, 1], "one cent each: {screen}");
    let total = panel
        .iter()
        .find_map(|l| l.strip_prefix("weighted open total "))
        .and_then(|t| t.strip_suffix(" EUR"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert_eq!(cents(total), stages.iter().sum::<i64>(), "{screen}");
}
