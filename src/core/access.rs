//! Who may do what: the areas of kontor, the roles' rights on them, what of a customer a
//! role reads and whose opportunities it sees. Checked in `execute` for every command (its
//! area is declared in `command_names`) and at the start of every query — never only by
//! hiding a screen. Room: core — no I/O here, only rules.

use super::{Actor, CoreError, Role};
use crate::domain::fold::fold;
use crate::domain::names;
use crate::domain::{Customer, Interaction, Opportunity};

/// A part of kontor with its own rights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// Customers' names and addresses (part of `Crm`; warehouse staff read only these).
    Customers,
    /// Customers with their phones, e-mails, contacts and notes; interactions,
    /// opportunities (one's own, see `sees_opportunity`).
    Crm,
    /// The pipeline across every owner.
    Pipeline,
    /// Items and their on-hand balances (part of `Stock`; agents and sales read only these).
    Items,
    /// Items, locations, stock, the ledger, reorder suggestions, BOMs, production.
    Stock,
    /// Employees, wages, payslips.
    Payroll,
    /// Suppliers (and, later, purchase orders).
    Purchasing,
    /// Price rules (sales changes them, agents read them; the warehouse sees no prices).
    Prices,
    /// Quotes and sales orders with their prices (sales changes them, agents read them;
    /// the warehouse sees none of them).
    Sales,
    /// Deliveries of confirmed orders (warehouse and sales post them, agents read them;
    /// no prices in them).
    Deliveries,
    /// Releasing held sales orders (sales managers and admins).
    Releases,
    /// Receivables: payments received, open items, balances, ageing (admins record
    /// payments; sales read them).
    Receivables,
    /// Invoices and credit notes (accounting issues them, sales reads them; the warehouse
    /// sees none).
    Invoices,
    /// Service tickets (agents read and change those of the queues they are members of,
    /// `serves`; sales reads every ticket; admins manage the queues).
    Service,
    /// Leads and their qualification and conversion (agents, sales and marketing work
    /// them).
    Leads,
    /// The consent ledger: who may be contacted on which channel for which purpose
    /// (agents and sales record consent during calls; marketing manages it).
    Consent,
    /// Segments, campaigns and their costs, mailings (marketing changes them; sales and
    /// agents read them, to attribute leads and calls to a campaign).
    Marketing,
    /// Production orders: purchasing (which plans) and the warehouse (which makes) add
    /// and cancel them; completing one posts stock and so needs `Stock`.
    Production,
    /// Users, settings, the audit log.
    Admin,
}

