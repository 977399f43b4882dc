//! The order confirmation on the command line: `kontor order confirm ORDER [--pdf FILE]`
//! prints the confirmation just issued as text and writes it as PDF; `kontor order
//! confirmation ORDER [--sequence N] [--pdf FILE]` does the same for one issued before;
//! `kontor order promise` and `kontor order set` change what the next confirmation
//! confirms. The letter comes from `documents` (one builder, text and PDF renderings).
//! Room: cli.

use std::io::Write;
use std::path::Path;

use clap::Args;

use super::sales::{TermsArgs, date_flag};
use super::{CliError, Context};
use crate::core::confirmation::{OrderEdit, issued};
use crate::documents::{confirmation, pdf, text};

/// The columns of the confirmation as text.
const COLUMNS: usize = 80;

/// `kontor order set`: the reference and terms of an order (an empty value clears one).
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Number (AU-2026-00001) or id of the order
    pub order: String,
    /// The customer's own order reference
    #[arg(long)]
    pub reference: Option<String>,
    /// The date of the customer's order (empty: none)
    #[arg(long)]
    pub reference_date: Option<String>,
    #[command(flatten)]
    pub terms: TermsArgs,
    /// The campaign (id) the order is attributed to (empty: none)
    #[arg(long)]
    pub campaign: Option<String>,
}

impl SetArgs {
    pub(super) fn edit(&self) -> Result<OrderEdit, CliError> {
        let reference_date = match self.reference_date.as_deref().map(str::trim) {
            None => None,
            Some("") => Some(None),
            Some(text) => Some(date_flag("reference-date", Some(text))?),
        };
        Ok(OrderEdit {
            reference: self.reference.clone(),
            reference_date,
            contact: self.terms.contact.clone(),
            payment: self.terms.payment_terms.clone(),
            delivery: self.terms.delivery_terms.clone(),
            campaign: self
                .campaign
                .as_deref()
                .map(crate::domain::fields::opportunity::parse_campaign)
                .transpose()
                .map_err(|problem| CliError::Core(problem.into()))?,
        })
    }
}

/// A promised date typed: a date, or empty to clear it.
pub(super) fn promised(text: &str) -> Result<Option<time::Date>, CliError> {
    match text.trim() {
        "" => Ok(None),
        text => date_flag("date", Some(text)),
    }
}

/// Writes confirmation `sequence` (default: the last) of `order` as PDF to `pdf_file`
/// when given, and prints it as text when `as_text`.
pub(super) fn print(
    context: &mut Context,
    order: &str,
    sequence: Option<u32>,
    pdf_file: Option<&Path>,
    as_text: bool,
) -> Result<(), CliError> {
    let found = issued(&context.store, &context.actor, order, sequence)?;
    let letter = confirmation::letter(&found);
    if let Some(path) = pdf_file {
        std::fs::write(path, pdf::render(&letter)).map_err(|error| {
            CliError::Failed(crate::t!(
                "cli-error-cannot-write",
                path = path.display().to_string(),
                error = error.to_string()
            ))
        })?;
    }
    if as_text {
        write!(context.out, "{}", text::render(&letter, COLUMNS))?;
    }
    Ok(())
}
