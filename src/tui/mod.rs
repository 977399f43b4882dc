//! TUI: the App state machine, screens, widgets, keymap, terminal profiles. Room: tui — talks to data only through `core`; never imports sled.

pub mod action;
pub mod app;
pub mod ascii;
pub mod backend;
pub mod compact;
pub mod decode;
pub mod input;
pub mod key;
pub mod key_names;
pub mod keymap;
pub mod popup;
pub mod profile;
pub mod route;
pub mod run;
pub mod screen;
pub mod screens;
mod scroll;
pub mod session;
pub mod text_area;
pub mod text_input;
pub mod theme;
pub mod tty;
#[cfg(test)]
mod wakeup_tests;
pub mod widgets;
