//! Finding anything: one typed query over the word index of every searched kind, hits
//! grouped by kind, best first (exact reference, whole word, prefix; newer before older
//! within a rank), each kept or dropped by the actor's typed rights before it is counted —
//! a hit is tested only against the texts the actor may read, so a field they may not
//! see neither finds a record nor shows in a snippet. Room: core (store and domain only;
//! nothing here reads the clock).

mod kinds;

use std::borrow::Cow;

use time::{Date, OffsetDateTime};

use super::{Actor, CoreError};
use crate::domain::Invalid;
use crate::domain::words::{Field, Matcher, Query, Rank, snippet, text_holding};
use crate::store::Store;
use crate::store::kinds::words::{self as word_index, Worded};

/// Hits per kind when a query names no limit.
pub const DEFAULT_LIMIT: usize = 20;
/// Most hits per kind a query may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Characters of a hit's snippet.
pub const SNIPPET_WIDTH: usize = 60;
/// Most candidate records read per kind for one query: a query whose words are each
/// common but rare together stops here (and says there may be more).
const READ_BUDGET: usize = 5_000;

/// A kind of record the search finds, in the order groups are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchKind {
    Customer,
    Interaction,
    Ticket,
    Quote,
    Order,
    Invoice,
    Item,
    Supplier,
    Campaign,
}

impl SearchKind {
    pub const ALL: [SearchKind; 9] = [
        SearchKind::Customer,
        SearchKind::Interaction,
        SearchKind::Ticket,
        SearchKind::Quote,
        SearchKind::Order,
        SearchKind::Invoice,
        SearchKind::Item,
        SearchKind::Supplier,
        SearchKind::Campaign,
    ];

    /// The machine name (`--kind`, json and csv).
    pub fn name(self) -> &'static str {
        match self {
            SearchKind::Customer => "customer",
            SearchKind::Interaction => "interaction",
            SearchKind::Ticket => "ticket",
            SearchKind::Quote => "quote",
            SearchKind::Order => "order",
            SearchKind::Invoice => "invoice",
            SearchKind::Item => "item",
            SearchKind::Supplier => "supplier",
            SearchKind::Campaign => "campaign",
        }
    }

    /// The group's heading in the current language (plural).
    pub fn label(self) -> String {
        match self {
            SearchKind::Customer => crate::t!("search-kind-customer"),
            SearchKind::Interaction => crate::t!("search-kind-interaction"),
            SearchKind::Ticket => crate::t!("search-kind-ticket"),
            SearchKind::Quote => crate::t!("search-kind-quote"),
            SearchKind::Order => crate::t!("search-kind-order"),
            SearchKind::Invoice => crate::t!("search-kind-invoice"),
            SearchKind::Item => crate::t!("search-kind-item"),
            SearchKind::Supplier => crate::t!("search-kind-supplier"),
            SearchKind::Campaign => crate::t!("search-kind-campaign"),
        }
    }
}

impl std::str::FromStr for SearchKind {
    type Err = Invalid;
    fn from_str(text: &str) -> Result<SearchKind, Invalid> {
        let names = SearchKind::ALL.map(|kind| (kind.name(), kind));
        crate::domain::invalid::parse_labelled("kind", text, &names, SearchKind::label)
    }
}

/// What is searched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// As typed: words (all must occur), "quoted phrases", the last word also a prefix.
    pub text: String,
    /// Only this kind; every kind the actor may read when `None`.
    pub kind: Option<SearchKind>,
    /// Only records of this day or later (their moment, UTC).
    pub since: Option<Date>,
    /// Most hits per kind (`DEFAULT_LIMIT` when 0).
    pub limit: usize,
}

impl SearchQuery {
    /// A query for `text` over every kind, first page.
    pub fn new(text: &str) -> SearchQuery {
        SearchQuery {
            text: text.to_string(),
            kind: None,
            since: None,
            limit: DEFAULT_LIMIT,
        }
    }
}

/// One record found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: u64,
    /// What the record is called (a customer's name, an order's number, …).
    pub title: String,
    /// A short piece of a field the actor may read, around a matching word.
    pub snippet: String,
    /// The record's moment (an interaction's time, a record's creation, an invoice's issue).
    pub at: OffsetDateTime,
    pub rank: Rank,
}

/// The hits of one kind, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchGroup {
    pub kind: SearchKind,
    pub hits: Vec<SearchHit>,
    /// More hits exist than the limit let through.
    pub more: bool,
}

/// Searches every kind the actor may read (or the one asked for); groups without hits are
/// left out. An empty query or a limit above `MAX_LIMIT` is refused; a kind the actor
/// may not read is refused when asked for by name, and skipped otherwise.
pub fn search(
    store: &Store,
    actor: &Actor,
    query: &SearchQuery,
) -> Result<Vec<SearchGroup>, CoreError> {
    let parsed = Query::parse(&query.text);
    if parsed.is_empty() {
        return Err(CoreError::Invalid(vec![Invalid::new(
            "text",
            crate::t!("search-empty"),
        )]));
    }
    if query.limit > MAX_LIMIT {
        return Err(CoreError::Invalid(vec![Invalid::new(
            "limit",
            crate::t!("search-limit-too-high", max = MAX_LIMIT as u64),
        )]));
    }
    let asked = Asked {
        query: parsed,
        since: query.since.map(|day| day.midnight().assume_utc()),
        limit: if query.limit == 0 {
            DEFAULT_LIMIT
        } else {
            query.limit
        },
    };
    let mut groups = Vec::new();
    for kind in SearchKind::ALL {
        if query.kind.is_some_and(|wanted| wanted != kind) {
            continue;
        }
        let group = match kinds::search_kind(store, actor, kind, &asked) {
            Ok(group) => group,
            Err(refused @ CoreError::Refused(_)) if query.kind.is_some() => return Err(refused),
            Err(CoreError::Refused(_)) => continue,
            Err(other) => return Err(other),
        };
        if !group.hits.is_empty() {
            groups.push(group);
        }
    }
    Ok(groups)
}

