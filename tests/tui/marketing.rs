//! Marketing in the TUI driven by keys: a campaign created and costs booked in its forms,
//! the list showing its figures (checked against hand-computed ones); a segment typed in
//! the editor with its live count following the filter, saved, and its members listed; a
//! mailing previewed per recipient, its dry run naming who is not mailed and why, and its
//! send planned after a y/n naming the count.

use kontor::core::campaigns;
use kontor::core::mailing::{self, NewMailing};
use kontor::core::plain::RecordCommand;
use kontor::core::segments;
use kontor::core::{Actor, Command, Role, execute};
use kontor::domain::segment::filter_text;

use super::snapshots::harness::{Harness, color, in_german, input, mono, profiles};

fn admin() -> Actor {
    Actor {
        name: "anna".into(),
        role: Role::Admin,
    }
}

fn run(harness: &Harness, command: Command) {
    execute(&harness.store(), &crate::common::clock(), &admin(), command).unwrap();
}

/// A campaign made in the new-campaign form, two costs booked in the cost form (300.00 and
/// 0.10), and the Wartungsvertrag (2,400.50 in negotiation, 60 %) attributed to it.
fn campaign_through_forms(harness: &mut Harness) {
    harness
        .keys("g C n")
        .text("Frühjahrsmesse")
        .keys("Tab Tab C-u");
    harness
        .text("2026-01-01")
        .keys("Tab")
        .text("2026-03-31")
        .keys("Tab")
        .text("5000")
        .keys("C-x");
    let detail = harness.plain();
    let title = harness.shown("Frühjahrsmesse");
    assert!(detail.contains(&title), "{detail}");
    harness
        .keys("B")
        .text("300")
        .keys("Tab")
        .text("Messestand")
        .keys("C-x");
    harness
        .keys("B")
        .text("0.10")
        .keys("Tab")
        .text("Porto")
        .keys("C-x");
    let edit = RecordCommand::edit(
        kontor::core::kinds::OPPORTUNITIES,
        2,
        None,
        input(&[("campaign", "1")]),
    );
    run(harness, edit);
}

#[test]
fn campaigns_list_their_figures_and_a_campaign_its_costs() {
    for profile in profiles() {
        let mut harness = Harness::new(profile, 80, 24);
        campaign_through_forms(&mut harness);
        let store = harness.store();
        let (campaign, figures) = campaigns::figures(&store, &admin(), 1).unwrap();
        assert_eq!(campaign.costs.len(), 2);
        assert_eq!(figures.cost, rust_decimal::dec!(300.10));
        let list = harness.keys("Esc g C").snapshot("campaigns_list");
        // Cost 300.00 + 0.10; one lead (the attributed opportunity); pipeline
        // 2400.50 × 60 % = 1440.30; ROI (0 − 300.10) / 300.10 = −100 %.
        for figure in ["300.10", "1440.30", "-100.00 %", "Frühjahrsmesse"] {
            assert!(list.contains(&harness.shown(figure)), "{figure}: {list}");
        }
        let detail = harness.keys("Enter").snapshot("campaign_detail");
        for shown in ["Messestand", "Porto", "5000.00", "2026-03-31", "1 · 300.10"] {
            let shown = harness.shown(shown);
            assert!(detail.contains(&shown), "{shown}: {detail}");
        }
    }
}

#[test]
fn a_cost_of_nothing_is_refused_under_its_field() {
    let mut harness = Harness::new(color(), 80, 24);
    campaign_through_forms(&mut harness);
    harness
        .keys("B")
        .text("0")
        .keys("Tab")
        .text("nix")
        .keys("C-x");
    let refused = harness.plain();
    assert!(refused.contains("Book a cost"), "{refused}");
    let store = harness.store();
    assert_eq!(
        campaigns::campaign(&store, &admin(), 1)
            .unwrap()
            .costs
            .len(),
        2
    );
}

