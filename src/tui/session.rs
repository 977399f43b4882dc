//! The App's handle on data: the store, who is acting and the database settings, with
//! helpers to run commands of the core. It notes what the commands it ran changed, so the
//! App can tell other sessions. Room: tui — data only through `core`.

use std::sync::{Arc, Mutex};

use super::key_names::KeyNames;
use crate::core::{Actor, Change, Clock, Command, CoreError, Event, Settings, execute_reporting};
use crate::store::Store;

/// Everything a screen needs to read and change data.
#[derive(Clone)]
pub struct Session {
    store: Arc<Store>,
    pub actor: Actor,
    /// Where "now" comes from.
    pub clock: Clock,
    pub settings: Settings,
    /// The keys to name in hints (set by the App from its keymap and terminal profile).
    pub keys: KeyNames,
    /// What commands run since the last `take_changes` wrote (shared by the clones).
    changes: Arc<Mutex<Change>>,
}

impl Session {
    pub fn new(store: Arc<Store>, clock: Clock, actor: Actor) -> Result<Session, CoreError> {
        let settings = Settings::load(&store)?;
        Ok(Session {
            store,
            actor,
            clock,
            settings,
            keys: KeyNames::default(),
            changes: Arc::default(),
        })
    }

    /// The database, for handing to the core's queries (screens never call it themselves).
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// Runs a command as this session's actor.
    pub fn execute(&self, command: Command) -> Result<Event, CoreError> {
        let (event, written) = execute_reporting(&self.store, &self.clock, &self.actor, command)?;
        self.note(Change::of(&written));
        Ok(event)
    }

    /// Notes a change made outside `execute` (demo data).
    pub fn note(&self, change: Change) {
        if let Ok(mut changes) = self.changes.lock() {
            *changes = *changes | change;
        }
    }

    /// What was written since the last call; empty when nothing was.
    pub fn take_changes(&self) -> Change {
        self.changes
            .lock()
            .map(|mut changes| std::mem::take(&mut *changes))
            .unwrap_or(Change::ALL)
    }

    /// Today in UTC (what follow-up dates compare against).
    pub fn today(&self) -> time::Date {
        self.clock.today()
    }
}
