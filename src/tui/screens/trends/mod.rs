//! Purchase trends: revenue by month for the last twelve months (the session's today's
//! month last) beside the same months a year before, and below it, switched with
//! `switch-view`, the top customers, the top products — each with a twelve-month
//! sparkline, revenue and ABC class — or the segments (ABC classes and RFM segments).
//! Every figure comes from `core::reports` (`by_month`, `top`, `abc`, `rfm`); this screen
//! only lays them out. Enter drills down: a month to that month's orders, a customer to
//! theirs, a product to the orders with it, a segment to the customer list of exactly its
//! customers (a call list). The cursor starts on the month bars (today's month): up and
//! down pick a month there; `switch-view` moves it to the tables below in turn and back.
//! Needs the sales right to read. Room: tui — data through `core`.

mod chart;

pub use chart::sparkline;

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;
use rust_decimal::Decimal;
use time::{Date, Month};

use crate::core::reports::{self, AbcClass, By, MonthTotal, Segment};
use crate::core::sales_query::OrderFilter;
use crate::core::{Change, CoreError};
use crate::lang::format;
use crate::tui::action::Action;
use crate::tui::route::Route;
use crate::tui::screen::{Outcome, Screen};
use crate::tui::screens::sales::hint_line;
use crate::tui::session::Session;
use crate::tui::theme::{Role, Theme};
use crate::tui::widgets::{Cursor, TableView, answers_list};

/// Top customers and products shown.
const TOP: usize = 10;
/// Width of the revenue column.
const NET: usize = 12;

/// A table's header, column widths and rows.
type Table = (Vec<String>, Vec<Constraint>, Vec<Vec<String>>);

/// What the cursor is on: the month bars or one of the tables below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Months,
    Customers,
    Products,
    Segments,
}

impl Panel {
    fn next(self) -> Panel {
        match self {
            Panel::Months => Panel::Customers,
            Panel::Customers => Panel::Products,
            Panel::Products => Panel::Segments,
            Panel::Segments => Panel::Months,
        }
    }
}

/// A top customer or product: the cells shown and the id Enter drills down to.
struct TopLine {
    /// Key, name, revenue, ABC class.
    cells: Vec<String>,
    /// Revenue month by month, oldest first (the sparkline).
    months: Vec<Decimal>,
    target: Option<u64>,
}

/// A segment: its name and its customers' ids.
struct SegmentLine {
    name: String,
    customers: Vec<u64>,
}

/// What the screen shows, read from the core on refresh.
#[derive(Default)]
struct Data {
    /// 24 months, oldest first: the twelve a year before, then the last twelve.
    months: Vec<MonthTotal>,
    customers: Vec<TopLine>,
    products: Vec<TopLine>,
    segments: Vec<SegmentLine>,
}

pub struct Trends {
    data: Data,
    panel: Panel,
    /// The month selected, an index into the last twelve.
    month: usize,
    /// The row selected in the table below, per table.
    rows: [Cursor; 3],
    error: Option<String>,
}

/// The month `back` months before `(year, month)`.
fn months_before((year, month): (i32, Month), back: i32) -> (i32, Month) {
    let index = year * 12 + i32::from(u8::from(month)) - 1 - back;
    let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    (
        index.div_euclid(12),
        Month::try_from(month).unwrap_or(Month::January),
    )
}

/// The first and the last day of a month.
fn days_of((year, month): (i32, Month)) -> Option<(Date, Date)> {
    let last = month.length(year);
    Some((
        Date::from_calendar_date(year, month, 1).ok()?,
        Date::from_calendar_date(year, month, last).ok()?,
    ))
}

impl Trends {
    pub fn new(session: &Session) -> Trends {
        let mut screen = Trends {
            data: Data::default(),
            panel: Panel::Months,
            month: 11,
            rows: Default::default(),
            error: None,
        };
        screen.refresh(session);
        screen
    }

