//! The roles' rules applied by the queries, on demo data: what warehouse, agent, sales and
//! payroll actors read of customers, interactions, opportunities and the pipeline.

use super::*;
use crate::core::{Command, Role, execute, load_demo};
use crate::domain::Money;
use crate::domain::fields::Input;
use crate::domain::phone::PhoneQuery;
use crate::store::StoreError;

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.into(),
        role,
    }
}

fn demo() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    load_demo(
        &store,
        &crate::core::clock::test_clock(),
        &Actor::local("root"),
        60,
    )
    .unwrap();
    (dir, store)
}

fn refused(result: Result<impl std::fmt::Debug, CoreError>, role: &str) {
    let error = result.unwrap_err();
    assert_eq!(error.to_string(), format!("not permitted for role {role}"));
}

/// No phone, e-mail, contact phone or e-mail, or notes; the name and addresses are kept.
fn assert_redacted(customer: &Customer, original: &Customer) {
    assert!(customer.phones.is_empty() && customer.emails.is_empty());
    assert!(customer.notes.is_empty());
    assert!(
        customer
            .contacts
            .iter()
            .all(|c| c.phones.is_empty() && c.emails.is_empty())
    );
    assert_eq!(customer.name, original.name);
    assert_eq!(customer.addresses, original.addresses);
    assert_eq!(customer.contacts.len(), original.contacts.len());
}

#[test]
fn warehouse_reads_names_and_addresses_only() {
    let (_dir, store) = demo();
    let admin = Actor::local("root");
    let warehouse = actor("wim", Role::Warehouse);
    let everything = list_customers(&store, &admin, &CustomerFilter::default(), 100).unwrap();
    let original = everything
        .iter()
        .find(|c| !c.phones.is_empty() && !c.emails.is_empty() && !c.notes.is_empty())
        .expect("demo data has a customer with phones, e-mails and notes")
        .clone();
    assert!(original.contacts.iter().any(|c| !c.phones.is_empty()) || everything.len() > 1);

    let listed = list_customers(&store, &warehouse, &CustomerFilter::default(), 100).unwrap();
    assert_eq!(listed.len(), everything.len());
    for (shown, full) in listed.iter().zip(&everything) {
        assert_redacted(shown, full);
    }
    let shown = get_customer(&store, &warehouse, original.id)
        .unwrap()
        .unwrap();
    assert_redacted(&shown, &original);

    let region = Country::DE;
    let by_name = search_customers(&store, &warehouse, &original.name, 5, region).unwrap();
    let hit = by_name
        .iter()
        .find(|h| h.customer.id == original.id)
        .unwrap();
    assert_redacted(&hit.customer, &original);
    let by_name = find_by_name(&store, &warehouse, &fold(&original.name), 5).unwrap();
    assert!(by_name.iter().all(|h| h.customer.phones.is_empty()));

    // A phone number or an e-mail finds nothing for the warehouse, but does for an admin.
    let phone = original.phones[0].e164.clone();
    let email = original.emails[0].clone();
    for text in [&phone, &email] {
        let full = search_customers(&store, &admin, text, 5, region).unwrap();
        assert!(full.iter().any(|h| h.customer.id == original.id), "{text}");
        let blind = search_customers(&store, &warehouse, text, 5, region).unwrap();
        assert!(blind.iter().all(|h| h.customer.id != original.id), "{text}");
    }
    let query = PhoneQuery::new(&phone, region).unwrap();
    refused(find_by_phone(&store, &warehouse, &query, 5, 5), "warehouse");
    assert!(
        !find_by_phone(&store, &admin, &query, 5, 5)
            .unwrap()
            .is_empty()
    );

    let filter = InteractionFilter {
        customer: Some(original.id),
        ..Default::default()
    };
    refused(
        list_interactions(&store, &warehouse, &filter, 5),
        "warehouse",
    );
    refused(recent_interactions(&store, &warehouse, 5), "warehouse");
    refused(
        list_opportunities(&store, &warehouse, None, Some(original.id), 5),
        "warehouse",
    );
    refused(pipeline(&store, &warehouse, Currency::EUR), "warehouse");
}

