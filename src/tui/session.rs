//! The App's handle on data: the store, who is acting and the database settings, with
//! helpers to run commands of the core. Room: tui — data only through `core`.

use std::sync::Arc;

use crate::core::{Actor, Command, CoreError, Event, Settings, execute};
use crate::store::Store;

/// Everything a screen needs to read and change data.
#[derive(Clone)]
pub struct Session {
    pub store: Arc<Store>,
    pub actor: Actor,
    pub settings: Settings,
}

impl Session {
    pub fn new(store: Arc<Store>, actor: Actor) -> Result<Session, CoreError> {
        let settings = Settings::load(&store)?;
        Ok(Session {
            store,
            actor,
            settings,
        })
    }

    /// Runs a command as this session's actor.
    pub fn execute(&self, command: Command) -> Result<Event, CoreError> {
        execute(&self.store, &self.actor, command)
    }

    /// Today in UTC (what follow-up dates compare against).
    pub fn today(&self) -> time::Date {
        crate::core::now().date()
    }
}
