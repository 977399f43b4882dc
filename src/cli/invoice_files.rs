//! The files of an invoice or credit note: `kontor invoice show N --pdf FILE --xml FILE`
//! and `kontor invoice send N [--dir DIR]`. The PDF is the ZUGFeRD / Factur-X PDF with the
//! CII XML inside; the XML is XRechnung when the buyer has a buyer reference (Leitweg-ID),
//! else EN 16931, unless `--profile` says which. Each file is written beside its final
//! name and renamed into place, so a refused or failed write leaves no half a file.
//! Room: cli.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CliError, Context};
use crate::core::invoicing::InvoiceView;
use crate::documents::einvoice::{self, Profile};
use crate::documents::invoice;
use crate::domain::Invalid;

/// The profile named `text` (`xrechnung`, `en16931`), or the invoice's own: XRechnung
/// with a buyer reference, EN 16931 without.
pub(super) fn profile(view: &InvoiceView, text: Option<&str>) -> Result<Profile, CliError> {
    match text.map(|t| t.trim().to_ascii_lowercase()) {
        None if view.invoice.buyer_reference.trim().is_empty() => Ok(Profile::En16931),
        None => Ok(Profile::XRechnung),
        Some(name) if name == "xrechnung" => Ok(Profile::XRechnung),
        Some(name) if name == "en16931" => Ok(Profile::En16931),
        Some(name) => Err(CliError::Core(
            Invalid::new(
                "profile",
                crate::t!("cli-invoice-profile-unknown", profile = name),
            )
            .into(),
        )),
    }
}

/// The ZUGFeRD PDF and the CII XML of `view` — both made before either is written.
fn documents(view: &InvoiceView, profile: Profile) -> Result<(Vec<u8>, String), CliError> {
    let refused = |problem: Invalid| CliError::Core(problem.into());
    let pdf = invoice::zugferd_pdf(&view.invoice, &view.totals).map_err(refused)?;
    let xml = einvoice::cii_xml(&view.invoice, &view.totals, profile).map_err(refused)?;
    Ok((pdf, xml))
}

/// Writes the PDF to `pdf` and the XML to `xml`, each when given.
pub(super) fn write(
    view: &InvoiceView,
    profile: Profile,
    pdf: Option<&Path>,
    xml: Option<&Path>,
) -> Result<(), CliError> {
    if pdf.is_none() && xml.is_none() {
        return Ok(());
    }
    let (pdf_bytes, xml_text) = documents(view, profile)?;
    if let Some(path) = pdf {
        write_whole(path, &pdf_bytes)?;
    }
    if let Some(path) = xml {
        write_whole(path, xml_text.as_bytes())?;
    }
    Ok(())
}

/// `kontor invoice send`: writes `NUMBER.pdf` and `NUMBER.xml` into `dir` and says where.
pub(super) fn send(
    context: &mut Context,
    view: &InvoiceView,
    profile: Profile,
    dir: &Path,
) -> Result<(), CliError> {
    let number = &view.invoice.number;
    let pdf = dir.join(format!("{number}.pdf"));
    let xml = dir.join(format!("{number}.xml"));
    write(view, profile, Some(&pdf), Some(&xml))?;
    writeln!(
        context.out,
        "{}",
        crate::t!(
            "cli-invoice-sent-files",
            number = number.as_str(),
            pdf = pdf.display().to_string(),
            xml = xml.display().to_string()
        )
    )?;
    Ok(())
}

/// Writes `bytes` to `path` whole: into a file beside it, then renamed over it.
pub(super) fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let cannot = |error: std::io::Error| {
        CliError::Failed(crate::t!(
            "cli-error-cannot-write",
            path = path.display().to_string(),
            error = error.to_string()
        ))
    };
    let mut partial = PathBuf::from(path);
    partial.as_mut_os_string().push(".partial");
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|error| {
            let _ = std::fs::remove_file(&partial);
            cannot(error)
        })
}