#[test]
fn payroll_reads_no_crm() {
    let (_dir, store) = demo();
    let payroll = actor("pia", Role::Payroll);
    let filter = CustomerFilter::default();
    refused(list_customers(&store, &payroll, &filter, 5), "payroll");
    refused(
        search_customers(&store, &payroll, "a", 5, Country::DE),
        "payroll",
    );
    refused(find_by_name(&store, &payroll, "a", 5), "payroll");
    refused(get_customer(&store, &payroll, 1), "payroll");
    refused(recent_interactions(&store, &payroll, 5), "payroll");
    refused(get_interaction(&store, &payroll, 1), "payroll");
    refused(get_opportunity(&store, &payroll, 1), "payroll");
    refused(
        list_opportunities(&store, &payroll, None, None, 5),
        "payroll",
    );
    refused(pipeline(&store, &payroll, Currency::EUR), "payroll");
}

#[test]
fn agents_see_their_own_opportunities_and_sales_the_whole_pipeline() {
    let (_dir, store) = demo();
    let anna = actor("anna", Role::Agent);
    let sales = actor("sam", Role::Sales);
    let all = list_opportunities(&store, &sales, None, None, usize::MAX).unwrap();
    let annas: Vec<&Opportunity> = all.iter().filter(|o| o.owner == "anna").collect();
    assert!(!annas.is_empty() && annas.len() < all.len());

    let seen = list_opportunities(&store, &anna, None, None, usize::MAX).unwrap();
    assert_eq!(seen.len(), annas.len());
    assert!(seen.iter().all(|o| o.owner == "anna"));
    let stage = annas[0].stage;
    let staged = list_opportunities(&store, &anna, Some(stage), None, usize::MAX).unwrap();
    assert!(!staged.is_empty() && staged.iter().all(|o| o.owner == "anna"));
    let foreign = all.iter().find(|o| o.owner != "anna").unwrap();
    let of_customer =
        list_opportunities(&store, &anna, None, Some(foreign.customer_id), 100).unwrap();
    assert!(of_customer.iter().all(|o| o.id != foreign.id));
    assert_eq!(get_opportunity(&store, &anna, foreign.id).unwrap(), None);
    assert_eq!(
        get_opportunity(&store, &anna, annas[0].id)
            .unwrap()
            .as_ref(),
        Some(annas[0])
    );
    assert!(
        get_opportunity(&store, &sales, foreign.id)
            .unwrap()
            .is_some()
    );

    let count = |rows: &[PipelineRow]| rows.iter().map(|r| r.count).sum::<usize>();
    let own = pipeline(&store, &anna, Currency::EUR).unwrap();
    assert_eq!(count(&own), annas.len());
    let whole = pipeline(&store, &sales, Currency::EUR).unwrap();
    assert_eq!(count(&whole), all.len());

    let interactions = recent_interactions(&store, &anna, 10).unwrap();
    assert_eq!(interactions.len(), 10, "agents read every interaction");
    let someone_elses = interactions.iter().find(|i| i.agent != "anna").unwrap();
    assert_eq!(
        get_interaction(&store, &anna, someone_elses.id)
            .unwrap()
            .as_ref(),
        Some(someone_elses)
    );
    assert_eq!(get_interaction(&store, &anna, u64::MAX).unwrap(), None);
}

/// The pipeline summed opportunity by opportunity, as the maintained sums must have it.
fn pipeline_by_record(store: &Store, actor: &Actor) -> Vec<PipelineRow> {
    let empty = |stage, currency| PipelineRow {
        stage,
        currency,
        count: 0,
        sum: Decimal::ZERO,
        weighted: Decimal::ZERO,
    };
    let mut rows: BTreeMap<(Stage, Currency), PipelineRow> = Stage::ALL
        .into_iter()
        .map(|stage| ((stage, Currency::EUR), empty(stage, Currency::EUR)))
        .collect();
    for opportunity in visible_opportunities(store, actor).unwrap() {
        let (stage, currency) = (opportunity.stage, opportunity.amount.currency);
        let row = rows
            .entry((stage, currency))
            .or_insert_with(|| empty(stage, currency));
        row.count += 1;
        row.sum += opportunity.amount.amount;
        row.weighted += opportunity.weighted();
    }
    rows.into_values().collect()
}

