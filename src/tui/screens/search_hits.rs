//! The word search's hits as the TUI shows them: `find` asks `core::search` (the word
//! index, filtered by the actor's rights in the core) and turns each hit into a line —
//! its group's name in the current language, title, snippet, date — and the record it
//! opens (`Target`, a route when chosen). The one place the TUI reads the word index.
//! Room: tui.

use time::Date;

use super::kind::{self, INTERACTIONS, ITEMS};
use super::sales::Doc;
use crate::core::kinds;
use crate::core::search::{SearchHit, SearchKind, SearchQuery, search};
use crate::tui::route::Route;
use crate::tui::session::Session;

/// The record a hit opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Customer(u64),
    Interaction(u64),
    Item(u64),
    /// A plain kind's record, by the kind's registry name and id.
    Record(&'static str, u64),
    Ticket(String),
    Quote(String),
    Order(String),
    Invoice(String),
    Campaign(u64),
}

impl Target {
    /// The record of a hit. Tickets, quotes, orders and invoices open by their number: the
    /// first part of the hit's title (`number · name`, `core::search`).
    fn of(hit: &SearchHit) -> Target {
        let number = || {
            hit.title
                .split(" · ")
                .next()
                .unwrap_or_default()
                .to_string()
        };
        match hit.kind {
            SearchKind::Customer => Target::Customer(hit.id),
            SearchKind::Interaction => Target::Interaction(hit.id),
            SearchKind::Item => Target::Item(hit.id),
            SearchKind::Supplier => Target::Record(kinds::SUPPLIERS.name, hit.id),
            SearchKind::Ticket => Target::Ticket(number()),
            SearchKind::Quote => Target::Quote(number()),
            SearchKind::Order => Target::Order(number()),
            SearchKind::Invoice => Target::Invoice(number()),
            SearchKind::Campaign => Target::Campaign(hit.id),
        }
    }

    /// The route that opens the record.
    pub fn route(&self) -> Route {
        match self {
            Target::Customer(id) => Route::Customer(*id),
            Target::Interaction(id) => Route::Record(INTERACTIONS, *id),
            Target::Item(id) => Route::Record(ITEMS, *id),
            Target::Record(name, id) => match kind::KINDS.iter().find(|k| k.decl.name == *name) {
                Some(ui) => Route::Record(ui, *id),
                None => Route::Home,
            },
            Target::Ticket(number) => Route::Ticket(number.clone()),
            Target::Quote(number) => Route::SalesDocument(Doc::Quote, number.clone()),
            Target::Order(number) => Route::SalesDocument(Doc::Order, number.clone()),
            Target::Invoice(number) => Route::Invoice(number.clone()),
            Target::Campaign(id) => Route::Campaign(*id),
        }
    }
}

/// One hit, as a line of the search screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The name of its kind's group (`Customers`, `Kunden`).
    pub group: String,
    pub title: String,
    pub snippet: String,
    pub date: Option<Date>,
    pub target: Target,
}

/// The hits of `text` (of one kind when `kind` names it), grouped by kind, best first,
/// at most `per_kind` of each, none for an empty text; why not as a message in the
/// current language.
pub fn find(
    session: &Session,
    text: &str,
    kind: Option<SearchKind>,
    per_kind: usize,
) -> Result<Vec<Found>, String> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let query = SearchQuery {
        kind,
        limit: per_kind,
        ..SearchQuery::new(text)
    };
    let groups = search(session.store(), &session.actor, &query).map_err(|e| e.to_string())?;
    Ok(groups
        .into_iter()
        .flat_map(|group| {
            let name = group.kind.label();
            group.hits.into_iter().map(move |hit| Found {
                group: name.clone(),
                target: Target::of(&hit),
                date: Some(hit.at.date()),
                title: hit.title,
                snippet: hit.snippet,
            })
        })
        .collect())
}

/// The ids of the interactions `text` finds in the word index, best first, at most
/// `limit`; none when the query is refused (the list's own search still runs).
pub fn interaction_ids(session: &Session, text: &str, limit: usize) -> Vec<u64> {
    let query = SearchQuery {
        kind: Some(SearchKind::Interaction),
        limit,
        ..SearchQuery::new(text)
    };
    match search(session.store(), &session.actor, &query) {
        Ok(groups) => groups
            .into_iter()
            .flat_map(|group| group.hits)
            .map(|hit| hit.id)
            .collect(),
        Err(_) => Vec::new(),
    }
}