    fn load(session: &Session) -> Result<Data, CoreError> {
        let today = session.today();
        let last = (today.year(), today.month());
        let book = reports::sales(session.store(), &session.actor, None, Some(today))?;
        let months = reports::by_month(&book, months_before(last, 23), last);
        let first = days_of(months_before(last, 11)).map_or(today, |(first, _)| first);
        let window = book.within(first, today);
        // The reports key a customer by number, or by id when they have none.
        let ids: Vec<(String, u64)> = book
            .names
            .customers
            .iter()
            .map(|(id, name)| match name.number.is_empty() {
                true => (id.to_string(), *id),
                false => (name.number.clone(), *id),
            })
            .collect();
        let customer_ids: HashMap<&str, u64> =
            ids.iter().map(|(key, id)| (key.as_str(), *id)).collect();
        let item_ids: HashMap<&str, u64> = book
            .names
            .items
            .iter()
            .map(|(id, (sku, _))| (sku.as_str(), *id))
            .collect();
        let customer_abc = reports::abc(&window, By::Customer);
        let product_abc = reports::abc(&window, By::Product);
        let tops = |by: By, abc: &[reports::AbcRow], ids: &HashMap<&str, u64>| {
            let classes: HashMap<&str, AbcClass> = abc
                .iter()
                .map(|row| (row.key.as_str(), row.class))
                .collect();
            reports::top(&book, by, TOP, last)
                .into_iter()
                .map(|row| TopLine {
                    target: ids.get(row.key.as_str()).copied(),
                    cells: vec![
                        row.key.clone(),
                        row.name.clone(),
                        format!("{:>NET$}", format::fixed(row.revenue, 2)),
                        classes
                            .get(row.key.as_str())
                            .map_or("", |class| class.name())
                            .to_string(),
                    ],
                    months: row.months,
                })
                .collect::<Vec<_>>()
        };
        let customers = tops(By::Customer, &customer_abc, &customer_ids);
        let products = tops(By::Product, &product_abc, &item_ids);
        let mut segments: Vec<SegmentLine> = [AbcClass::A, AbcClass::B, AbcClass::C]
            .into_iter()
            .map(|class| SegmentLine {
                name: crate::t!("erp-trends-abc", class = class.name()),
                customers: customer_abc
                    .iter()
                    .filter(|row| row.class == class)
                    .filter_map(|row| customer_ids.get(row.key.as_str()).copied())
                    .collect(),
            })
            .collect();
        let rfm = reports::rfm(&book, today);
        segments.extend(Segment::ALL.into_iter().map(|segment| {
            SegmentLine {
                name: segment.label(),
                customers: rfm
                    .iter()
                    .filter(|row| row.segment == segment)
                    .map(|row| row.customer)
                    .collect(),
            }
        }));
        Ok(Data {
            months,
            customers,
            products,
            segments,
        })
    }

    /// The table below and its cursor: the customers while the months are selected.
    fn table(&self) -> (Panel, usize) {
        match self.panel {
            Panel::Months | Panel::Customers => (Panel::Customers, 0),
            Panel::Products => (Panel::Products, 1),
            Panel::Segments => (Panel::Segments, 2),
        }
    }

    fn table_len(&self, panel: Panel) -> usize {
        match panel {
            Panel::Products => self.data.products.len(),
            Panel::Segments => self.data.segments.len(),
            Panel::Months | Panel::Customers => self.data.customers.len(),
        }
    }

    /// The last twelve months and the twelve before.
    fn years(&self) -> (&[MonthTotal], &[MonthTotal]) {
        let split = self.data.months.len().saturating_sub(12);
        self.data.months.split_at(split)
    }

    fn open(&self) -> Outcome {
        let (_, cursor) = self.table();
        let row = self.rows[cursor].index;
        let none = || Outcome::Refuse(crate::t!("erp-sales-none-selected"));
        match self.panel {
            Panel::Months => {
                let (_, this) = self.years();
                let Some(month) = this.get(self.month) else {
                    return none();
                };
                let Some((from, until)) = days_of((month.year, month.month)) else {
                    return none();
                };
                let title = crate::t!(
                    "erp-trends-orders-of-month",
                    from = format::date(from),
                    until = format::date(until)
                );
                Outcome::Open(Route::OrdersWhere(OrderFilter::Dated(from, until), title))
            }
            Panel::Customers | Panel::Products => {
                let lines = match self.panel {
                    Panel::Customers => &self.data.customers,
                    _ => &self.data.products,
                };
                let Some((line, target)) =
                    lines.get(row).and_then(|line| Some((line, line.target?)))
                else {
                    return none();
                };
                let what = format!("{} {}", line.cells[0], line.cells[1]);
                let filter = match self.panel {
                    Panel::Customers => OrderFilter::Customer(target),
                    _ => OrderFilter::Item(target),
                };
                let title = crate::t!("erp-trends-orders-of", what = what.trim_end());
                Outcome::Open(Route::OrdersWhere(filter, title))
            }
            Panel::Segments => match self.data.segments.get(row) {
                Some(segment) => Outcome::Open(Route::CustomersAmong(
                    segment.name.clone(),
                    segment.customers.clone(),
                )),
                None => none(),
            },
        }
    }

    fn hint(&self) -> String {
        let (before, this) = self.years();
        let revenue = |months: &[MonthTotal]| {
            months
                .get(self.month)
                .map_or_else(String::new, |m| format::fixed(m.revenue, 2))
        };
        let label = |months: &[MonthTotal]| {
            months.get(self.month).map_or_else(String::new, |m| {
                format!("{:02}/{}", u8::from(m.month), m.year)
            })
        };
        crate::t!(
            "erp-trends-hint",
            month = label(this),
            revenue = revenue(this),
            before = label(before),
            previous = revenue(before)
        )
    }
}

impl Screen for Trends {
    fn title(&self) -> String {
        crate::t!("erp-trends-title")
    }