/// Reading or changing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Sales => "sales",
            Role::SalesManager => "sales-manager",
            Role::Warehouse => "warehouse",
            Role::Payroll => "payroll",
            Role::Purchasing => "purchasing",
            Role::Accounting => "accounting",
            Role::Marketing => "marketing",
            Role::Admin => "admin",
        }
    }

    /// The name as a person reads it, in the current language (German `Vertrieb`); `name`
    /// is the machine name users type and the store keeps, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            Role::Agent => crate::t!("core-role-agent"),
            Role::Sales => crate::t!("core-role-sales"),
            Role::SalesManager => crate::t!("core-role-sales-manager"),
            Role::Warehouse => crate::t!("core-role-warehouse"),
            Role::Payroll => crate::t!("core-role-payroll"),
            Role::Purchasing => crate::t!("core-role-purchasing"),
            Role::Accounting => crate::t!("core-role-accounting"),
            Role::Marketing => crate::t!("core-role-marketing"),
            Role::Admin => crate::t!("core-role-admin"),
        }
    }

    /// The role's label, or the text as it is when it names no role (a stored role of a
    /// newer version).
    pub fn label_of(name: &str) -> String {
        name.parse::<Role>()
            .map_or_else(|_| name.to_string(), Role::label)
    }

    pub const ALL: [Role; 9] = [
        Role::Agent,
        Role::Sales,
        Role::SalesManager,
        Role::Warehouse,
        Role::Payroll,
        Role::Purchasing,
        Role::Accounting,
        Role::Marketing,
        Role::Admin,
    ];

    /// Whether this role may read or change an area. Warehouse staff read customers' names
    /// and addresses; agents and sales read items and their balances, nothing else of stock.
    /// Purchasing belongs to the purchasing role; warehouse staff read it. A sales manager
    /// has every right of sales and releases held orders. Accounting issues invoices and
    /// reads what they bill: customers, orders, deliveries; sales reads invoices. Marketing
    /// runs segments, campaigns and mailings, works leads and consent, and reads customers,
    /// the pipeline and orders (for segments and a campaign's figures).
    pub fn may(self, area: Area, access: Access) -> bool {
        let role = match (self, area) {
            (Role::SalesManager, Area::Releases) => return true,
            (Role::SalesManager, _) => Role::Sales,
            (role, _) => role,
        };
        matches!(
            (role, area, access),
            (Role::Admin, _, _)
                | (Role::Agent | Role::Sales, Area::Crm | Area::Customers, _)
                | (Role::Sales, Area::Pipeline | Area::Prices | Area::Sales, _)
                | (Role::Agent, Area::Prices | Area::Sales, Access::Read)
                | (Role::Agent | Role::Sales, Area::Items, Access::Read)
                | (Role::Warehouse, Area::Items | Area::Stock, _)
                | (Role::Warehouse, Area::Customers, Access::Read)
                | (Role::Payroll, Area::Payroll, _)
                | (Role::Purchasing, Area::Purchasing, _)
                | (Role::Warehouse, Area::Purchasing, Access::Read)
                | (Role::Warehouse | Role::Sales, Area::Deliveries, _)
                | (Role::Agent, Area::Deliveries, Access::Read)
                | (Role::Sales | Role::Agent, Area::Releases, Access::Read)
                | (Role::Sales, Area::Receivables, Access::Read)
                | (Role::Accounting, Area::Receivables, _)
                | (Role::Accounting, Area::Invoices, _)
                | (
                    Role::Accounting,
                    Area::Crm | Area::Customers | Area::Sales | Area::Deliveries | Area::Prices,
                    Access::Read
                )
                | (Role::Sales, Area::Invoices, Access::Read)
                | (Role::Agent, Area::Service, _)
                | (Role::Sales, Area::Service, Access::Read)
                | (
                    Role::Agent | Role::Sales | Role::Marketing,
                    Area::Leads | Area::Consent,
                    _
                )
                | (Role::Marketing, Area::Marketing, _)
                | (Role::Warehouse | Role::Purchasing, Area::Production, _)
                | (Role::Sales | Role::Agent, Area::Marketing, Access::Read)
                | (
                    Role::Marketing,
                    Area::Crm | Area::Customers | Area::Pipeline | Area::Sales,
                    Access::Read
                )
        )
    }
}

impl std::str::FromStr for Role {
    type Err = crate::domain::Invalid;
    fn from_str(text: &str) -> Result<Role, Self::Err> {
        let names = Role::ALL.map(|role| (role.name(), role));
        crate::domain::invalid::parse_labelled("role", text, &names, Role::label)
    }
}

/// Refuses with "not permitted for role R" unless the actor may.
pub fn require(actor: &Actor, area: Area, access: Access) -> Result<(), CoreError> {
    if actor.role.may(area, access) {
        Ok(())
    } else if area == Area::Releases {
        Err(CoreError::Refused(crate::t!(
            "core-release-not-permitted",
            role = actor.role.label()
        )))
    } else {
        Err(CoreError::Refused(crate::t!(
            "core-not-permitted",
            role = actor.role.label()
        )))
    }
}

/// How much of a customer record an actor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerSight {
    /// Everything (CRM readers).
    Full,
    /// Names, addresses, kind, status, owner, tags and the delivery terms; no phones,
    /// e-mails, contacts' phones and e-mails, notes or credit limit (warehouse). Searches
    /// match names only, so a typed phone number or e-mail reveals nothing either.
    NamesAndAddresses,
}

impl CustomerSight {
    /// What the actor may read of customers; refuses roles that read none (payroll).
    pub fn of(actor: &Actor) -> Result<CustomerSight, CoreError> {
        if actor.role.may(Area::Crm, Access::Read) {
            return Ok(CustomerSight::Full);
        }
        require(actor, Area::Customers, Access::Read)?;
        Ok(CustomerSight::NamesAndAddresses)
    }