#[test]
fn the_pipelines_sums_follow_every_edit_owner_change_and_delete() {
    let (_dir, store) = demo();
    let root = Actor::local("root");
    let anna = actor("anna", Role::Agent);
    let sales = actor("sam", Role::Sales);
    let agree = |when: &str| {
        for who in [&anna, &sales] {
            assert_eq!(
                pipeline(&store, who, Currency::EUR).unwrap(),
                pipeline_by_record(&store, who),
                "{} {when}",
                who.name
            );
        }
    };
    agree("after the demo");
    let all = list_opportunities(&store, &root, None, None, usize::MAX).unwrap();
    let annas: Vec<&Opportunity> = all.iter().filter(|o| o.owner == "anna").collect();
    assert!(annas.len() >= 3, "{}", annas.len());

    let mut moved = annas[0].clone();
    moved.stage = match moved.stage {
        Stage::Won => Stage::Proposal,
        _ => Stage::Won,
    };
    moved.amount = Money::new(
        moved.amount.amount + Decimal::new(12_345, 2),
        "CHF".parse().unwrap(),
    );
    moved.probability = 37;
    let update = |opportunity: &Opportunity, when: &str| {
        store
            .transaction(|tx| tx.update(&mut opportunity.clone(), None))
            .unwrap();
        agree(when);
    };
    update(&moved, "after a stage, amount and currency change");
    let handed = Opportunity {
        owner: "Ben".into(),
        ..annas[1].clone()
    };
    update(&handed, "after an owner change");
    let renamed = Opportunity {
        owner: "ANNA".into(),
        ..annas[2].clone()
    };
    update(&renamed, "after the owner is written in capitals");

    store
        .transaction(|tx| tx.remove::<Opportunity>(annas[2].id))
        .unwrap();
    agree("after a delete");
    assert_eq!(store.check().unwrap(), Vec::new());
}

#[test]
fn agents_change_only_their_own_opportunities() {
    let (_dir, store) = demo();
    let anna = actor("anna", Role::Agent);
    let sales = actor("sam", Role::Sales);
    let all = list_opportunities(&store, &sales, None, None, usize::MAX).unwrap();
    let open = |o: &&Opportunity| !o.stage.is_closed();
    let foreign = all.iter().filter(open).find(|o| o.owner != "anna").unwrap();
    let move_to = |id| Command::MoveOpportunity {
        id,
        stage: Stage::Won,
        probability: None,
        reason: None,
    };
    let error = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        move_to(foreign.id),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "opportunity {} belongs to {}: not permitted for role agent",
            foreign.id, foreign.owner
        )
    );
    let own = all.iter().filter(open).find(|o| o.owner == "anna").unwrap();
    execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        move_to(own.id),
    )
    .unwrap();
    execute(
        &store,
        &crate::core::clock::test_clock(),
        &sales,
        move_to(foreign.id),
    )
    .unwrap();

    let mut new = own.clone();
    new.id = 0;
    new.owner = String::new();
    let added = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        crate::core::kinds::opportunity::add(&new),
    )
    .unwrap();
    let owner = |event: &crate::core::Event| match event {
        crate::core::Event::Record(crate::core::plain::RecordEvent {
            done: crate::core::plain::Done::Added(row),
            ..
        }) => row
            .iter()
            .find(|(f, _)| *f == "owner")
            .map(|(_, v)| v.cell()),
        _ => None,
    };
    assert_eq!(owner(&added).as_deref(), Some("anna"));
    new.owner = "ben".into();
    let error = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        crate::core::kinds::opportunity::add(&new),
    )
    .unwrap_err();
    assert!(error.to_string().contains("belongs to ben"), "{error}");
}