#[test]
fn a_segment_is_edited_with_its_count_following_the_filter() {
    let mut harness = Harness::new(mono(), 80, 24);
    harness.keys("g S n").text("Berliner Kunden").keys("Tab");
    harness.text("city=Berlin");
    // Typed, not counted yet: the count waits for the work after the keys.
    let typed = harness.plain();
    assert!(typed.contains("counting"), "{typed}");
    harness.work();
    // Both customers of the fixture are in Berlin; only Müller has the status customer.
    let both = harness.plain();
    assert!(both.contains("2 customers (found by scan)"), "{both}");
    assert!(
        both.contains("Alfreds Futterkiste") && both.contains("Berlin"),
        "{both}"
    );
    harness.text("; status=customer");
    harness.work();
    let one = harness.snapshot("segment_editor");
    assert!(
        one.contains("1 customer (found by customers.by_status)"),
        "{one}"
    );
    assert!(!one.contains("Alfreds"), "{one}");
    harness.text("; country=XX");
    harness.work();
    let bad = harness.plain();
    assert!(bad.contains("country"), "{bad}");
    for _ in 0.."; country=XX".len() {
        harness.keys("Backspace");
    }
    harness.keys("C-x");
    let store = harness.store();
    let saved = segments::segments(&store, &admin()).unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "Berliner Kunden");
    assert_eq!(
        filter_text(&saved[0].criteria),
        "city=Berlin; status=customer"
    );
    // The list shows it; Enter lists its members.
    let list = harness.keys("g S").plain();
    assert!(list.contains("Berliner Kunden"), "{list}");
    let members = harness.keys("Enter").plain();
    assert!(members.contains("Müller Maschinenbau"), "{members}");
    assert!(!members.contains("Alfreds"), "{members}");
}

/// Three more customers tagged `news`: a person with an address, one without, and a
/// company sharing the person's address; a draft mailing to the tag.
fn audience(harness: &Harness) -> u64 {
    for fields in [
        vec![
            ("name", "Clara Schmidt"),
            ("kind", "person"),
            ("email", "clara@example.org"),
        ],
        vec![("name", "Otto Ohnepost"), ("kind", "person")],
        vec![
            ("name", "Schmidt & Co KG"),
            ("kind", "company"),
            ("email", "Clara@Example.org"),
        ],
    ] {
        let mut pairs = fields;
        pairs.extend([("tags", "news"), ("country", "DE")]);
        let add = RecordCommand::add(kontor::core::kinds::CUSTOMERS, input(&pairs));
        run(harness, add);
    }
    // Clara confirmed the newsletter yesterday: without it nobody may be mailed.
    let confirmed = kontor::domain::consent::ConsentEvent {
        id: 0,
        version: 0,
        party: kontor::domain::consent::Party::Customer(1),
        person: String::new(),
        channel: kontor::domain::consent::Channel::Email,
        address: "clara@example.org".into(),
        purpose: "newsletter".into(),
        action: kontor::domain::consent::Action::Confirmed,
        at: crate::common::now() - time::Duration::days(1),
        source: "form".into(),
        text_version: String::new(),
        text_sha256: String::new(),
        ip: String::new(),
        actor: "test".into(),
    };
    harness
        .store()
        .transaction(|tx| {
            tx.insert(&mut confirmed.clone())?;
            Ok(())
        })
        .unwrap();
    let new = NewMailing {
        name: "Frühjahr".into(),
        subject: "Neues für {name}".into(),
        body: "{salutation}\n\nunser Frühjahrsangebot ist da.".into(),
        html: None,
        tag: "news".into(),
        purpose: "newsletter".into(),
        campaign: None,
        segment: None,
    };
    let store = harness.store();
    mailing::add(&store, &admin(), crate::common::now(), &new)
        .unwrap()
        .id
}

