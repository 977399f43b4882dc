//! The one in-process TUI harness: the real App on ratatui's TestBackend driven by the keys
//! a terminal sends, for the snapshots and every other in-process TUI test. `Harness::new`
//! and friends give an admin at 80×24 over a database with fixed CRM data; `Harness::setup`
//! sets who acts, the clock, the size, the profile, the keymap preset and the store (one
//! store can be shared by several Apps, as by several sessions). Also here: the two
//! profiles every screen is snapshotted in, and the masking of instants that depend on
//! when the test runs (audit entries, stock moves). A snapshot holds the screen's text and
//! below it its styles, one line per run of equally styled cells; a mono snapshot holds no
//! colour.

use std::sync::Arc;

use kontor::core::{Actor, Clock, Command, Role, execute};
use kontor::domain::fields::{Input, interaction, opportunity};
use kontor::store::Store;
use kontor::tui::app::App;
use kontor::tui::ascii::ascii_cell;
use kontor::tui::input::{Effect, Input as AppInput};
use kontor::tui::key::Key;
use kontor::tui::keymap::Keymap;
use kontor::tui::profile::{ColorDepth, Profile};
use kontor::tui::session::Session;
use kontor::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use time::OffsetDateTime;
use time::macros::datetime;

pub fn input(pairs: &[(&'static str, &str)]) -> Input {
    let mut input = Input::new();
    for (field, value) in pairs {
        input.push(field, *value);
    }
    input
}

/// A database with two customers, their calls (one follow-up long overdue) and two
/// opportunities — all with fixed dates so the screens never change by themselves.
pub fn fixture(dir: &std::path::Path) -> Arc<Store> {
    let store = Store::open(dir).unwrap();
    let actor = Actor {
        name: "anna".into(),
        role: Role::Admin,
    };
    let now = datetime!(2026-01-10 9:00 UTC);
    let customers = [
        input(&[
            ("name", "Müller Maschinenbau GmbH"),
            ("phone", "030 1234567"),
            ("city", "Berlin"),
            ("country", "DE"),
            ("status", "customer"),
            ("owner", "anna"),
            ("contact", "Jürgen Weiß"),
            ("contact_role", "Einkauf"),
            ("credit_limit", "50000"),
            ("vat_id", "DE123456789"),
            ("backorders", "no"),
        ]),
        input(&[
            ("name", "Alfreds Futterkiste"),
            ("phone", "030-0074321"),
            ("city", "Berlin"),
            ("country", "DE"),
            ("owner", "ben"),
        ]),
    ];
    for input in customers {
        execute(
            &store,
            &Clock::pinned(now),
            &actor,
            kontor::core::plain::RecordCommand::add(kontor::core::kinds::CUSTOMERS, input),
        )
        .unwrap();
    }
    let calls = [
        input(&[
            ("customer", "1"),
            ("channel", "call-in"),
            ("subject", "Rückruf wegen Angebot"),
            ("at", "2026-01-05T10:00:00Z"),
            ("duration", "4m30s"),
            ("follow_up", "2026-01-15"),
            ("agent", "anna"),
            ("contact", "Jürgen Weiß"),
            ("outcome", "Angebot bis Freitag"),
            (
                "body",
                "Fragt nach Lieferzeit und Schulung für zwei Bediener.",
            ),
        ]),
        input(&[
            ("customer", "2"),
            ("channel", "email"),
            ("subject", "Order status"),
            ("at", "2026-01-06T11:00:00Z"),
            ("agent", "ben"),
        ]),
    ];
    for fields in calls {
        let interaction = interaction::from_input(&fields, now, "anna").unwrap();
        execute(
            &store,
            &crate::common::clock(),
            &actor,
            kontor::core::kinds::interaction::log(&interaction),
        )
        .unwrap();
    }
    let deals = [
        input(&[
            ("customer", "1"),
            ("title", "CNC-Fräszentrum"),
            ("amount", "120000"),
            ("stage", "proposal"),
            ("owner", "anna"),
            ("expected_close", "2026-03-31"),
            ("created", "2026-01-02T08:00:00Z"),
            ("updated", "2026-01-02T08:00:00Z"),
        ]),
        input(&[
            ("customer", "2"),
            ("title", "Wartungsvertrag"),
            ("amount", "2400.50"),
            ("stage", "negotiation"),
            ("created", "2026-01-03T08:00:00Z"),
            ("updated", "2026-01-03T08:00:00Z"),
        ]),
    ];
    for fields in deals {
        let opportunity =
            opportunity::from_input(&fields, now, kontor::domain::Currency::EUR).unwrap();
        execute(
            &store,
            &crate::common::clock(),
            &actor,
            kontor::core::kinds::opportunity::add(&opportunity),
        )
        .unwrap();
    }
    Arc::new(store)
}

pub struct Harness {
    pub app: App,
    /// The database the App's session runs on (the session keeps it to itself).
    store: Arc<Store>,
    profile: Profile,
    terminal: Terminal<TestBackend>,
    _dir: Option<tempfile::TempDir>,
}

/// How to build a `Harness` (or only its App): who acts, when, at what size, in which
/// profile and keymap preset, over which store. Starts as `Harness::new` does: anna, an
/// admin, at `common::now()`, 80×24, 256 colours, the default keymap, a fresh database
/// with the fixed CRM data.
pub struct Setup {
    actor: Actor,
    clock: Clock,
    size: (u16, u16),
    profile: Profile,
    preset: Option<&'static str>,
    store: Source,
}

/// The store a `Setup` opens the App on.
enum Source {
    /// A fresh temporary database filled by the function.
    Fresh(fn(&std::path::Path) -> Arc<Store>),
    /// A store the test holds (and may share between Apps).
    Shared(Arc<Store>),
}

impl Setup {
    /// Who acts.
    pub fn actor(mut self, name: &str, role: Role) -> Setup {
        self.actor = Actor {
            name: name.into(),
            role,
        };
        self
    }

    /// The session's clock pinned to `now`.
    pub fn at(mut self, now: OffsetDateTime) -> Setup {
        self.clock = Clock::pinned(now);
        self
    }

    pub fn size(mut self, width: u16, height: u16) -> Setup {
        self.size = (width, height);
        self
    }

    pub fn profile(mut self, profile: Profile) -> Setup {
        self.profile = profile;
        self
    }

    /// The keymap preset (`vim`); `None` is what a terminal without a choice gets.
    pub fn preset(mut self, preset: Option<&'static str>) -> Setup {
        self.preset = preset;
        self
    }

    /// A fresh temporary database filled by `data` (`fixture`, `empty`, …).
    pub fn data(mut self, data: fn(&std::path::Path) -> Arc<Store>) -> Setup {
        self.store = Source::Fresh(data);
        self
    }

    /// Over `store`, which the test keeps (and may open other Apps on).
    pub fn store(mut self, store: &Arc<Store>) -> Setup {
        self.store = Source::Shared(Arc::clone(store));
        self
    }

    /// The App alone (for a test that draws it on another backend), with the temporary
    /// directory of a fresh database, which must outlive it.
    pub fn app(self) -> (App, Option<tempfile::TempDir>) {
        let (app, _, dir) = self.parts();
        (app, dir)
    }

    /// The App, its database and the temporary directory of a fresh one.
    fn parts(self) -> (App, Arc<Store>, Option<tempfile::TempDir>) {
        let (store, dir) = match self.store {
            Source::Shared(store) => (store, None),
            Source::Fresh(data) => {
                let dir = tempfile::tempdir().unwrap();
                (data(dir.path()), Some(dir))
            }
        };
        let session = Session::new(store.clone(), self.clock, self.actor).unwrap();
        let keymap = Keymap::from_text(self.preset, None).unwrap();
        let app = App::new(
            session,
            Arc::new(keymap),
            Theme::new(self.profile),
            self.size,
        );
        (app, store, dir)
    }

    /// The App on a TestBackend of its size.
    pub fn build(self) -> Harness {
        let (width, height) = self.size;
        let profile = self.profile;
        let (app, store, dir) = self.parts();
        let terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        Harness {
            app,
            store,
            profile,
            terminal,
            _dir: dir,
        }
    }
}

/// An empty database.
pub fn empty(dir: &std::path::Path) -> Arc<Store> {
    Arc::new(Store::open(dir).unwrap())
}

/// The monochrome profile with Unicode: reverse video marks the selection.
pub fn mono() -> Profile {
    Profile {
        colors: ColorDepth::Mono,
        ascii: false,
    }
}

impl Harness {
    /// The default setup, to change before `build`.
    pub fn setup() -> Setup {
        Setup {
            actor: Actor {
                name: "anna".into(),
                role: Role::Admin,
            },
            clock: Clock::pinned(crate::common::now()),
            size: (80, 24),
            profile: color(),
            preset: Some("default"),
            store: Source::Fresh(fixture),
        }
    }

    pub fn new(profile: Profile, width: u16, height: u16) -> Harness {
        Harness::as_role(Role::Admin, profile, width, height)
    }

    pub fn as_role(role: Role, profile: Profile, width: u16, height: u16) -> Harness {
        Harness::setup()
            .actor("anna", role)
            .profile(profile)
            .size(width, height)
            .build()
    }

    /// An admin's App with the keymap preset `preset` (`vim`).
    pub fn with_preset(preset: &'static str, profile: Profile, width: u16, height: u16) -> Harness {
        Harness::setup()
            .preset(Some(preset))
            .profile(profile)
            .size(width, height)
            .build()
    }

    /// An admin's App at 80x24 on an empty database: the first start.
    pub fn first_start(profile: Profile) -> Harness {
        Harness::setup().data(empty).profile(profile).build()
    }

    /// Runs `command` as ben, an admin in another session, as if he saved while this
    /// session's form was open.
    pub fn saved_by_ben(&self, command: Command) {
        let ben = Actor {
            name: "ben".into(),
            role: Role::Admin,
        };
        execute(&self.store, &crate::common::clock(), &ben, command).unwrap();
    }

    /// Saves the open form, checks that the whole stale refusal of `record` ("location 2")
    /// naming ben is on screen at 80x24, wrapped over the lines below the form, snapshots
    /// the screen as `name` and returns it.
    pub fn save_refused_as_stale(&mut self, record: &str, name: &str) -> String {
        self.keys("C-x");
        let screen = self.screen();
        assert_eq!(
            below_form(&screen),
            format!(
                "record: {record} was changed by ben at YYYY-MM-DDThh:mm:ssZ (now version 2); \
                 your input is kept and the current values are shown beside the fields"
            ),
            "{screen}"
        );
        self.snapshot(name);
        screen
    }

    pub fn keys(&mut self, notation: &str) -> &mut Harness {
        self.press(notation);
        self
    }

    /// Keys in keymap notation, separated by spaces; the effects of the last.
    pub fn press(&mut self, notation: &str) -> Vec<Effect> {
        let mut effects = Vec::new();
        for key in notation.split(' ') {
            let key: Key = key.parse().unwrap();
            effects = self.app.handle(AppInput::Key(key));
        }
        effects
    }

    /// Opens `action` through the command palette (Ctrl-P, its name, Enter).
    pub fn palette(&mut self, action: &str) -> &mut Harness {
        self.keys("C-p").text(action).keys("Enter")
    }

    /// `Input::Work` until the App asks for no more; how many it took.
    pub fn work(&mut self) -> usize {
        let mut slices = 0;
        while self.app.handle(AppInput::Work).contains(&Effect::MoreWork) {
            slices += 1;
            assert!(slices < 100, "the work never ends");
        }
        slices + 1
    }

    /// The screen's cells row by row, each row's trailing blanks cut: the text a test
    /// searches, without the quotes of `screen`.
    /// The database the App runs on.
    pub fn store(&self) -> Arc<Store> {
        self.store.clone()
    }

    pub fn plain(&mut self) -> String {
        let app = &self.app;
        self.terminal.draw(|frame| app.view(frame)).unwrap();
        let buffer = self.terminal.backend().buffer();
        (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn text(&mut self, text: &str) -> &mut Harness {
        for c in text.chars() {
            let key: Key = if c == ' ' {
                "Space".parse().unwrap()
            } else {
                c.to_string().parse().unwrap()
            };
            self.app.handle(AppInput::Key(key));
        }
        self
    }

    /// Pasted text, as a terminal's bracketed paste delivers it.
    pub fn paste(&mut self, text: &str) -> &mut Harness {
        self.app.handle(AppInput::Paste(text.to_string()));
        self
    }

    /// What the terminal shows under its cursor after a draw: the cell's symbol as this
    /// profile writes it.
    pub fn under_cursor(&mut self) -> String {
        self.screen();
        let position = self.terminal.get_cursor_position().unwrap();
        let symbol = self.terminal.backend().buffer()[(position.x, position.y)].symbol();
        match self.profile.ascii {
            true => ascii_cell(symbol).to_string(),
            false => symbol.to_string(),
        }
    }

    /// The screen as a terminal in this profile shows it: in an ASCII profile every cell
    /// passes through the same `ascii_cell` the terminal backend applies on output.
    pub fn screen(&mut self) -> String {
        let app = &self.app;
        self.terminal.draw(|frame| app.view(frame)).unwrap();
        let screen = self.terminal.backend().to_string();
        if !self.profile.ascii {
            return screen;
        }
        screen
            .chars()
            .map(|c| match c {
                '\n' => c,
                c => ascii_cell(c.encode_utf8(&mut [0; 4])),
            })
            .collect()
    }

    /// `text` as this profile shows data (transliterated in an ASCII profile).
    pub fn shown(&self, text: &str) -> String {
        Theme::new(self.profile).text(text).into_owned()
    }

    /// Snapshots the screen with its styles as `name`, with `_ascii` appended in the
    /// mono/ASCII profile, after checking that a mono screen carries no colour; returns
    /// the screen's text (instants of today masked).
    pub fn snapshot(&mut self, name: &str) -> String {
        let screen = mask_now(&self.screen());
        let buffer = self.terminal.backend().buffer();
        let suffix = if self.profile.colors == ColorDepth::Mono {
            assert_mono(buffer);
            "_ascii"
        } else {
            ""
        };
        let styled = format!("{}\n\n{}", screen.trim_end(), styles(buffer));
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("../../snapshots");
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| insta::assert_snapshot!(format!("tui_snapshots__{name}{suffix}"), styled));
        screen
    }
}

/// The styles of `buffer`, one line per run of cells in a row with the same style other
/// than the default, e.g. `row 3 col 0-79: fg=Indexed(16) bg=Indexed(45) bold`; a run
/// repeated on the rows below is one line (`rows 3-21 col 0-0: fg=Indexed(240)`).
fn styles(buffer: &Buffer) -> String {
    // (first row, last row, first column, last column, style) in the order they begin.
    let mut runs: Vec<(u16, u16, u16, u16, String)> = Vec::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let style = style_of(&buffer[(x, y)]);
            let start = x;
            while x < buffer.area.width && style_of(&buffer[(x, y)]) == style {
                x += 1;
            }
            let above = runs.iter_mut().find(|(_, last, from, to, s)| {
                (*last + 1, *from, *to, s.as_str()) == (y, start, x - 1, style.as_str())
            });
            match above {
                Some(run) => run.1 = y,
                None if !style.is_empty() => runs.push((y, y, start, x - 1, style)),
                None => {}
            }
        }
    }
    let line = |(first, last, from, to, style): &(u16, u16, u16, u16, String)| match first == last {
        true => format!("row {first} col {from}-{to}: {style}"),
        false => format!("rows {first}-{last} col {from}-{to}: {style}"),
    };
    runs.iter().map(line).collect::<Vec<_>>().join("\n")
}

/// A cell's colours and attributes as words, empty for the default style.
fn style_of(cell: &ratatui::buffer::Cell) -> String {
    let mut words = Vec::new();
    if cell.fg != Color::Reset {
        words.push(format!("fg={:?}", cell.fg));
    }
    if cell.bg != Color::Reset {
        words.push(format!("bg={:?}", cell.bg));
    }
    for (name, _) in cell.modifier.iter_names() {
        words.push(name.to_lowercase());
    }
    words.join(" ")
}

/// Fails unless every cell is in the default colours with only reverse, bold or underline.
fn assert_mono(buffer: &Buffer) {
    let allowed = Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED;
    for (at, cell) in buffer.content.iter().enumerate() {
        let plain = cell.fg == Color::Reset && cell.bg == Color::Reset;
        assert!(
            plain && allowed.contains(cell.modifier),
            "cell {at} in mono: {}\n{}",
            style_of(cell),
            styles(buffer)
        );
    }
}

pub fn color() -> Profile {
    Profile {
        colors: ColorDepth::Ansi256,
        ascii: false,
    }
}

/// The monochrome profile of a VT100: no colour, ASCII only.
pub fn ascii() -> Profile {
    Profile {
        colors: ColorDepth::Mono,
        ascii: true,
    }
}

/// The 256-colour and the mono/ASCII profile, in the order `both` snapshots them.
pub fn profiles() -> [Profile; 2] {
    [color(), ascii()]
}

/// Snapshots the screen `drive` leads to in the 256-colour profile as `name` and in the
/// mono/ASCII profile as `name_ascii`, each on a fresh database; returns both screens.
pub fn both(name: &str, drive: impl Fn(&mut Harness)) -> (String, String) {
    let [color, ascii] = profiles().map(|profile| {
        let mut harness = Harness::new(profile, 80, 24);
        drive(&mut harness);
        harness.snapshot(name)
    });
    assert!(ascii.is_ascii(), "{ascii}");
    (color, ascii)
}

/// The lines below a full-screen form's box (a status wraps over them) joined with spaces,
/// instants of today masked.
pub fn below_form(screen: &str) -> String {
    let rows: Vec<&str> = screen
        .lines()
        .map(|row| row.trim_matches('"').trim_end())
        .collect();
    let end = rows
        .iter()
        .rposition(|row| row.starts_with('└') || row.starts_with('+'))
        .unwrap_or(0);
    mask_now(&rows[end + 1..].join(" "))
}

/// The pinned today (`common::NOW`) as `YYYY-MM-DD`, and a time of day right after it as
/// `hh:mm`, `hh:mm:ss` or `Thh:mm:ssZ`: what the snapshots show for instants the session
/// stamped, so they read apart from the fixture's own dates (early 2026), which stay.
pub fn mask_now(screen: &str) -> String {
    let today = crate::common::NOW.date();
    let today = format!(
        "{:04}-{:02}-{:02}",
        today.year(),
        u8::from(today.month()),
        today.day()
    );
    let mut out = String::with_capacity(screen.len());
    let mut rest = screen;
    while let Some(at) = rest.find(&today) {
        out.push_str(&rest[..at]);
        out.push_str("YYYY-MM-DD");
        rest = &rest[at + today.len()..];
        let time: String = rest.chars().take(10).collect();
        let shape = |pattern: &str| {
            time.len() >= pattern.len()
                && time
                    .chars()
                    .zip(pattern.chars())
                    .all(|(c, p)| if p == 'd' { c.is_ascii_digit() } else { c == p })
        };
        let masks = [
            ("Tdd:dd:ddZ", "Thh:mm:ssZ"),
            (" dd:dd:dd", " hh:mm:ss"),
            (" dd:dd", " hh:mm"),
        ];
        for (pattern, mask) in masks {
            if shape(pattern) {
                out.push_str(mask);
                rest = &rest[pattern.len()..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Runs `work` as a German user in Berlin sees kontor: every App the harness drives inside
/// renders in German, times in Europe/Berlin.
pub fn in_german<R>(work: impl FnOnce() -> R) -> R {
    let berlin = kontor::lang::Zone::named("Europe/Berlin").expect("the tz database knows Berlin");
    kontor::lang::scope(
        kontor::lang::Locale::new(kontor::lang::Lang::De, berlin),
        work,
    )
}