    /// The customer as this sight shows it.
    pub fn show(self, mut customer: Customer) -> Customer {
        if self == CustomerSight::NamesAndAddresses {
            customer.phones.clear();
            customer.emails.clear();
            customer.notes.clear();
            customer.credit_limit = None;
            for contact in &mut customer.contacts {
                contact.phones.clear();
                contact.emails.clear();
            }
        }
        customer
    }
}

/// Whether the actor changes (and, for opportunities, reads) a CRM record that belongs
/// to `owner`: with the pipeline right everyone's, otherwise only their own (owner equal
/// to their name, case-folded).
fn acts_for(actor: &Actor, owner: &str) -> bool {
    acts_for_every_owner(actor) || fold(owner) == fold(&actor.name)
}

/// Whether the actor sees and changes the opportunities of every owner (the pipeline
/// right), not only their own.
pub fn acts_for_every_owner(actor: &Actor) -> bool {
    actor.role.may(Area::Pipeline, Access::Read)
}

/// The refusal for a record (`which`: "opportunity 4") of `owner` that the actor may not
/// change, or `None` when they may.
fn foreign(actor: &Actor, which: impl FnOnce() -> String, owner: &str) -> Option<String> {
    (!acts_for(actor, owner)).then(|| {
        let owner = match owner {
            "" => crate::t!("core-nobody"),
            owner => owner.to_string(),
        };
        crate::t!(
            "core-belongs-to",
            record = which(),
            owner = owner,
            role = actor.role.label()
        )
    })
}

/// Whether the actor reads and changes this opportunity (see `acts_for`).
pub fn sees_opportunity(actor: &Actor, opportunity: &Opportunity) -> bool {
    acts_for(actor, &opportunity.owner)
}

/// The refusal for an opportunity the actor does not own, or `None` when they may.
pub fn foreign_opportunity(actor: &Actor, opportunity: &Opportunity) -> Option<String> {
    let which = || match opportunity.id {
        0 => crate::t!("core-the-opportunity"),
        id => names::record("opportunity", id),
    };
    foreign(actor, which, &opportunity.owner)
}

/// The refusal for changing an interaction someone else logged (its agent), or `None`
/// when the actor may: everyone reads interactions, but agents change only their own.
pub fn foreign_interaction(actor: &Actor, interaction: &Interaction) -> Option<String> {
    foreign(
        actor,
        || names::record("interaction", interaction.id),
        &interaction.agent,
    )
}

/// A new opportunity of an actor without the pipeline right is theirs: an empty owner
/// becomes their name (another owner is refused as `foreign_opportunity`).
pub fn claim_opportunity(actor: &Actor, opportunity: &mut Opportunity) {
    if opportunity.owner.trim().is_empty() && !actor.role.may(Area::Pipeline, Access::Write) {
        opportunity.owner = actor.name.clone();
    }
}

/// Whether the actor reads (`Read`) or changes (`Write`) the tickets of `queue`: admins
/// every queue; agents the queues they are agents of; sales read every queue; nobody else.
pub fn serves(actor: &Actor, queue: &crate::domain::ticket::Queue, access: Access) -> bool {
    actor.role.may(Area::Service, access)
        && match actor.role {
            Role::Agent => queue.has_agent(&actor.name),
            _ => true,
        }
}

/// The refusal for the tickets of a queue the actor does not serve, or `None` when they
/// may (see `serves`).
pub fn foreign_queue(
    actor: &Actor,
    queue: &crate::domain::ticket::Queue,
    access: Access,
) -> Option<String> {
    (!serves(actor, queue, access)).then(|| {
        crate::t!(
            "core-ticket-not-in-queue",
            user = actor.name.as_str(),
            queue = queue.name.as_str(),
            role = actor.role.label()
        )
    })
}