#[test]
fn a_mailing_is_previewed_dry_run_and_sent_after_a_question_naming_the_count() {
    let mut harness = Harness::new(color(), 80, 24);
    let id = audience(&harness);
    let list = harness.keys("g M").snapshot("mailings_list");
    assert!(
        list.contains("Frühjahr") && list.contains("draft"),
        "{list}"
    );
    let preview = harness.keys("V").snapshot("mailing_preview");
    assert!(preview.contains("Recipient 1 of 2"), "{preview}");
    assert!(preview.contains("Neues für Clara Schmidt"), "{preview}");
    assert!(preview.contains("Hello Clara Schmidt,"), "{preview}");
    assert!(preview.contains("clara@example.org"), "{preview}");
    // The next recipient is the company's address, a duplicate of Clara's.
    let next = harness.keys("Down").plain();
    assert!(next.contains("Recipient 2 of 2"), "{next}");
    assert!(next.contains("Schmidt & Co KG"), "{next}");
    let dry = harness.keys("Esc T").snapshot("mailing_dry_run");
    assert!(dry.contains("1 would be mailed, 2 not"), "{dry}");
    assert!(
        dry.contains("Otto Ohnepost") && dry.contains("no e-mail address"),
        "{dry}"
    );
    assert!(dry.contains("Schmidt & Co KG"), "{dry}");
    // Send: the question names the count; no plans nothing, yes plans one send.
    let asked = harness.keys("Esc M").plain();
    assert!(asked.contains("Send Frühjahr to 1 recipient?"), "{asked}");
    harness.keys("n");
    let store = harness.store();
    assert!(mailing::sends(&store, &admin(), id).unwrap().is_empty());
    let sending = harness.keys("M y").snapshot("mailing_progress");
    assert!(
        sending.contains("1 message planned for sending"),
        "{sending}"
    );
    assert!(sending.contains("sending"), "{sending}");
    let sends = mailing::sends(&store, &admin(), id).unwrap();
    assert_eq!(sends.len(), 1);
    assert_eq!(sends[0].address, "clara@example.org");
    // Sending again is refused once the mailing is sent; until then nothing is planned
    // twice.
    let again = harness.keys("M y").plain();
    assert!(again.contains("0 messages planned"), "{again}");
    assert_eq!(mailing::sends(&store, &admin(), id).unwrap().len(), 1);
}

#[test]
fn campaigns_and_the_segment_editor_in_german_keep_their_columns() {
    in_german(|| {
        let mut harness = Harness::new(color(), 80, 24);
        campaign_through_forms(&mut harness);
        let list = harness.keys("Esc g C").snapshot("de_campaigns_list");
        // German amounts: 1.440,30 EUR pipeline, ROI −100,00 %.
        for shown in ["Gew. Umsatz", "300,10", "1.440,30", "-100,00 %"] {
            assert!(list.contains(shown), "{shown}: {list}");
        }
        harness
            .keys("g S n")
            .text("Berlin")
            .keys("Tab")
            .text("city=Berlin");
        harness.work();
        let editor = harness.snapshot("de_segment_editor");
        assert!(editor.contains("2 Kunden (gefunden über scan)"), "{editor}");
    });
}

/// A segment over all people typed in the editor: the live count names customers, their
/// contacts and leads in Berlin, each figure counted here from the records themselves.
#[test]
fn the_segment_editor_counts_people_by_kind_as_typed() {
    use kontor::core::leads::{LeadCommand, NewLead};
    use kontor::domain::Customer;
    use kontor::domain::fold::fold;

    let mut harness = Harness::new(mono(), 80, 24);
    for (name, city) in [
        ("Lena Berg", "Berlin"),
        ("Tom Kurz", "Hamburg"),
        ("Ida Rau", "berlin"),
    ] {
        let new = NewLead {
            name: name.into(),
            city: city.into(),
            ..NewLead::default()
        };
        run(&harness, Command::Lead(LeadCommand::Add(Box::new(new))));
    }
    let store = harness.store();
    let berlin: Vec<Customer> = store
        .scan::<Customer>()
        .unwrap()
        .map(Result::unwrap)
        .filter(|c| c.addresses.iter().any(|a| fold(&a.city) == "berlin"))
        .collect();
    let contacts: usize = berlin.iter().map(|c| c.contacts.len()).sum();
    drop(store);
    assert!(contacts > 0, "the fixture's Berlin customers have contacts");
    harness.keys("g S n").text("Berlin, alle").keys("Tab");
    harness.text("selects=people; city=Berlin");
    harness.work();
    let screen = harness.plain();
    let total = berlin.len() + contacts + 2;
    assert!(
        screen.contains(&format!("{total} members (found by scan)")),
        "{screen}"
    );
    let counted = |count: usize, one: &str, many: &str| match count {
        1 => format!("1 {one}"),
        count => format!("{count} {many}"),
    };
    let by_kind = format!(
        "{} · {} · 2 leads",
        counted(berlin.len(), "customer", "customers"),
        counted(contacts, "contact", "contacts")
    );
    assert!(screen.contains(&by_kind), "{screen}");
    // The customers' status does not apply to leads: they drop out.
    harness.text("; status=customer");
    harness.work();
    let people = harness.plain();
    assert!(people.contains("0 leads"), "{people}");
    harness.keys("C-x");
    let saved = segments::segments(&harness.store(), &admin()).unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].selects, kontor::domain::segment::Selects::People);
}
