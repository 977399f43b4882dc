//! What flows into and out of the App: inputs (keys, pastes, resizes, data changes, ticks,
//! work) and effects for whoever runs it (a local terminal, an SSH session, a test).
//! Ticks are not a clock: a runner feeds one only when the deadline the App asked for
//! (`App::wakeup`) has come, so an idle session costs nothing.
//! Long work (a search over the whole history) runs a slice per `Input::Work`, which a
//! runner feeds between other inputs while the App answers `Effect::MoreWork`. Room: tui.

use super::key::Key;
use crate::core::Change;

/// One input event. The same App runs on a local terminal, inside an SSH session and in
/// tests, because everything it reacts to arrives as one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(Key),
    /// Text pasted in one piece (bracketed paste), or a burst of scanner keystrokes.
    Paste(String),
    Resize(u16, u16),
    /// Someone committed a change to these kinds of records; the screen on top reloads
    /// when it shows any of them.
    DataChanged(Change),
    /// The moment the App asked to be woken at (`App::wakeup`) has come: running timers
    /// update. Nothing else feeds it: an App that asks for no wakeup is never polled.
    Tick,
    /// What was just committed could not be made durable (the disk is full): the status
    /// says so, as an error, instead of "saved".
    NotDurable(String),
    /// No other input is waiting: do the next slice of the work an earlier input started
    /// (a search over the whole history). Fed only after an `Effect::MoreWork`.
    Work,
}

/// What the runner must do after an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// End the session.
    Quit,
    /// Ring the terminal bell (an inline error is on screen).
    Bell,
    /// Clear and redraw everything (Ctrl-L), not only what changed.
    Repaint,
    /// Data of these kinds was written: other sessions should refresh.
    Committed(Change),
    /// What the screen shows changed without a key of this session (it reloaded after
    /// someone else's change, a running timer moved on): draw again.
    Refreshed,
    /// Work is pending: when no other input waits, feed `Input::Work` (and draw after it)
    /// rather than wait for the next one.
    MoreWork,
    /// The pending work blocks on the disk for a while (a bulk load with its fsyncs): a
    /// runner on an async runtime feeds that `Input::Work` where blocking is allowed.
    /// Always comes with `MoreWork`, so a runner that knows nothing of it still works.
    BlockingWork,
}
