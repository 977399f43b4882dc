//! The consent ledger as the core keeps it: recording consent given, withdrawn or objected
//! (with its source, text version and IP), the consent texts by version, the standing
//! (`standing`: may kontor contact this address now — derived from the ledger by
//! `domain::consent::standing`, never stored), recording a use inside a sender's
//! transaction (`record_use_in`), a party's history and the evidence for one person. The
//! ledger is append-only: nothing here edits or removes an event. The double opt-in is
//! `consent_optin`. A customer merge attributes the loser's events to the survivor by
//! appending `Merged` events (`attribute_in`); a party's history shows the originals in
//! their place. Every command that writes the ledger (add, withdraw, object, request,
//! confirm by support, link or reply, use) is noted in the audit log (`audited`); the uses
//! a mailing batch records are not — the send ledger holds them. Room: core (area
//! `Consent`).

use time::OffsetDateTime;

use super::access::{self, Access, Area};
use super::{Actor, CoreError, Settings};
use crate::domain::consent::{
    self, Action, Channel, ConsentEvent, ConsentText, Party, Standing, normalize_address,
};
use crate::domain::{Country, Customer, Invalid};
use crate::store::audit::AuditScope;
use crate::store::kinds::consent::{
    consent_text_id, consent_text_id_in, consents_at, consents_of_party,
};
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// What a person said, as given on the command line or in a form.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub party: Option<Party>,
    /// The contact person's name; empty for the customer or lead itself.
    pub person: String,
    pub channel: Option<Channel>,
    /// The address as typed; normalized here.
    pub address: String,
    pub purpose: String,
    /// How it came about (`form`, `call`, `import` …); required.
    pub source: String,
    /// The label of the consent text shown; empty for none.
    pub text: String,
    pub ip: String,
}

/// `given` checked and turned into an event with `action` (not yet stored).
pub(super) fn event_of(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    given: &Given,
    action: Action,
) -> Result<ConsentEvent, CoreError> {
    let region = Settings::load(store)?.default_region;
    let mut problems = Vec::new();
    let party = given
        .party
        .ok_or_else(|| Invalid::new("party", crate::t!("consent-no-party")));
    let channel = given
        .channel
        .ok_or_else(|| Invalid::new("channel", crate::t!("consent-no-channel")));
    let purpose = consent::purpose(&given.purpose);
    let address = match &channel {
        Ok(channel) => normalize_address(*channel, &given.address, region),
        Err(_) => Ok(String::new()),
    };
    if given.source.trim().is_empty() {
        problems.push(Invalid::new("source", crate::t!("consent-no-source")));
    }
    let (text_version, text_sha256) = match given.text.trim() {
        "" => (String::new(), String::new()),
        label => match consent_text_id(store, label)? {
            Some(id) => {
                let text = store.require::<ConsentText>(id)?;
                (text.label, text.sha256)
            }
            None => {
                problems.push(Invalid::new(
                    "text",
                    crate::t!("consent-unknown-text", label = label),
                ));
                (String::new(), String::new())
            }
        },
    };
    if let Ok(Party::Customer(id)) = party
        && store.get::<Customer>(id)?.is_none()
    {
        return Err(CoreError::Store(StoreError::NotFound {
            kind: "customer",
            id,
        }));
    }
    let (party, channel, purpose, address) = match (party, channel, purpose, address) {
        (Ok(party), Ok(channel), Ok(purpose), Ok(address)) if problems.is_empty() => {
            (party, channel, purpose, address)
        }
        (party, channel, purpose, address) => {
            problems.extend(party.err());
            problems.extend(channel.err());
            problems.extend(purpose.err());
            problems.extend(address.err());
            return Err(CoreError::Invalid(problems));
        }
    };
    Ok(ConsentEvent {
        id: 0,
        version: 0,
        party,
        person: given.person.trim().to_string(),
        channel,
        address,
        purpose,
        action,
        at: now,
        source: given.source.trim().to_string(),
        text_version,
        text_sha256,
        ip: given.ip.trim().to_string(),
        actor: actor.name.clone(),
    })
}