#[test]
fn agents_cannot_hand_their_opportunity_to_another_owner() {
    let (_dir, store) = demo();
    let anna = actor("anna", Role::Agent);
    let sales = actor("sam", Role::Sales);
    let all = list_opportunities(&store, &sales, None, None, usize::MAX).unwrap();
    let own = all.iter().find(|o| o.owner == "anna").unwrap().clone();
    let hand_to = |owner: &str| {
        let mut edit = Input::new();
        edit.set("owner", owner);
        edit.set("title", "Handed over");
        crate::core::plain::RecordCommand::edit(
            crate::core::kinds::OPPORTUNITIES,
            own.id,
            Some(own.version),
            edit,
        )
    };
    let error = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        hand_to("ben"),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "opportunity {} belongs to ben: not permitted for role agent",
            own.id
        )
    );
    let kept = listed_opportunity(&store, &sales, own.id);
    assert_eq!(kept, own, "nothing of the refused edit is saved");
    // Her own name in another case is still hers; the pipeline right may hand it on.
    execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        hand_to("ANNA"),
    )
    .unwrap();
    let mut edit = Input::new();
    edit.set("owner", "ben");
    let command = crate::core::plain::RecordCommand::edit(
        crate::core::kinds::OPPORTUNITIES,
        own.id,
        None,
        edit,
    );
    execute(&store, &crate::core::clock::test_clock(), &sales, command).unwrap();
    assert_eq!(listed_opportunity(&store, &sales, own.id).owner, "ben");
}

fn listed_opportunity(store: &Store, sales: &Actor, id: u64) -> Opportunity {
    list_opportunities(store, sales, None, None, usize::MAX)
        .unwrap()
        .into_iter()
        .find(|o| o.id == id)
        .unwrap()
}

#[test]
fn agents_edit_only_the_interactions_they_logged() {
    let (_dir, store) = demo();
    let anna = actor("anna", Role::Agent);
    let sales = actor("sam", Role::Sales);
    let all = recent_interactions(&store, &sales, usize::MAX).unwrap();
    let foreign = all
        .iter()
        .find(|i| fold(&i.agent) != "anna")
        .unwrap()
        .clone();
    let own = all.iter().find(|i| i.agent == "anna").unwrap().clone();
    let outcome = |id, version, text: &str| {
        let mut edit = Input::new();
        edit.set("outcome", text);
        crate::core::plain::RecordCommand::edit(crate::core::kinds::INTERACTIONS, id, version, edit)
    };
    let error = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        outcome(foreign.id, None, "x"),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "interaction {} belongs to {}: not permitted for role agent",
            foreign.id, foreign.agent
        )
    );
    let edited = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        outcome(own.id, Some(own.version), "Called back"),
    );
    edited.unwrap();
    let saved = get_interaction(&store, &sales, own.id).unwrap().unwrap();
    assert_eq!(saved.outcome, "Called back");
    assert_eq!(saved.version, own.version + 1);
    execute(
        &store,
        &crate::core::clock::test_clock(),
        &sales,
        outcome(foreign.id, None, "Sales note"),
    )
    .unwrap();
    // A save against the version anna read first is refused, naming who saved in between.
    let stale = execute(
        &store,
        &crate::core::clock::test_clock(),
        &anna,
        outcome(own.id, Some(own.version), "again"),
    );
    let error = stale.unwrap_err();
    assert!(
        matches!(&error, CoreError::Changed { by, version, .. }
            if by.starts_with("changed by anna at") && *version == own.version + 1),
        "{error}"
    );
    let payroll = actor("pia", Role::Payroll);
    refused(
        execute(
            &store,
            &crate::core::clock::test_clock(),
            &payroll,
            outcome(own.id, None, "x"),
        ),
        "payroll",
    );
}

