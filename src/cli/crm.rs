//! Handler of `customer`: turns flags into commands or queries of the core and prints the
//! result. Room: cli.

use std::io::Write;

use super::args::{CustomerAdd, CustomerCmd, CustomerEditArgs};
use super::{CliError, Context, output};
use crate::core::query::{self, CustomerFilter};
use crate::core::{Command, Event, execute};
use crate::domain::fields::customer::{self as customer_fields, CustomerEdit};
use crate::domain::fields::one_list_value;
use crate::domain::fields::{Input, Row};
use crate::domain::{Customer, CustomerStatus, Invalid};

const CUSTOMER_COLUMNS: &[&str] = &[
    "id", "number", "name", "status", "owner", "phone", "city", "country",
];
pub fn customer(context: &mut Context, command: CustomerCmd) -> Result<(), CliError> {
    match command {
        CustomerCmd::Add(add) => {
            let input = customer_input(add).map_err(crate::core::CoreError::from)?;
            let event = execute(
                &context.store,
                &context.clock,
                &context.actor,
                Command::AddCustomer { input },
            )?;
            print_customer_event(context, event)
        }
        CustomerCmd::Show { id } => {
            let customer = query::get_customer(&context.store, &context.actor, id)?
                .ok_or(crate::store::StoreError::NotFound {
                    kind: "customer",
                    id,
                })
                .map_err(crate::core::CoreError::from)?;
            show_customer(context, &customer)
        }
        CustomerCmd::List {
            status,
            owner,
            tag,
            limit,
        } => {
            let status = status
                .map(|s| CustomerStatus::parse(&s))
                .transpose()
                .map_err(crate::core::CoreError::from)?;
            let filter = CustomerFilter { status, owner, tag };
            let customers = output::limited(limit, &mut context.err, |limit| {
                query::list_customers(&context.store, &context.actor, &filter, limit)
            })?;
            list_customers(context, &customers)
        }
        CustomerCmd::Search { text, limit } => {
            let hits = output::limited(limit, &mut context.err, |limit| {
                query::search_customers(
                    &context.store,
                    &context.actor,
                    &text,
                    limit,
                    context.settings.default_region,
                )
            })?;
            let customers: Vec<Customer> = hits.into_iter().map(|hit| hit.customer).collect();
            list_customers(context, &customers)
        }
        CustomerCmd::Edit(args) => {
            let (id, expected_version, edit) = customer_edit(args);
            let event = execute(
                &context.store,
                &context.clock,
                &context.actor,
                Command::EditCustomer {
                    id,
                    expected_version,
                    edit,
                },
            )?;
            print_customer_event(context, event)
        }
        CustomerCmd::Delete { id, force } => {
            let event = execute(
                &context.store,
                &context.clock,
                &context.actor,
                Command::DeleteCustomer { id, force },
            )?;
            if let Event::CustomerDeleted {
                customer,
                interactions,
                opportunities,
            } = event
            {
                writeln!(
                    context.out,
                    "deleted customer {} ({}) with {} and {}",
                    customer.id,
                    customer.name,
                    crate::core::plural(interactions, "interaction"),
                    crate::core::plural(opportunities, "opportunity")
                )?;
            }
            Ok(())
        }
    }
}

/// The flags of `customer add`. Each flag is one value: a `|` in one of a list field (which
/// `Input` would split, as it does an import cell) is refused naming the field.
fn customer_input(add: CustomerAdd) -> Result<Input, Invalid> {
    let mut input = Input::new();
    input.push("name", add.name);
    for (field, value) in [
        ("kind", add.kind),
        ("number", add.number),
        ("street", add.street),
        ("postal_code", add.postal_code),
        ("city", add.city),
        ("region", add.region),
        ("country", add.country),
        ("status", add.status),
        ("owner", add.owner),
        ("notes", add.notes),
    ] {
        if let Some(value) = value {
            if POSITIONAL.contains(&field) {
                one_list_value(field, &value)?;
            }
            input.push(field, value);
        }
    }
    let lists = [
        ("phone", add.phone),
        ("email", add.email),
        ("tags", add.tag),
    ];
    for (field, values) in lists {
        for value in values {
            one_list_value(field, &value)?;
            input.push(field, value);
        }
    }
    for contact in &add.contact {
        one_list_value("contact", contact)?;
    }
    let (names, roles): (Vec<String>, Vec<String>) = add
        .contact
        .iter()
        .map(|contact| {
            let (name, role) = contact.split_once(':').unwrap_or((contact, ""));
            (name.trim().to_string(), role.trim().to_string())
        })
        .unzip();
    if !names.is_empty() {
        input.push("contact", names.join("|"));
        input.push("contact_role", roles.join("|"));
    }
    Ok(input)
}

/// Address flags: each is the first address's part, and `|` would start a second.
const POSITIONAL: &[&str] = &["street", "postal_code", "city", "region", "country"];

fn customer_edit(args: CustomerEditArgs) -> (u64, Option<u64>, CustomerEdit) {
    let mut edit = CustomerEdit::default();
    for (field, value) in [
        ("name", args.name),
        ("kind", args.kind),
        ("number", args.number),
        ("status", args.status),
        ("owner", args.owner),
        ("notes", args.notes),
        ("street", args.street),
        ("postal_code", args.postal_code),
        ("city", args.city),
        ("region", args.region),
        ("country", args.country),
    ] {
        if let Some(value) = value {
            edit.set.set(field, value);
        }
    }
    edit.add_phones = args.add_phone;
    edit.remove_phones = args.remove_phone;
    edit.add_emails = args.add_email;
    edit.remove_emails = args.remove_email;
    edit.add_tags = args.add_tag;
    edit.remove_tags = args.remove_tag;
    edit.add_contacts = args.add_contact;
    edit.remove_contacts = args.remove_contact;
    (args.id, args.expect_version, edit)
}

fn print_customer_event(context: &mut Context, event: Event) -> Result<(), CliError> {
    match event {
        Event::CustomerAdded(customer) | Event::CustomerEdited(customer) => {
            show_customer(context, &customer)
        }
        _ => Ok(()),
    }
}

fn show_customer(context: &mut Context, customer: &Customer) -> Result<(), CliError> {
    let row = customer_fields::to_row(customer, context.offset);
    output::record(&mut context.out, context.format, &row)?;
    Ok(())
}

fn list_customers(context: &mut Context, customers: &[Customer]) -> Result<(), CliError> {
    let rows: Vec<Row> = customers
        .iter()
        .map(|c| customer_fields::to_row(c, context.offset))
        .collect();
    output::list_with_header(
        &mut context.out,
        context.format,
        &rows,
        CUSTOMER_COLUMNS,
        customer_fields::FIELDS,
    )?;
    Ok(())
}
