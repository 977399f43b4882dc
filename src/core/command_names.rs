//! The name and the permission area of every command, declared by exhaustive matches: a
//! command added without a name or an area does not compile. The audit log stores the
//! names (`Customers::Add`, `Stock::Post`); `execute` checks the areas before anything runs.
//! Room: core — no I/O, only rules.

use super::Command;
use super::access::Area;
use super::bom::BomCommand;
use super::payroll::PayrollCommand;
use super::stock::StockCommand;
use super::users::UserCommand;

impl Command {
    /// `Customers::Add`, `Stock::Post`, `Payroll::RunPeriod`: the variant (and the wrapped
    /// variant) of the command.
    pub fn name(&self) -> String {
        if let Command::Record(command) = self {
            return format!(
                "{}::{}",
                capitalized(command.kind.plural),
                command.op.name()
            );
        }
        let (family, name) = self.parts();
        match family {
            Some(family) => format!("{family}::{name}"),
            None => name.to_string(),
        }
    }

    /// The area the command changes: the actor needs the right to write it.
    pub fn area(&self) -> Area {
        match self {
            Command::CompleteFollowUp { .. } | Command::MoveOpportunity { .. } => Area::Crm,
            Command::Stock(_) | Command::Bom(_) => Area::Stock,
            Command::Payroll(_) => Area::Payroll,
            Command::Sales(command) => command.area(),
            Command::Deliver(_) => Area::Deliveries,
            Command::Invoice(_) | Command::InvoiceRun { .. } => Area::Invoices,
            Command::Payment(_) | Command::Dunning(_) => Area::Receivables,
            Command::Record(command) => command.kind.area,
            Command::SetSetting { .. } | Command::Users(_) | Command::Queue(_) => Area::Admin,
            Command::Ticket(_) => Area::Service,
            Command::Lead(_) => Area::Leads,
            Command::MergeCustomers(_) => Area::Crm,
            Command::Campaign(_) | Command::Segment(_) => Area::Marketing,
            Command::Production(command) => command.area(),
            Command::Purchase(command) => command.area(),
            Command::Mrp(command) => command.area(),
        }
    }

    /// The family (for wrapped commands) and the variant's name.
    fn parts(&self) -> (Option<&'static str>, &'static str) {
        match self {
            Command::CompleteFollowUp { .. } => (None, "CompleteFollowUp"),
            Command::MoveOpportunity { .. } => (None, "MoveOpportunity"),
            Command::SetSetting { .. } => (None, "SetSetting"),
            Command::Stock(command) => (Some("Stock"), stock_name(command)),
            Command::Payroll(command) => (Some("Payroll"), payroll_name(command)),
            Command::Bom(command) => (Some("Bom"), bom_name(command)),
            Command::Sales(command) => (Some("Sales"), command.name()),
            Command::Deliver(command) => (Some("Deliveries"), command.name()),
            Command::Payment(command) => (Some("Payments"), command.name()),
            Command::Invoice(command) => (Some("Invoices"), command.name()),
            Command::Dunning(command) => (Some("Dunning"), command.name()),
            Command::InvoiceRun { .. } => (Some("Invoices"), "Run"),
            Command::Users(command) => (Some("Users"), user_name(command)),
            Command::Record(command) => (None, command.op.name()),
            Command::Ticket(command) => (Some("Tickets"), command.name()),
            Command::Queue(command) => (Some("Queues"), command.name()),
            Command::Lead(command) => (Some("Leads"), command.name()),
            Command::MergeCustomers(_) => (Some("Customers"), "Merge"),
            Command::Campaign(command) => (Some("Campaigns"), command.name()),
            Command::Segment(command) => (Some("Segments"), command.name()),
            Command::Production(command) => (Some("Production"), command.name()),
            Command::Purchase(command) => (Some("PurchaseOrders"), command.name()),
            Command::Mrp(command) => (Some("Mrp"), command.name()),
        }
    }
}

fn stock_name(command: &StockCommand) -> &'static str {
    match command {
        StockCommand::Post { .. } => "Post",
        StockCommand::Count { .. } => "Count",
        StockCommand::Reverse { .. } => "Reverse",
    }
}

fn payroll_name(command: &PayrollCommand) -> &'static str {
    match command {
        PayrollCommand::RunPeriod { .. } => "RunPeriod",
        PayrollCommand::PostPeriod { .. } => "PostPeriod",
    }
}

fn bom_name(command: &BomCommand) -> &'static str {
    match command {
        BomCommand::Set { .. } => "Set",
        BomCommand::Delete { .. } => "Delete",
        BomCommand::Produce { .. } => "Produce",
    }
}

fn user_name(command: &UserCommand) -> &'static str {
    match command {
        UserCommand::Add { .. } => "Add",
        UserCommand::Remove { .. } => "Remove",
        UserCommand::SetRole { .. } => "SetRole",
        UserCommand::SetLang { .. } => "SetLang",
        UserCommand::AddKey { .. } => "AddKey",
        UserCommand::RemoveKey { .. } => "RemoveKey",
    }
}

/// `suppliers` → `Suppliers`: a kind's family in command names, a role in a sentence.
pub(crate) fn capitalized(plural: &str) -> String {
    let mut chars = plural.chars();
    let first: String = chars
        .next()
        .map(char::to_uppercase)
        .into_iter()
        .flatten()
        .collect();
    first + chars.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::users::UserCommand;

    #[test]
    fn commands_name_their_variants_and_areas() {
        let setting = Command::SetSetting {
            name: "currency".into(),
            value: "EUR".into(),
        };
        assert_eq!(setting.name(), "SetSetting");
        assert_eq!(setting.area(), Area::Admin);
        let follow_up = Command::CompleteFollowUp { id: 1 };
        assert_eq!(follow_up.name(), "CompleteFollowUp");
        assert_eq!(follow_up.area(), Area::Crm);
        let remove = Command::Users(UserCommand::Remove {
            name: "anna".into(),
        });
        assert_eq!(remove.name(), "Users::Remove");
        assert_eq!(remove.area(), Area::Admin);
        let reverse = Command::Stock(StockCommand::Reverse { id: 4 });
        assert_eq!(reverse.name(), "Stock::Reverse");
        assert_eq!(reverse.area(), Area::Stock);
        let delete = Command::Record(crate::core::plain::RecordCommand {
            kind: crate::core::kinds::SUPPLIERS,
            op: crate::core::plain::RecordOp::Delete {
                id: 1,
                force: false,
            },
        });
        assert_eq!(delete.name(), "Suppliers::Delete");
        assert_eq!(delete.area(), Area::Purchasing);
    }
}