/// A parsed query with its bounds.
struct Asked {
    query: Query,
    since: Option<OffsetDateTime>,
    limit: usize,
}

/// Which searched fields of a record an actor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fields {
    All,
    Only(&'static [Field]),
}

impl Fields {
    fn has(self, field: Field) -> bool {
        match self {
            Fields::All => true,
            Fields::Only(fields) => fields.contains(&field),
        }
    }
}

/// What an actor reads of one record: its title and the fields they may see, `None` when
/// they may not see the record.
type Sight<'a, T> = dyn Fn(&T) -> Result<Option<(String, Fields)>, CoreError> + 'a;

/// The hits of one kind: candidates from the word index, newest first, each tested against
/// the texts the actor may see.
fn hits_of<T: Worded>(
    store: &Store,
    kind: SearchKind,
    asked: &Asked,
    sight: &Sight<'_, T>,
) -> Result<SearchGroup, CoreError> {
    let query = &asked.query;
    let best = if query.terms.iter().any(|t| t.reference) {
        Rank::Reference
    } else {
        Rank::Word
    };
    let mut found: Vec<SearchHit> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let read = std::cell::Cell::new(0usize);
    // One word and every field in sight: the scan that found a record is its rank, once a
    // text is seen to hold the word (the one the snippet shows), so no matcher is built.
    let single = match (query.phrases.as_slice(), query.terms.as_slice()) {
        ([], [term]) => Some(term),
        _ => None,
    };
    let mut test = |id: u64, scanned: Rank, found: &mut Vec<SearchHit>| -> Result<(), CoreError> {
        if !seen.insert(id) {
            return Ok(());
        }
        read.set(read.get() + 1);
        let Some(record) = store.get::<T>(id)? else {
            return Ok(());
        };
        let at = record.moment();
        if asked.since.is_some_and(|since| at < since) {
            return Ok(());
        }
        let Some((title, fields)) = sight(&record)? else {
            return Ok(());
        };
        let texts: Vec<(Field, Cow<'_, str>)> = record
            .texts()
            .into_iter()
            .filter(|(field, _)| fields.has(*field))
            .collect();
        let seen = || texts.iter().map(|(_, text)| text.as_ref());
        let (rank, place) = if let Some(term) = single.filter(|_| fields == Fields::All) {
            let place = text_holding(seen(), term, scanned != Rank::Prefix);
            (place.map(|_| scanned), place)
        } else {
            let matcher = Matcher::new(seen(), query);
            (matcher.rank(query), matcher.first_text(query))
        };
        if let Some(rank) = rank {
            let text = place
                .and_then(|place| texts.get(place))
                .map(|(_, text)| text.as_ref())
                .unwrap_or_default();
            found.push(SearchHit {
                kind,
                id,
                title,
                snippet: snippet(text, query, SNIPPET_WIDTH),
                at,
                rank,
            });
        }
        Ok(())
    };
    let enough = |found: &[SearchHit], rank: Rank| {
        found.iter().filter(|hit| hit.rank <= rank).count() > asked.limit
    };
    // Newest first: past `since`, out of budget or a full page of the best rank ends it.
    let stop = |at: OffsetDateTime, found: &[SearchHit], rank: Rank| {
        asked.since.is_some_and(|since| at < since)
            || read.get() >= READ_BUDGET
            || enough(found, rank)
    };
    // The word every hit holds whole: the first one not still being typed, or the first
    // word of a phrase; failing both, the prefix word (whole matches first).
    let driver = query
        .terms
        .iter()
        .find(|term| !term.prefix)
        .map(|term| term.word.clone())
        .or_else(|| query.phrases.first().and_then(|p| p.first().cloned()));
    let prefix = query.terms.iter().find(|term| term.prefix);
    let Some(word) = driver.or_else(|| prefix.map(|term| term.word.clone())) else {
        return Ok(SearchGroup {
            kind,
            hits: Vec::new(),
            more: false,
        });
    };
    for hit in word_index::whole::<T>(store, &word, None)? {
        let hit = hit?;
        if stop(hit.at, &found, best) {
            break;
        }
        test(hit.id, best, &mut found)?;
    }
    // Only a prefix asked for: the words it begins follow, newest first among them.
    let mut cut = false;
    if let Some(term) = prefix.filter(|term| term.word == word)
        && !enough(&found, Rank::Prefix)
    {
        let mut begun = word_index::beginning::<T>(store, &term.word)?;
        for hit in begun.by_ref() {
            let hit = hit?;
            if stop(hit.at, &found, Rank::Prefix) {
                break;
            }
            test(hit.id, Rank::Prefix, &mut found)?;
        }
        cut = begun.cut;
    }
    found.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then(b.at.cmp(&a.at))
            .then(b.id.cmp(&a.id))
    });
    let more = found.len() > asked.limit || read.get() >= READ_BUDGET || cut;
    found.truncate(asked.limit);
    Ok(SearchGroup {
        kind,
        hits: found,
        more,
    })
}
