//! The offer to resume: a login whose account has a kept session (see `kept`) first sees
//! one small prompt, drawn in its terminal's size and profile, before any App is made:
//! "Resume your session from 09:41 UTC (Log call — Alfreds Futterkiste)?" over
//! "Enter resume · n new · F3 exit". Enter resumes the newest kept session, `n` starts
//! afresh and lets that one go, the quit key (F3 unless the account's keymap says
//! otherwise) leaves with it still kept; keys typed after the answer go on to the session
//! that follows. A dropped link, the idle timeout and shutdown end the prompt and leave the
//! kept session as it was. The time shown is the server's `Clock`, in the session's zone and
//! language, like every time on kontor's screens.
//! Room: server — draws with `tui`'s theme; never touches sled.

use std::sync::Arc;

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use time::OffsetDateTime;
use tokio::time::{Instant, sleep_until};

use super::Shared;
use super::display::Canvas;
use super::kept::Offer;
use super::session::{End, Link, ToSession, farewell};
use crate::lang::{self, Zone, format};
use crate::tui::action::Action;
use crate::tui::input::Input;
use crate::tui::key::KeyCode;
use crate::tui::key_names::KeyNames;
use crate::tui::keymap::{Keymap, Lookup};
use crate::tui::theme::{Role, Theme};

/// What the user answered.
pub enum Answer {
    Resume,
    New,
    /// Left, or the link dropped: the prompt has said goodbye where there was someone to
    /// say it to.
    Ended,
}

/// The choice one input makes, if any.
enum Choice {
    Resume,
    New,
    Quit,
}

/// Asks `name`, logged in on `link`, whether to resume the kept session `offer`.
pub async fn ask(
    shared: &Shared,
    offer: &Offer,
    keymap: &Arc<Keymap>,
    name: &str,
    link: &mut Link,
) -> Answer {
    let Ok(mut canvas) = Canvas::new(link.profile, link.size) else {
        return Answer::New;
    };
    let prompt = Prompt {
        theme: Theme::new(link.profile),
        title: format!(" {}", crate::t!("server-resume-title", name = name)),
        question: question(offer, shared.clock.now()),
        more: offer.more,
        quit: KeyNames::new(keymap.clone(), link.profile.ascii)
            .bound("global", Action::Quit)
            .unwrap_or_else(|| "F3".into()),
    };
    let mut shutdown = shared.shutdown.subscribe();
    let mut last_input = Instant::now();
    let mut esc_deadline = None;
    let mut dirty = true;
    link.output.start(canvas.enter());
    let choice = loop {
        if dirty && !link.output.busy() {
            match canvas.draw(false, false, |frame| prompt.view(frame)) {
                Ok(bytes) => link.output.start(bytes),
                Err(_) => return Answer::Ended,
            }
            dirty = false;
        }
        let idle_deadline = last_input + shared.idle_timeout;
        let inputs = tokio::select! {
            message = link.input.recv() => match message {
                Some(ToSession::Data(bytes)) => {
                    last_input = Instant::now();
                    let inputs = link.decoder.feed(&bytes);
                    esc_deadline = link.decoder.wait().map(|wait| last_input + wait);
                    inputs
                }
                Some(ToSession::Resize(width, height)) => {
                    link.size = (width, height);
                    dirty = canvas.resize(width, height).is_ok();
                    continue;
                }
                Some(ToSession::Closed) | None => return Answer::Ended,
            },
            _ = sleep_until(esc_deadline.unwrap_or(idle_deadline)), if esc_deadline.is_some() => {
                esc_deadline = None;
                link.decoder.flush()
            }
            _ = shutdown.wait_for(|stop| *stop) => break End::Shutdown,
            _ = sleep_until(idle_deadline) => break End::Idle,
            written = link.output.done() => match written {
                Ok(()) => continue,
                Err(_) => return Answer::Ended,
            },
        };
        match choose(keymap, inputs, link) {
            Some(Choice::Resume) => return Answer::Resume,
            Some(Choice::New) => return Answer::New,
            Some(Choice::Quit) => break End::Quit,
            None => {}
        }
    };
    farewell(&mut link.output, canvas.leave(), choice).await;
    Answer::Ended
}