/// Refuses unless the actor has the service right and `serves` the queue.
pub fn require_queue(
    actor: &Actor,
    queue: &crate::domain::ticket::Queue,
    access: Access,
) -> Result<(), CoreError> {
    require(actor, Area::Service, access)?;
    match foreign_queue(actor, queue, access) {
        Some(why) => Err(CoreError::Refused(why)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lang::in_german;

    #[test]
    fn the_warehouse_reads_the_delivery_terms_but_not_the_credit_limit() {
        use crate::domain::{Currency, Money};
        let mut customer = Customer::new("Alfreds", time::OffsetDateTime::UNIX_EPOCH);
        customer.credit_limit = Some(Money::new(rust_decimal::dec!(5000), Currency::EUR));
        customer.vat_id = "DE123456789".into();
        customer.backorders = false;
        customer.partial_deliveries = false;
        let full = CustomerSight::Full.show(customer.clone());
        assert_eq!(full, customer);
        let warehouse = CustomerSight::NamesAndAddresses.show(customer.clone());
        assert_eq!(warehouse.credit_limit, None);
        assert!(!warehouse.backorders && !warehouse.partial_deliveries);
        assert_eq!(warehouse.vat_id, "DE123456789");
    }

    #[test]
    fn roles_read_as_their_names_in_english_and_as_german_words_in_german() {
        assert_eq!(Role::ALL.map(Role::label), Role::ALL.map(Role::name));
        assert_eq!(
            in_german(|| Role::ALL.map(Role::label)),
            [
                "Agent",
                "Vertrieb",
                "Vertriebsleitung",
                "Lager",
                "Lohnbüro",
                "Einkauf",
                "Buchhaltung",
                "Marketing",
                "Admin"
            ]
        );
        assert_eq!(in_german(|| Role::label_of("sales")), "Vertrieb");
        assert_eq!(in_german(|| Role::label_of("auditor")), "auditor");
        assert_eq!(in_german(|| "vertrieb".parse::<Role>()), Ok(Role::Sales));
        assert_eq!(in_german(|| "admin".parse::<Role>()), Ok(Role::Admin));
        assert!("Vertrieb".parse::<Role>().is_err());
        let refused = in_german(|| {
            require(
                &Actor {
                    name: "anna".into(),
                    role: Role::Sales,
                },
                Area::Payroll,
                Access::Read,
            )
        });
        assert_eq!(
            refused.unwrap_err().to_string(),
            in_german(
                || CoreError::Refused("für die Rolle Vertrieb nicht erlaubt".into()).to_string()
            )
        );
    }

    #[test]
    fn marketing_runs_campaigns_and_reads_customers_but_changes_none() {
        assert!(Role::Marketing.may(Area::Marketing, Access::Write));
        assert!(Role::Marketing.may(Area::Leads, Access::Write));
        assert!(Role::Marketing.may(Area::Consent, Access::Write));
        assert!(Role::Marketing.may(Area::Crm, Access::Read));
        assert!(!Role::Marketing.may(Area::Crm, Access::Write));
        assert!(!Role::Marketing.may(Area::Payroll, Access::Read));
        assert!(!Role::Marketing.may(Area::Invoices, Access::Read));
        assert!(Role::Agent.may(Area::Consent, Access::Write));
        assert!(Role::Agent.may(Area::Marketing, Access::Read));
        assert!(!Role::Agent.may(Area::Marketing, Access::Write));
        assert!(Role::Sales.may(Area::Marketing, Access::Read));
        assert!(!Role::Sales.may(Area::Marketing, Access::Write));
        assert!(!Role::Warehouse.may(Area::Consent, Access::Read));
        assert!(!Role::Warehouse.may(Area::Leads, Access::Read));
    }

    #[test]
    fn roles_have_the_rights_of_the_issue() {
        assert!(Role::Agent.may(Area::Crm, Access::Write));
        assert!(Role::Agent.may(Area::Items, Access::Read));
        assert!(!Role::Agent.may(Area::Items, Access::Write));
        assert!(!Role::Agent.may(Area::Stock, Access::Read));
        assert!(Role::Sales.may(Area::Items, Access::Read));
        assert!(!Role::Sales.may(Area::Stock, Access::Read));
        assert!(Role::Warehouse.may(Area::Items, Access::Write));
        assert!(Role::Warehouse.may(Area::Stock, Access::Write));
        assert!(!Role::Payroll.may(Area::Items, Access::Read));
        assert!(!Role::Agent.may(Area::Payroll, Access::Read));
        assert!(!Role::Agent.may(Area::Pipeline, Access::Read));
        assert!(Role::Sales.may(Area::Pipeline, Access::Read));
        assert!(Role::Warehouse.may(Area::Customers, Access::Read));
        assert!(!Role::Warehouse.may(Area::Customers, Access::Write));
        assert!(!Role::Warehouse.may(Area::Crm, Access::Read));
        assert!(Role::Agent.may(Area::Customers, Access::Write));
        assert!(!Role::Warehouse.may(Area::Payroll, Access::Read));
        assert!(Role::Payroll.may(Area::Payroll, Access::Write));
        assert!(!Role::Payroll.may(Area::Crm, Access::Read));
        assert!(!Role::Payroll.may(Area::Customers, Access::Read));
        assert!(Role::Admin.may(Area::Admin, Access::Write));
        assert!(Role::Purchasing.may(Area::Purchasing, Access::Write));
        assert!(Role::Warehouse.may(Area::Purchasing, Access::Read));
        assert!(!Role::Warehouse.may(Area::Purchasing, Access::Write));
        assert!(!Role::Purchasing.may(Area::Crm, Access::Read));
        assert!(Role::Sales.may(Area::Prices, Access::Write));
        assert!(Role::Agent.may(Area::Prices, Access::Read));
        assert!(!Role::Agent.may(Area::Prices, Access::Write));
        for role in [Role::Warehouse, Role::Payroll, Role::Purchasing] {
            assert!(!role.may(Area::Prices, Access::Read), "{role:?}");
        }
        for role in [Role::Agent, Role::Sales, Role::Payroll] {
            assert!(!role.may(Area::Purchasing, Access::Read), "{role:?}");
        }
        assert_eq!("purchasing".parse::<Role>().unwrap(), Role::Purchasing);
    }

    #[test]
    fn accounting_issues_invoices_sales_reads_them_the_warehouse_sees_none() {
        assert!(Role::Accounting.may(Area::Invoices, Access::Write));
        for area in [Area::Customers, Area::Crm, Area::Sales, Area::Deliveries] {
            assert!(Role::Accounting.may(area, Access::Read), "{area:?}");
            assert!(!Role::Accounting.may(area, Access::Write), "{area:?}");
        }
        assert!(!Role::Accounting.may(Area::Stock, Access::Read));
        assert!(!Role::Accounting.may(Area::Admin, Access::Read));
        for role in [Role::Sales, Role::SalesManager] {
            assert!(role.may(Area::Invoices, Access::Read), "{role:?}");
            assert!(!role.may(Area::Invoices, Access::Write), "{role:?}");
        }
        for role in [
            Role::Warehouse,
            Role::Agent,
            Role::Payroll,
            Role::Purchasing,
        ] {
            assert!(!role.may(Area::Invoices, Access::Read), "{role:?}");
        }
        assert!(Role::Admin.may(Area::Invoices, Access::Write));
        assert_eq!("accounting".parse::<Role>().unwrap(), Role::Accounting);
        assert_eq!(
            in_german(|| "buchhaltung".parse::<Role>()),
            Ok(Role::Accounting)
        );
    }

    #[test]
    fn sales_managers_sell_and_release_holds() {
        for area in [
            Area::Crm,
            Area::Pipeline,
            Area::Prices,
            Area::Sales,
            Area::Deliveries,
        ] {
            assert!(Role::SalesManager.may(area, Access::Write), "{area:?}");
        }
        assert!(!Role::SalesManager.may(Area::Stock, Access::Read));
        assert!(!Role::SalesManager.may(Area::Admin, Access::Read));
        assert!(Role::SalesManager.may(Area::Releases, Access::Write));
        assert!(Role::Admin.may(Area::Releases, Access::Write));
        for role in [
            Role::Agent,
            Role::Sales,
            Role::Warehouse,
            Role::Payroll,
            Role::Purchasing,
        ] {
            assert!(!role.may(Area::Releases, Access::Write), "{role:?}");
        }
        assert_eq!("sales-manager".parse::<Role>().unwrap(), Role::SalesManager);
        assert_eq!(
            in_german(|| "vertriebsleitung".parse::<Role>()),
            Ok(Role::SalesManager)
        );
        let sales = Actor {
            name: "sam".into(),
            role: Role::Sales,
        };
        let refused = require(&sales, Area::Releases, Access::Write).unwrap_err();
        assert!(refused.to_string().contains("sales manager"), "{refused}");
    }
}