#[test]
fn a_pipeline_of_huge_stored_amounts_is_an_error_not_a_panic() {
    let (_dir, store) = demo();
    let root = Actor::local("root");
    let proposal =
        list_opportunities(&store, &root, Some(Stage::Proposal), None, 1).unwrap()[0].clone();
    let huge = |owner: &str| Opportunity {
        id: 0,
        owner: owner.into(),
        amount: Money::new(Decimal::MAX, proposal.amount.currency),
        ..proposal.clone()
    };
    // Each owner's sums hold one such amount; a second one is refused, not a panic.
    for owner in ["nora", "otto"] {
        store.transaction(|tx| tx.insert(&mut huge(owner))).unwrap();
    }
    let refused = store.transaction(|tx| tx.insert(&mut huge("nora")));
    assert!(
        matches!(&refused, Err(StoreError::Refused(why)) if why.contains("sum")),
        "{refused:?}"
    );
    // Across owners the pipeline cannot sum them.
    let error = pipeline(&store, &root, proposal.amount.currency).unwrap_err();
    assert!(matches!(error, CoreError::TooLarge(_)), "{error:?}");
    assert!(!error.is_user_error());
    assert_eq!(store.check().unwrap(), Vec::new());
}

#[test]
fn search_text_is_capped_and_only_short_queries_are_matched_fuzzily() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let root = Actor::local("root");
    let word = "Donaudampfschifffahrtsgesellschaftskapitaen";
    let input = crate::domain::fields::Input::from_pairs(&[("name", word)]);
    execute(
        &store,
        &crate::core::clock::test_clock(),
        &root,
        crate::core::plain::RecordCommand::add(crate::core::kinds::CUSTOMERS, input),
    )
    .unwrap();
    let search = |text: &str| search_customers(&store, &root, text, 10, Country::DE);

    let typo = |text: &str| text.replacen('f', "v", 1).to_lowercase();
    let short = typo(&word[..FUZZY_MAX_CHARS]);
    assert_eq!(search(&short).unwrap().len(), 1, "{short}");
    let long = typo(word);
    assert!(search(&long).unwrap().is_empty(), "{long}");

    assert!(search(&"x".repeat(MAX_SEARCH_CHARS)).unwrap().is_empty());
    // Too few digits to look a number up by; a name with digits is still a name.
    let short = search("030 ").unwrap_err();
    assert!(short.is_user_error());
    assert_eq!(
        short.to_string(),
        "search: type at least 4 digits of the number"
    );
    assert!(search("Bau 20").is_ok());
    let error = search(&"x".repeat(80_000)).unwrap_err();
    assert!(error.is_user_error());
    assert_eq!(
        error.to_string(),
        "search: the text is 80000 characters long; search for at most 200"
    );
}

#[test]
fn agents_delete_only_their_own_opportunities_and_see_only_those() {
    use crate::core::kinds::OPPORTUNITIES;
    use crate::core::plain::{RecordCommand, RecordOp};
    let (_dir, store) = demo();
    let anna = actor("anna", Role::Agent);
    let sales = actor("sam", Role::Sales);
    let all = list_opportunities(&store, &sales, None, None, usize::MAX).unwrap();
    let foreign = all.iter().find(|o| o.owner != "anna").unwrap();
    let own = all.iter().find(|o| o.owner == "anna").unwrap();
    let delete = |id| {
        Command::Record(RecordCommand {
            kind: OPPORTUNITIES,
            op: RecordOp::Delete { id, force: false },
        })
    };
    let clock = crate::core::clock::test_clock();
    let error = execute(&store, &clock, &anna, delete(foreign.id)).unwrap_err();
    assert!(error.to_string().contains("belongs to"), "{error}");
    let shown = |actor: &Actor, id| {
        crate::core::plain_query::get(&store, actor, OPPORTUNITIES, id, time::UtcOffset::UTC)
            .unwrap()
            .is_some()
    };
    assert!(!shown(&anna, foreign.id) && shown(&sales, foreign.id));
    execute(&store, &clock, &anna, delete(own.id)).unwrap();
    assert!(!shown(&sales, own.id));
}