/// The first choice among `inputs`; what follows it is kept in `link.typed` for the
/// session.
fn choose(keymap: &Keymap, inputs: Vec<Input>, link: &mut Link) -> Option<Choice> {
    let mut inputs = inputs.into_iter();
    let choice = inputs.by_ref().find_map(|input| {
        let Input::Key(key) = input else {
            return None;
        };
        let plain = !key.ctrl && !key.alt;
        match key.code {
            KeyCode::Enter if plain => Some(Choice::Resume),
            KeyCode::Char('n' | 'N') if plain => Some(Choice::New),
            _ => match keymap.lookup("global", &[key]) {
                Lookup::Matched(Action::Quit | Action::ForceQuit) => Some(Choice::Quit),
                _ => None,
            },
        }
    })?;
    link.typed = inputs.collect();
    Some(choice)
}

/// "Resume your session from 09:41 UTC (Log call — Alfreds Futterkiste)?", the time in the
/// locale's zone (named when it is UTC); the date too when it was kept on another day than
/// `now`.
fn question(offer: &Offer, now: OffsetDateTime) -> String {
    let zone = lang::current().zone;
    let (at, now) = (zone.local(offer.at), zone.local(now));
    let mut when = format!("{:02}:{:02}", at.hour(), at.minute());
    if at.date() != now.date() {
        when = format!("{} {when}", format::date(at.date()));
    }
    if zone == Zone::UTC {
        when.push_str(" UTC");
    }
    crate::t!("server-resume-question", when = when, title = &offer.title)
}

/// The prompt as drawn.
struct Prompt {
    theme: Theme,
    title: String,
    question: String,
    more: usize,
    quit: String,
}

impl Prompt {
    fn view(&self, frame: &mut Frame) {
        let area = frame.area();
        let theme = &self.theme;
        let text = |s: &str| theme.text(s).into_owned();
        let key = |s: &str| Span::styled(text(s), theme.style(Role::KeyHint));
        let mut lines = vec![
            Line::styled(text(&self.title), theme.style(Role::Title)),
            Line::raw(""),
            Line::raw(text(&format!(" {}", self.question))),
        ];
        if self.more > 0 {
            let more = format!(" {}", crate::t!("server-resume-more", count = self.more));
            lines.push(Line::styled(text(&more), theme.style(Role::Muted)));
        }
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::raw(" "),
            key("Enter"),
            Span::raw(text(&format!(" {} · ", crate::t!("server-resume-resume")))),
            key("n"),
            Span::raw(text(&format!(" {} · ", crate::t!("server-resume-new")))),
            key(&self.quit),
            Span::raw(text(&format!(" {}", crate::t!("server-resume-exit")))),
        ]));
        let body = Paragraph::new(lines).wrap(Wrap { trim: false });
        frame.render_widget(body, area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn offer(at: OffsetDateTime) -> Offer {
        Offer {
            id: 1,
            at,
            title: "Log call — Alfreds Futterkiste".into(),
            more: 0,
        }
    }

    #[test]
    fn the_question_names_the_time_and_the_screen_and_the_day_when_it_was_not_today() {
        let now = datetime!(2026-12-05 09:50 UTC);
        assert_eq!(
            question(&offer(datetime!(2026-12-05 09:41:30 UTC)), now),
            "Resume your session from 09:41 UTC (Log call — Alfreds Futterkiste)?"
        );
        assert_eq!(
            question(&offer(datetime!(2026-12-04 23:59 UTC)), now),
            "Resume your session from 2026-12-04 23:59 UTC (Log call — Alfreds Futterkiste)?"
        );
    }
}