    fn layer(&self) -> &'static str {
        "list"
    }

    fn answers(&self, action: Action) -> bool {
        answers_list(action, &[Action::Open, Action::SwitchView])
    }

    fn on_action(&mut self, action: Action, _session: &Session) -> Outcome {
        if action == Action::SwitchView {
            self.panel = self.panel.next();
            return Outcome::Handled;
        }
        if action == Action::Open {
            return self.open();
        }
        if self.panel == Panel::Months {
            let mut cursor = Cursor::default();
            cursor.index = self.month;
            if cursor.navigate(action, self.years().1.len()) {
                self.month = cursor.index;
                return Outcome::Handled;
            }
            return Outcome::Ignored;
        }
        let (panel, index) = self.table();
        let len = self.table_len(panel);
        match self.rows[index].navigate(action, len) {
            true => Outcome::Handled,
            false => Outcome::Ignored,
        }
    }

    /// Orders, and the customers and items that name the rows.
    fn shows(&self, change: Change) -> bool {
        change.touches(Change::of_tree("orders") | Change::CUSTOMERS | Change::ITEMS)
    }

    fn refresh(&mut self, session: &Session) {
        match Self::load(session) {
            Ok(data) => {
                self.data = data;
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
        for (index, panel) in [Panel::Customers, Panel::Products, Panel::Segments]
            .into_iter()
            .enumerate()
        {
            let len = self.table_len(panel);
            self.rows[index].clamp(len);
        }
    }

    fn view(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [line, bars, below] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(9),
            Constraint::Min(4),
        ])
        .areas(area);
        hint_line(frame, line, theme, self.error.as_deref(), &self.hint());
        let symbols = theme.symbols();
        let title = crate::t!(
            "erp-trends-chart",
            this = symbols.bar,
            before = symbols.bar_empty
        );
        let focused = |panel: Panel| match self.panel == panel {
            true => theme.style(Role::Title),
            false => theme.style(Role::Border),
        };
        let block = Block::bordered()
            .border_set(symbols.border)
            .border_style(focused(Panel::Months))
            .title(theme.text(&title).into_owned());
        let selected = (self.panel == Panel::Months).then_some(self.month);
        chart::month_bars(frame, bars, theme, block, self.years(), selected);
        self.view_table(frame, below, theme);
    }

    fn legend(&self) -> Vec<Action> {
        vec![Action::Open, Action::SwitchView, Action::Back]
    }
}

impl Trends {
    fn view_table(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let (panel, index) = self.table();
        let names = [
            (Panel::Customers, crate::t!("erp-trends-top-customers")),
            (Panel::Products, crate::t!("erp-trends-top-products")),
            (Panel::Segments, crate::t!("erp-trends-segments")),
        ];
        let title = names
            .iter()
            .map(|(p, name)| match *p == panel {
                true => format!("[{name}]"),
                false => name.clone(),
            })
            .collect::<Vec<_>>()
            .join(" ");
        let selected = (self.panel != Panel::Months).then_some(self.rows[index].index);
        let top = Some(self.rows[index].top());
        let (header, widths, rows) = match panel {
            Panel::Segments => self.segment_table(),
            _ => self.top_table(panel, theme),
        };
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        TableView {
            title: &title,
            header: &header,
            widths: &widths,
            rows: &rows,
            selected: selected.filter(|_| !rows.is_empty()),
            top,
        }
        .render(frame, area, theme);
    }

    /// The segments' header, widths and rows.
    fn segment_table(&self) -> Table {
        let header = vec![
            crate::t!("erp-trends-col-segment"),
            crate::t!("erp-trends-col-customers"),
        ];
        let rows = self
            .data
            .segments
            .iter()
            .map(|s| vec![s.name.clone(), format!("{:>9}", s.customers.len())])
            .collect();
        (
            header,
            vec![Constraint::Min(20), Constraint::Length(9)],
            rows,
        )
    }

    /// The top customers' or products' header, widths and rows.
    fn top_table(&self, panel: Panel, theme: &Theme) -> Table {
        let (lines, key) = match panel {
            Panel::Products => (&self.data.products, crate::t!("erp-sales-col-item")),
            _ => (&self.data.customers, crate::t!("erp-sales-col-customer")),
        };
        let header = vec![
            key,
            crate::t!("erp-trends-col-name"),
            crate::t!("erp-trends-col-months"),
            format!("{:>NET$}", crate::t!("erp-trends-col-revenue")),
            crate::t!("erp-trends-col-abc"),
        ];
        let rows = lines
            .iter()
            .map(|line| {
                let mut cells = line.cells.clone();
                cells.insert(2, chart::sparkline(theme, &line.months));
                cells
            })
            .collect();
        let widths = vec![
            Constraint::Length(10),
            Constraint::Min(14),
            Constraint::Length(12),
            Constraint::Length(NET as u16),
            Constraint::Length(3),
        ];
        (header, widths, rows)
    }
}
