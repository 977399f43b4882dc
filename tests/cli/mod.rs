//! The command line on temporary databases, in process and through the real binary: every
//! subcommand's output, exit codes and refusals, imports and exports (and the properties
//! of imports over hostile files), crashes mid-write, owner-only files.

mod atp;
mod backup;
mod bom;
mod check;
mod company_settings;
mod confirmation;
mod crash;
mod crash_orders;
mod crm;
mod customer_edit;
mod customer_number;
mod customers;
mod deliveries;
mod delivery_notes;
mod demo_sales;
mod disk_full;
mod german;
mod holds;
mod import_export;
mod import_props;
mod import_text;
mod input_limits;
mod interaction_edit;
mod invoices;
mod kind_conformance;
mod local_times;
mod opportunity_edit;
mod order_history;
mod orders;
mod output;
mod owner_only;
mod payroll;
mod price;
mod quotes;
mod reallocation;
mod refusals;
mod reservations;
mod revenue_index;
mod sales_terms;
mod stock;
mod suppliers;
mod vat;
