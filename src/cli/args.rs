//! The command line, as clap derive types. Global options work before or after the
//! subcommand. Room: cli.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "kontor",
    version,
    about = "CRM and ERP on one database, for the terminal"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(flatten)]
    pub tui: TuiArgs,
    #[command(subcommand)]
    pub command: Option<Top>,
}

#[derive(Debug, Args, Clone)]
pub struct Global {
    /// Database directory [default: the platform data directory, e.g. ~/.local/share/kontor]
    #[arg(long, global = true, env = "KONTOR_DB", value_name = "DIR")]
    pub db: Option<PathBuf>,
    /// PostgreSQL database to keep the records in instead of the database directory (postgres://user@host/database)
    #[arg(
        long = "store",
        global = true,
        env = "KONTOR_STORE",
        value_name = "URL"
    )]
    pub store_url: Option<String>,
    /// Output format of records and lists
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Language of messages and help: de or en [default: KONTOR_LANG, else LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, value_name = "LANG", value_parser = super::locale::parse_lang)]
    pub lang: Option<crate::lang::Lang>,
}

/// Options of the TUI (`kontor` without a subcommand).
#[derive(Debug, Args, Clone)]
pub struct TuiArgs {
    /// Key bindings preset: default or vim (the user's keymap.toml may choose too)
    #[arg(long, value_name = "PRESET")]
    pub preset: Option<String>,
    /// Keymap file to merge over the preset [default: keymap.toml in the config directory]
    #[arg(long, value_name = "FILE")]
    pub keymap: Option<PathBuf>,
    /// Only ASCII on the screen, whatever the terminal says
    #[arg(long)]
    pub ascii: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[value(alias = "text")]
    Table,
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Top {
    /// Every plain kind of the registry (`supplier`, `item`, `opportunity` …): add, show, list, search, edit, delete
    #[command(flatten)]
    Record(super::kind_args::RecordCmd),
    /// Stock: receive, issue, move, count, reverse; balances, ledger, reorder list
    #[command(subcommand)]
    Stock(super::stock::StockCmd),
    /// Bills of materials: set, show, explode, cost roll-up, where-used
    #[command(subcommand)]
    Bom(super::bom::BomCmd),
    /// Make an item from its bill of materials: components out, product in, one transaction
    Produce(super::bom::ProduceArgs),
    /// Production orders (Fertigungsaufträge): add, list, show, complete (all or part), cancel the rest
    #[command(subcommand)]
    Production(super::production::ProductionCmd),
    /// Payroll: run a period's payslips, post (lock) it, show, export the payment list
    #[command(subcommand)]
    Payroll(super::payroll::PayrollCmd),
    /// Prices: add a rule (set), show an item's price for a customer and why, list the rules
    #[command(subcommand)]
    Price(super::price::PriceCmd),
    /// Quotes (Angebote): add, show, list, send, accept, decline, convert into an order
    #[command(subcommand)]
    Quote(super::quote::QuoteCmd),
    /// Sales orders (Aufträge): add, show, list, cancel
    #[command(subcommand)]
    Order(super::order::OrderCmd),
    /// Deliveries (Lieferscheine): pick lists of confirmed orders, posted to the customer
    #[command(subcommand)]
    Delivery(super::delivery::DeliveryCmd),
    /// Purchase orders (Bestellungen): add, show, list, send, receive, close, cancel; open supply
    #[command(subcommand)]
    Purchase(super::purchase::PurchaseCmd),
    /// MRP (Disposition): run and store the plan, show, peg, firm, actions, convert into orders
    #[command(subcommand)]
    Mrp(super::mrp::MrpCmd),
    /// Payments received (Zahlungseingänge): add with their allocation to invoices, list; a customer's balance
    #[command(subcommand)]
    Payment(super::payment::PaymentCmd),
    /// Invoices (Rechnungen) and credit notes (Gutschriften): issue, show, list, credit
    #[command(subcommand)]
    Invoice(super::invoice::InvoiceCmd),
    /// Dunning (Mahnwesen): the dunning run, posted letters, blocks
    #[command(subcommand)]
    Dunning(super::dunning::DunningCmd),
    /// Service tickets: add, show, list, reply, note, status, priority, assign, merge, link
    #[command(subcommand)]
    Ticket(super::ticket::TicketCmd),
    /// Leads: add, list, show, edit, touch, status, disqualify, convert, duplicates
    #[command(subcommand)]
    Lead(super::lead::LeadCmd),
    /// Service queues: add, edit, list (agents, SLA targets, calendar)
    #[command(subcommand)]
    Queue(super::queue::QueueCmd),
    /// Marketing campaigns: add, edit, cost, show, list, report (cost, leads, won revenue, ROI)
    #[command(subcommand)]
    Campaign(super::campaign::CampaignCmd),
    /// Segments: saved customer filters; add, edit, show, list, members, count
    #[command(subcommand)]
    Segment(super::segment::SegmentCmd),
    /// Sales reports: revenue, ABC analysis, RFM segments; ageing of open receivables
    #[command(subcommand)]
    Report(super::report::ReportCmd),
    /// Import records from a CSV file (all or nothing)
    Import(ImportArgs),
    /// Export records as CSV that `import` reads back
    Export(ExportArgs),
    /// Fill an empty database with demo data
    Demo {
        /// How many customers to create
        #[arg(long, default_value_t = 200)]
        customers: usize,
    },
    /// Who changed what: the audit log (admins)
    Audit(super::audit::AuditArgs),
    /// Verify every index entry against the records (exit 1 when inconsistent)
    Check,
    /// Rebuild every index from the records
    Reindex,
    /// Write a backup of the database, consistent as of one moment (also while `kontor serve` runs on it)
    Backup(super::backup::BackupArgs),
    /// Make a new database in --db (new or empty) or --store (without records) from a backup
    Restore(super::backup::RestoreArgs),
    /// Copy a database into another that holds no records (a database directory or postgres://…, either way), verified record by record
    Migrate(super::migrate::MigrateArgs),
    /// Show or change database settings (default_region, currency, company_… for the letterhead); NAME alone explains it
    Settings {
        /// Setting to change
        name: Option<String>,
        /// New value
        value: Option<String>,
    },
    /// Print the effective key bindings
    Keys(super::keys::KeysArgs),
    /// Find anything: words, references and numbers in every kind of record, grouped by kind, best first
    Search(super::search::SearchArgs),
    /// VAT: the rate table by the date of supply
    #[command(subcommand)]
    Vat(super::vat::VatCmd),
    /// Business calendars: opening hours, holidays of a German state, days off (SLA clocks)
    #[command(subcommand)]
    Calendar(super::calendar::CalendarCmd),
    /// Serve the database over SSH: one TUI per session, many users at once
    Serve(super::server::ServeArgs),
    /// Mail out: the outbox, delivering it through the SMTP server, a test message
    #[command(subcommand)]
    Mail(super::mail::MailCmd),
    /// Consent (Einwilligungen): add, withdraw, object, request (double opt-in), confirm, use, show, standing, evidence, text
    #[command(subcommand)]
    Consent(super::consent::ConsentCmd),
    /// Marketing mailings: write, preview, dry-run, send exactly once, status, suppress
    #[command(subcommand)]
    Mailing(super::mailing::MailingCmd),
    /// Read one e-mail on stdin and file it on a ticket (for Postfix, Exim, fetchmail)
    Mailgate(super::mailgate::MailgateArgs),
    /// Accounts of `kontor serve`: add, list, remove, set-role, set-lang, add-key, remove-key
    #[command(subcommand)]
    User(super::server::UserCmd),
}

pub use super::data_kind::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "windows-1252")]
    Windows1252,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds
    pub kind: Kind,
    /// The CSV file, with a header row
    pub file: PathBuf,
    /// FIELD=COLUMN; the same field may be named twice (phone=phone, phone=fax)
    #[arg(long = "map", value_name = "FIELD=COLUMN")]
    pub maps: Vec<String>,
    /// Column separator [default: detected, `,` or `;`]
    #[arg(long)]
    pub delimiter: Option<char>,
    /// [default: detected; windows-1252 when the bytes are not UTF-8]
    #[arg(long, value_enum)]
    pub encoding: Option<EncodingArg>,
    /// A cell value that means empty, e.g. NULL
    #[arg(long)]
    pub null: Option<String>,
    /// Check every row and report, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Items: post this column's quantity as opening stock (supplier → --location)
    #[arg(long, value_name = "COLUMN")]
    pub opening_stock: Option<String>,
    /// Items: where opening stock goes [default: the default location, WH1]
    #[arg(long, value_name = "LOC", requires = "opening_stock")]
    pub location: Option<String>,
    /// Items: link each to the supplier whose number this column holds, as its preferred supplier item
    #[arg(long, value_name = "COLUMN")]
    pub supplier_column: Option<String>,
    /// Orders: the CSV file of their lines, each naming its order
    #[arg(long, value_name = "FILE")]
    pub lines: Option<PathBuf>,
    /// Orders: FIELD=COLUMN of the lines file (order, sku, quantity, price, discount)
    #[arg(long = "line-map", value_name = "FIELD=COLUMN")]
    pub line_maps: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export
    pub kind: Kind,
    /// Write to FILE instead of standard output
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// datev: the first day of the period (YYYY-MM-DD)
    #[arg(long)]
    pub from: Option<String>,
    /// datev: the last day of the period (YYYY-MM-DD)
    #[arg(long)]
    pub until: Option<String>,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    /// Every subcommand, flag and argument says what it is in `--help`.
    #[test]
    fn every_command_and_argument_is_described() {
        fn undescribed(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let path = format!("{path} {}", command.get_name());
            if command.get_about().is_none() {
                missing.push(path.clone());
            }
            for arg in command.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !builtin && arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} <{}>", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                if sub.get_name() != "help" {
                    undescribed(sub, &path, missing);
                }
            }
        }
        let mut missing = Vec::new();
        undescribed(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "without a description: {missing:#?}");
    }
}