/// Records that a person gave (`Confirmed`), took back (`Withdrawn`) or objected
/// (`Objected`); requests go through `consent_optin::request`, uses through
/// `record_use_in`.
pub fn record(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    given: &Given,
    action: Action,
) -> Result<ConsentEvent, CoreError> {
    access::require(actor, Area::Consent, Access::Write)?;
    if !matches!(
        action,
        Action::Confirmed | Action::Withdrawn | Action::Objected
    ) {
        return Err(CoreError::Refused(crate::t!("consent-record-kind")));
    }
    let command = match action {
        Action::Confirmed => "Consent::Add",
        Action::Withdrawn => "Consent::Withdraw",
        _ => "Consent::Object",
    };
    let event = event_of(store, actor, now, given, action)?;
    let _audit = audited(&actor.name, command, now);
    let stored = store.transaction(|tx| {
        let mut event = event.clone();
        tx.insert(&mut event)?;
        Ok(event)
    })?;
    store.flush()?;
    Ok(stored)
}

/// The audit scope a consent command's transaction is noted under (`kontor audit` shows
/// it): every change to the ledger by a person, a link or a reply is audited.
pub(super) fn audited(user: &str, command: &str, now: OffsetDateTime) -> AuditScope {
    crate::store::audit::scope(user, command, now)
}

/// Records, inside the sender's transaction, that a marketing mail or call (`what`)
/// relied on confirmed event `relied_on`: the § 7a retention runs from this use.
/// Refused when `relied_on` is not a confirmation.
pub fn record_use_in(
    tx: &Tx,
    relied_on: u64,
    what: &str,
    actor: &str,
    now: OffsetDateTime,
) -> TxResult<ConsentEvent> {
    let basis = tx.require::<ConsentEvent>(relied_on)?;
    if basis.action != Action::Confirmed {
        return abort(StoreError::Refused(crate::t!(
            "consent-use-not-confirmed",
            id = relied_on.to_string()
        )));
    }
    let mut used = ConsentEvent {
        id: 0,
        action: Action::Used {
            relied_on,
            what: what.trim().to_string(),
        },
        at: now,
        source: "use".to_string(),
        text_version: String::new(),
        text_sha256: String::new(),
        ip: String::new(),
        actor: actor.to_string(),
        ..basis
    };
    tx.insert(&mut used)?;
    Ok(used)
}

/// `record_use_in` on its own (a call logged by an agent).
pub fn record_use(
    store: &Store,
    actor: &Actor,
    relied_on: u64,
    what: &str,
    now: OffsetDateTime,
) -> Result<ConsentEvent, CoreError> {
    access::require(actor, Area::Consent, Access::Write)?;
    if what.trim().is_empty() {
        return Err(Invalid::new("what", crate::t!("consent-use-what")).into());
    }
    let _audit = audited(&actor.name, "Consent::Use", now);
    let used = store.transaction(|tx| record_use_in(tx, relied_on, what, &actor.name, now))?;
    store.flush()?;
    Ok(used)
}

/// May kontor contact `address` (as typed; normalized here) on `channel` for `purpose` at
/// `now`, and on which event does it rely? For senders and call lists, which check the
/// area themselves.
pub fn standing(
    store: &Store,
    channel: Channel,
    address: &str,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<Standing, CoreError> {
    // Only phone numbers need the region to be read (segments ask this per member).
    let region = match channel {
        Channel::Phone | Channel::Sms => Settings::region(store)?,
        Channel::Email | Channel::Post => Country::DE,
    };
    let address = normalize_address(channel, address, region)?;
    let purpose = consent::purpose(purpose)?;
    let events = load(store, consents_at(store, channel, &address)?)?;
    Ok(consent::standing(&events, channel, &address, &purpose, now))
}

/// `standing` for a person who may read the ledger.
pub fn standing_for(
    store: &Store,
    actor: &Actor,
    channel: Channel,
    address: &str,
    purpose: &str,
    now: OffsetDateTime,
) -> Result<Standing, CoreError> {
    access::require(actor, Area::Consent, Access::Read)?;
    standing(store, channel, address, purpose, now)
}

fn load(store: &Store, ids: Vec<u64>) -> Result<Vec<ConsentEvent>, CoreError> {
    ids.into_iter()
        .map(|id| store.require::<ConsentEvent>(id).map_err(CoreError::from))
        .collect()
}

/// Every event of `party`, oldest first: those attributed to it by a merge as they were
/// originally recorded (under the merged-away party), each once.
pub fn history(store: &Store, actor: &Actor, party: Party) -> Result<Vec<ConsentEvent>, CoreError> {
    access::require(actor, Area::Consent, Access::Read)?;
    let mut events = Vec::new();
    for event in load(store, consents_of_party(store, party)?)? {
        let event = match event.action {
            Action::Merged { original } => store.require::<ConsentEvent>(original)?,
            _ => event,
        };
        if !events
            .iter()
            .any(|known: &ConsentEvent| known.id == event.id)
        {
            events.push(event);
        }
    }
    events.sort_by_key(|event| (event.at, event.id));
    Ok(events)
}

/// Inside a customer merge: attributes event `id` of customer `loser` to `survivor` by
/// appending a `Merged` event naming the original (an event itself attributed names its
/// original); whether it did (`false`: the event is not the loser's).
pub fn attribute_in(tx: &Tx, id: u64, loser: u64, survivor: u64) -> TxResult<bool> {
    let event = tx.require::<ConsentEvent>(id)?;
    if event.party != Party::Customer(loser) {
        return Ok(false);
    }
    let original = match event.action {
        Action::Merged { original } => original,
        _ => event.id,
    };
    let mut marker = ConsentEvent {
        id: 0,
        version: 0,
        party: Party::Customer(survivor),
        action: Action::Merged { original },
        source: format!("merge of customer {loser}"),
        ..event
    };
    tx.insert(&mut marker)?;
    Ok(true)
}

/// One standing the evidence reports: a channel, address and purpose the ledger names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub channel: Channel,
    pub address: String,
    pub purpose: String,
    pub standing: Standing,
}

