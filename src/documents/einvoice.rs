//! The e-invoice: an invoice or credit note as UN/CEFACT Cross Industry Invoice (CII,
//! D16B) XML in the EN 16931 profile (ZUGFeRD / Factur-X EN 16931, guideline
//! `urn:cen.eu:en16931:2017`) or as XRechnung 3.0 (its CIUS). Every amount is taken from
//! `domain::amounts::Totals` as computed, never recomputed: line nets, the VAT breakdown
//! per (category, rate), the net, VAT and gross — so BR-CO-10/13/14/15/16/17 hold by
//! construction. A line discount is a line allowance (BG-27) of the line's undiscounted
//! net (quantity × price, rounded once) less its net; the net price (BT-146) is the unit
//! price as agreed, every decimal kept. What XRechnung requires and the record lacks is
//! refused, naming it. Free texts the rules know (exemption reasons) are their EN 16931
//! standard texts: a machine format does not follow the session's language. Room:
//! documents.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use time::Date;

use super::sender::full_name;
use super::xml::Xml;
use crate::domain::Invalid;
use crate::domain::amounts::{BreakdownCategory, Totals};
use crate::domain::invoice::{Invoice, InvoiceKind, Party};

/// The profile an e-invoice is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// EN 16931 itself: ZUGFeRD / Factur-X profile EN 16931 (COMFORT).
    En16931,
    /// XRechnung 3.0, the German CIUS: buyer reference, seller contact and electronic
    /// addresses required.
    XRechnung,
}

impl Profile {
    /// The specification identifier (BT-24).
    pub fn guideline(self) -> &'static str {
        match self {
            Self::En16931 => "urn:cen.eu:en16931:2017",
            Self::XRechnung => {
                "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
            }
        }
    }
}

const RSM: &str = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
const RAM: &str =
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
const UDT: &str = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
const QDT: &str = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

/// One group of the e-invoice's VAT breakdown: the `Totals` groups, with every exempt
/// group merged into one (EN 16931 allows one group per category and rate; the reasons
/// are joined).
struct Group {
    code: &'static str,
    rate: Decimal,
    net: Decimal,
    vat: Decimal,
    reason: String,
    reason_code: &'static str,
}