/// Everything kontor can prove about one person's consent.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub party: Party,
    /// The customer's name; empty for a lead.
    pub name: String,
    pub events: Vec<ConsentEvent>,
    /// The consent texts the events name, each once.
    pub texts: Vec<ConsentText>,
    /// The standing of every channel, address and purpose the events name, at `at`.
    pub lines: Vec<Line>,
    pub at: OffsetDateTime,
    /// Five years after the last use (or the last event).
    pub keep_until: Option<OffsetDateTime>,
}

/// The evidence for `party` as of `now`.
pub fn evidence(
    store: &Store,
    actor: &Actor,
    party: Party,
    now: OffsetDateTime,
) -> Result<Evidence, CoreError> {
    let events = history(store, actor, party)?;
    let name = match party {
        Party::Customer(id) => store.require::<Customer>(id)?.name,
        Party::Lead(_) => String::new(),
    };
    let mut texts: Vec<ConsentText> = Vec::new();
    let mut keys: Vec<(Channel, String, String)> = Vec::new();
    for event in &events {
        if !event.text_version.is_empty()
            && !texts.iter().any(|t| t.label == event.text_version)
            && let Some(id) = consent_text_id(store, &event.text_version)?
        {
            texts.push(store.require::<ConsentText>(id)?);
        }
        let key = (event.channel, event.address.clone(), event.purpose.clone());
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let mut lines = Vec::new();
    for (channel, address, purpose) in keys {
        let all = load(store, consents_at(store, channel, &address)?)?;
        lines.push(Line {
            standing: consent::standing(&all, channel, &address, &purpose, now),
            channel,
            address,
            purpose,
        });
    }
    Ok(Evidence {
        party,
        name,
        keep_until: consent::keep_until(&events),
        events,
        texts,
        lines,
        at: now,
    })
}

/// Keeps a consent text under `label` (unique; a text is never changed — a new wording is
/// a new label).
pub fn add_text(
    store: &Store,
    actor: &Actor,
    now: OffsetDateTime,
    label: &str,
    text: &str,
) -> Result<ConsentText, CoreError> {
    access::require(actor, Area::Consent, Access::Write)?;
    let label = label.trim().to_string();
    if label.is_empty() || label.chars().any(char::is_whitespace) {
        return Err(Invalid::new("label", crate::t!("consent-text-label")).into());
    }
    if text.trim().is_empty() {
        return Err(Invalid::new("text", crate::t!("consent-text-empty")).into());
    }
    let text = ConsentText {
        id: 0,
        version: 0,
        sha256: consent::sha256_hex(text),
        text: text.to_string(),
        label,
        added_at: now,
        actor: actor.name.clone(),
    };
    let stored = store.transaction(|tx| {
        if consent_text_id_in(tx, &text.label)?.is_some() {
            return abort(StoreError::Refused(crate::t!(
                "consent-text-exists",
                label = text.label.as_str()
            )));
        }
        let mut text = text.clone();
        tx.insert(&mut text)?;
        Ok(text)
    })?;
    store.flush()?;
    Ok(stored)
}

/// Every consent text, by id.
pub fn texts(store: &Store, actor: &Actor) -> Result<Vec<ConsentText>, CoreError> {
    access::require(actor, Area::Consent, Access::Read)?;
    Ok(store
        .scan::<ConsentText>()?
        .collect::<Result<Vec<_>, _>>()?)
}