fn groups(totals: &Totals) -> (Vec<Group>, BTreeMap<usize, (&'static str, Decimal)>) {
    let mut out: Vec<Group> = Vec::new();
    let mut lines = BTreeMap::new();
    for group in &totals.breakdown {
        let code = group.category.code();
        let (reason, reason_code) = match &group.category {
            BreakdownCategory::Domestic(category) => {
                (category.reason().unwrap_or_default().to_string(), "")
            }
            BreakdownCategory::IntraEuSupply => {
                ("Intra-community supply".to_string(), "VATEX-EU-IC")
            }
            BreakdownCategory::ReverseCharge => ("Reverse charge".to_string(), "VATEX-EU-AE"),
            BreakdownCategory::Export => ("Export outside the EU".to_string(), "VATEX-EU-G"),
        };
        for line in &group.lines {
            lines.insert(*line, (code, group.rate));
        }
        match out
            .iter_mut()
            .find(|g| g.code == code && g.rate == group.rate)
        {
            Some(same) => {
                same.net += group.net;
                same.vat += group.vat;
                if !reason.is_empty() && !same.reason.contains(&reason) {
                    same.reason = format!("{}; {reason}", same.reason);
                }
            }
            None => out.push(Group {
                code,
                rate: group.rate,
                net: group.net,
                vat: group.vat,
                reason,
                reason_code,
            }),
        }
    }
    (out, lines)
}

/// An amount with exactly `minor` decimals.
fn amount(value: Decimal, minor: u32) -> String {
    let mut value = value.round_dp(minor);
    value.rescale(minor);
    value.to_string()
}

/// A decimal with all its decimals but at least `least`.
fn exact(value: Decimal, least: u32) -> String {
    let value = value.normalize();
    let mut shown = value;
    shown.rescale(least.max(value.scale()));
    shown.to_string()
}

fn date(day: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

fn date_time(xml: &mut Xml, tag: &'static str, day: Date) {
    xml.open(tag, &[])
        .leaf("udt:DateTimeString", &[("format", "102")], &date(day))
        .close();
}

/// Refuses what the profile's rules require and `invoice` lacks, naming it.
fn check(invoice: &Invoice, totals: &Totals, profile: Profile) -> Result<(), Invalid> {
    let seller = &invoice.seller;
    let buyer = &invoice.buyer;
    let codes: Vec<&str> = totals.breakdown.iter().map(|g| g.category.code()).collect();
    let mut needed: Vec<(&'static str, &str, bool)> = vec![
        ("seller.name", "BT-27", seller.name.trim().is_empty()),
        ("buyer.name", "BT-44", buyer.name.trim().is_empty()),
        (
            "seller.vat_id",
            "BT-31/BT-30",
            seller.vat_id.trim().is_empty() && invoice.letterhead.register_number.trim().is_empty(),
        ),
        (
            "seller.vat_id",
            "BT-31",
            seller.vat_id.trim().is_empty() && codes.iter().any(|c| ["K", "G", "AE"].contains(c)),
        ),
        (
            "buyer.vat_id",
            "BT-48",
            buyer.vat_id.trim().is_empty() && codes.iter().any(|c| ["K", "AE"].contains(c)),
        ),
    ];
    if profile == Profile::XRechnung {
        needed.extend([
            (
                "buyer_reference",
                "BT-10",
                invoice.buyer_reference.trim().is_empty(),
            ),
            ("seller.contact", "BT-41", seller.contact.trim().is_empty()),
            ("seller.phone", "BT-42", seller.phone.trim().is_empty()),
            (
                "seller.email",
                "BT-43/BT-34",
                seller.email.trim().is_empty(),
            ),
            ("buyer.email", "BT-49", buyer.email.trim().is_empty()),
            (
                "seller.postal_code",
                "BT-38",
                seller.postal_code.trim().is_empty(),
            ),
            ("seller.city", "BT-37", seller.city.trim().is_empty()),
            (
                "buyer.postal_code",
                "BT-53",
                buyer.postal_code.trim().is_empty(),
            ),
            ("buyer.city", "BT-52", buyer.city.trim().is_empty()),
            (
                "letterhead.iban",
                "BT-84",
                invoice.kind == InvoiceKind::Invoice && invoice.letterhead.iban.trim().is_empty(),
            ),
        ]);
    }
    match needed.into_iter().find(|(_, _, lacking)| *lacking) {
        Some((field, term, _)) => Err(Invalid::new(
            field,
            crate::t!(
                "doc-einvoice-missing",
                field = field,
                term = term,
                number = invoice.number.as_str()
            ),
        )),
        None => Ok(()),
    }
}

/// A party's country code; an empty one is the seller's country, else `DE`.
fn country<'a>(party: &'a Party, seller: &'a Party) -> &'a str {
    [party.country.as_str(), seller.country.as_str(), "DE"]
        .into_iter()
        .find(|code| !code.trim().is_empty())
        .unwrap_or("DE")
}

fn address(xml: &mut Xml, party: &Party, seller: &Party) {
    xml.open("ram:PostalTradeAddress", &[])
        .some("ram:PostcodeCode", &party.postal_code)
        .some("ram:LineOne", &party.street)
        .some("ram:CityName", &party.city)
        .leaf("ram:CountryID", &[], country(party, seller))
        .close();
}

fn contact(xml: &mut Xml, party: &Party) {
    if party.contact.trim().is_empty() && party.phone.trim().is_empty() {
        return;
    }
    xml.open("ram:DefinedTradeContact", &[])
        .some("ram:PersonName", &party.contact);
    if !party.phone.trim().is_empty() {
        xml.open("ram:TelephoneUniversalCommunication", &[])
            .leaf("ram:CompleteNumber", &[], party.phone.trim())
            .close();
    }
    if !party.email.trim().is_empty() {
        xml.open("ram:EmailURIUniversalCommunication", &[])
            .leaf("ram:URIID", &[], party.email.trim())
            .close();
    }
    xml.close();
}

fn trade_party(
    xml: &mut Xml,
    tag: &'static str,
    party: &Party,
    seller: &Party,
    name: &str,
    register: &str,
) {
    xml.open(tag, &[]).leaf("ram:Name", &[], name);
    if !register.trim().is_empty() {
        xml.open("ram:SpecifiedLegalOrganization", &[])
            .leaf("ram:ID", &[], register.trim())
            .close();
    }
    contact(xml, party);
    address(xml, party, seller);
    if !party.email.trim().is_empty() {
        xml.open("ram:URIUniversalCommunication", &[])
            .leaf("ram:URIID", &[("schemeID", "EM")], party.email.trim())
            .close();
    }
    for (scheme, id) in [("VA", &party.vat_id), ("FC", &party.tax_number)] {
        if !id.trim().is_empty() {
            xml.open("ram:SpecifiedTaxRegistration", &[])
                .leaf("ram:ID", &[("schemeID", scheme)], id.trim())
                .close();
        }
    }
    xml.close();
}

/// The invoice as CII XML in `profile`; refused, naming what is missing, when the
/// record lacks something the profile requires.
pub fn cii_xml(invoice: &Invoice, totals: &Totals, profile: Profile) -> Result<String, Invalid> {
    check(invoice, totals, profile)?;
    let minor = totals.currency.minor_units();
    let currency = totals.currency.code();
    let money = |value: Decimal| amount(value, minor);
    let (groups, line_groups) = groups(totals);
    let (first, last) = invoice.supply_period();
    let mut xml = Xml::new();
    xml.open(
        "rsm:CrossIndustryInvoice",
        &[
            ("xmlns:rsm", RSM),
            ("xmlns:ram", RAM),
            ("xmlns:udt", UDT),
            ("xmlns:qdt", QDT),
        ],
    );
    xml.open("rsm:ExchangedDocumentContext", &[])
        .open("ram:GuidelineSpecifiedDocumentContextParameter", &[])
        .leaf("ram:ID", &[], profile.guideline())
        .close()
        .close();
    xml.open("rsm:ExchangedDocument", &[])
        .leaf("ram:ID", &[], &invoice.number)
        .leaf("ram:TypeCode", &[], invoice.kind.type_code());
    date_time(&mut xml, "ram:IssueDateTime", invoice.issue_date);
    if !invoice.reason.trim().is_empty() {
        xml.open("ram:IncludedNote", &[])
            .leaf("ram:Content", &[], invoice.reason.trim())
            .close();
    }
    xml.close();
    xml.open("rsm:SupplyChainTradeTransaction", &[]);
    for (index, (line, net)) in invoice.lines.iter().zip(&totals.line_nets).enumerate() {
        let (code, rate) = line_groups
            .get(&index)
            .copied()
            .unwrap_or(("S", Decimal::ZERO));
        xml.open("ram:IncludedSupplyChainTradeLineItem", &[])
            .open("ram:AssociatedDocumentLineDocument", &[])
            .leaf("ram:LineID", &[], &(index + 1).to_string())
            .close()
            .open("ram:SpecifiedTradeProduct", &[])
            .some("ram:SellerAssignedID", &line.sku);
        let name = match line.text.trim() {
            "" => line.sku.trim(),
            text => text,
        };
        xml.leaf("ram:Name", &[], name).close();
        xml.open("ram:SpecifiedLineTradeAgreement", &[])
            .open("ram:NetPriceProductTradePrice", &[])
            .leaf("ram:ChargeAmount", &[], &exact(line.unit_price, 2))
            .close()
            .close();
        xml.open("ram:SpecifiedLineTradeDelivery", &[])
            .leaf(
                "ram:BilledQuantity",
                &[("unitCode", "H87")],
                &exact(line.quantity, 0),
            )
            .close();
        xml.open("ram:SpecifiedLineTradeSettlement", &[])
            .open("ram:ApplicableTradeTax", &[])
            .leaf("ram:TypeCode", &[], "VAT")
            .leaf("ram:CategoryCode", &[], code)
            .leaf("ram:RateApplicablePercent", &[], &exact(rate, 0))
            .close();
        if first != last {
            xml.open("ram:BillingSpecifiedPeriod", &[]);
            date_time(&mut xml, "ram:StartDateTime", line.supplied);
            date_time(&mut xml, "ram:EndDateTime", line.supplied);
            xml.close();
        }
        let undiscounted =
            crate::domain::money::round_commercial(line.quantity * line.unit_price, minor);
        if !line.discount.is_zero() && undiscounted != *net {
            xml.open("ram:SpecifiedTradeAllowanceCharge", &[])
                .open("ram:ChargeIndicator", &[])
                .leaf("udt:Indicator", &[], "false")
                .close()
                .leaf("ram:ActualAmount", &[], &money(undiscounted - net))
                .leaf("ram:ReasonCode", &[], "95")
                .leaf("ram:Reason", &[], "Discount")
                .close();
        }
        xml.open("ram:SpecifiedTradeSettlementLineMonetarySummation", &[])
            .leaf("ram:LineTotalAmount", &[], &money(*net))
            .close()
            .close()
            .close();
    }
    let seller = &invoice.seller;
    let buyer = &invoice.buyer;
    xml.open("ram:ApplicableHeaderTradeAgreement", &[])
        .some("ram:BuyerReference", &invoice.buyer_reference);
    let seller_name = full_name(&seller.name, &invoice.letterhead.legal_form);
    let register = &invoice.letterhead.register_number;
    trade_party(
        &mut xml,
        "ram:SellerTradeParty",
        seller,
        seller,
        &seller_name,
        register,
    );
    trade_party(
        &mut xml,
        "ram:BuyerTradeParty",
        buyer,
        seller,
        &buyer.name,
        "",
    );
    if !invoice.order_reference.trim().is_empty() {
        xml.open("ram:BuyerOrderReferencedDocument", &[])
            .leaf("ram:IssuerAssignedID", &[], invoice.order_reference.trim())
            .close();
    }
    xml.close();
    xml.open("ram:ApplicableHeaderTradeDelivery", &[]);
    if groups.iter().any(|g| g.code == "K") {
        xml.open("ram:ShipToTradeParty", &[])
            .leaf("ram:Name", &[], &buyer.name);
        address(&mut xml, buyer, seller);
        xml.close();
    }
    if first == last {
        xml.open("ram:ActualDeliverySupplyChainEvent", &[]);
        date_time(&mut xml, "ram:OccurrenceDateTime", first);
        xml.close();
    }
    let mut deliveries: Vec<&str> = invoice
        .lines
        .iter()
        .map(|line| line.delivery_number.as_str())
        .filter(|number| !number.is_empty())
        .collect();
    deliveries.dedup();
    if let [one] = deliveries.as_slice() {
        xml.open("ram:DespatchAdviceReferencedDocument", &[])
            .leaf("ram:IssuerAssignedID", &[], one)
            .close();
    }
    xml.close();
    xml.open("ram:ApplicableHeaderTradeSettlement", &[])
        .leaf("ram:PaymentReference", &[], &invoice.number)
        .leaf("ram:InvoiceCurrencyCode", &[], currency);
    payment_means(&mut xml, invoice);
    for group in &groups {
        xml.open("ram:ApplicableTradeTax", &[])
            .leaf("ram:CalculatedAmount", &[], &money(group.vat))
            .leaf("ram:TypeCode", &[], "VAT")
            .some("ram:ExemptionReason", &group.reason)
            .leaf("ram:BasisAmount", &[], &money(group.net))
            .leaf("ram:CategoryCode", &[], group.code)
            .some("ram:ExemptionReasonCode", group.reason_code)
            .leaf("ram:RateApplicablePercent", &[], &exact(group.rate, 0))
            .close();
    }
    if first != last {
        xml.open("ram:BillingSpecifiedPeriod", &[]);
        date_time(&mut xml, "ram:StartDateTime", first);
        date_time(&mut xml, "ram:EndDateTime", last);
        xml.close();
    }
    xml.open("ram:SpecifiedTradePaymentTerms", &[]);
    let skonto = invoice.terms.xrechnung_skonto();
    if invoice.kind == InvoiceKind::Invoice && !skonto.is_empty() {
        // Untrimmed: XRechnung wants the line break after the Skonto line (BR-DE-18).
        xml.leaf("ram:Description", &[], &skonto);
    }
    date_time(&mut xml, "ram:DueDateDateTime", invoice.due_date());
    xml.close();
    xml.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation", &[])
        .leaf("ram:LineTotalAmount", &[], &money(totals.net))
        .leaf("ram:TaxBasisTotalAmount", &[], &money(totals.net))
        .leaf(
            "ram:TaxTotalAmount",
            &[("currencyID", currency)],
            &money(totals.vat),
        )
        .leaf("ram:GrandTotalAmount", &[], &money(totals.gross))
        .leaf("ram:DuePayableAmount", &[], &money(totals.gross))
        .close();
    if invoice.kind == InvoiceKind::CreditNote && !invoice.corrects_number.is_empty() {
        xml.open("ram:InvoiceReferencedDocument", &[])
            .leaf("ram:IssuerAssignedID", &[], &invoice.corrects_number)
            .close();
    }
    Ok(xml.finish())
}

/// The payment instructions (BG-16): an invoice asks for a SEPA credit transfer (58) to
/// the seller's IBAN; a credit note is settled between the parties (97).
fn payment_means(xml: &mut Xml, invoice: &Invoice) {
    let letterhead = &invoice.letterhead;
    match invoice.kind {
        InvoiceKind::CreditNote => {
            xml.open("ram:SpecifiedTradeSettlementPaymentMeans", &[])
                .leaf("ram:TypeCode", &[], "97")
                .close();
        }
        InvoiceKind::Invoice if !letterhead.iban.trim().is_empty() => {
            let iban: String = letterhead.iban.split_whitespace().collect();
            xml.open("ram:SpecifiedTradeSettlementPaymentMeans", &[])
                .leaf("ram:TypeCode", &[], "58")
                .open("ram:PayeePartyCreditorFinancialAccount", &[])
                .leaf("ram:IBANID", &[], &iban)
                .close();
            if !letterhead.bic.trim().is_empty() {
                xml.open("ram:PayeeSpecifiedCreditorFinancialInstitution", &[])
                    .leaf("ram:BICID", &[], letterhead.bic.trim())
                    .close();
            }
            xml.close();
        }
        InvoiceKind::Invoice => {}
    }
}
