//! What makes the PDF a ZUGFeRD / Factur-X invoice, PDF/A-3b style: the e-invoice XML
//! as an embedded file `factur-x.xml` (its file specification related as
//! `/Alternative`, named in the catalog's `/EmbeddedFiles` and `/AF`), XMP metadata with
//! the PDF/A identification (part 3, conformance B), the Factur-X extension schema
//! (document type INVOICE, file name, version 1.0, conformance level EN 16931) and its
//! PDF/A extension-schema description, an sRGB output intent with an ICC profile written
//! here, and a file ID from the content. The fonts are embedded subsets (see `font`), as
//! PDF/A requires. Room: documents.

use pdf_writer::types::{AssociationKind, OutputIntentSubtype};
use pdf_writer::writers::Catalog;
use pdf_writer::{Date, Filter, Finish, Name, Pdf, Ref, Str, TextStr};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::documents::xml::escape;

/// The e-invoice to embed and what the metadata says about the document.
pub struct FacturX<'a> {
    pub xml: &'a [u8],
    pub title: &'a str,
    pub author: &'a str,
    pub at: OffsetDateTime,
}

pub const FILE_NAME: &str = "factur-x.xml";

/// The objects the archive adds, numbered from `first`.
pub(super) struct Refs {
    metadata: Ref,
    icc: Ref,
    spec: Ref,
    file: Ref,
}

impl Refs {
    pub fn from(first: i32) -> Refs {
        Refs {
            metadata: Ref::new(first),
            icc: Ref::new(first + 1),
            spec: Ref::new(first + 2),
            file: Ref::new(first + 3),
        }
    }
}

/// The catalog's entries: metadata, output intent, associated file, embedded files.
pub(super) fn catalog(catalog: &mut Catalog, refs: &Refs) {
    catalog.metadata(refs.metadata);
    catalog
        .output_intents()
        .push()
        .subtype(OutputIntentSubtype::PDFA)
        .output_condition_identifier(TextStr("sRGB IEC61966-2.1"))
        .info(TextStr("sRGB IEC61966-2.1"))
        .dest_output_profile(refs.icc);
    catalog.insert(Name(b"AF")).array().item(refs.spec);
    catalog
        .names()
        .embedded_files()
        .names()
        .insert(Str(FILE_NAME.as_bytes()), refs.spec);
}

fn pdf_date(at: OffsetDateTime) -> Date {
    let at = at.to_offset(time::UtcOffset::UTC);
    Date::new(u16::try_from(at.year()).unwrap_or(2000))
        .month(u8::from(at.month()))
        .day(at.day())
        .hour(at.hour())
        .minute(at.minute())
        .second(at.second())
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The objects: the XMP metadata, the ICC profile, the file specification and the file.
pub(super) fn objects(pdf: &mut Pdf, refs: &Refs, facturx: &FacturX) {
    let xmp = xmp(facturx);
    pdf.metadata(refs.metadata, xmp.as_bytes());
    let icc = srgb_profile();
    pdf.icc_profile(refs.icc, &super::deflate(&icc))
        .n(3)
        .filter(Filter::FlateDecode);
    let mut spec = pdf.file_spec(refs.spec);
    spec.path(Str(FILE_NAME.as_bytes()))
        .unic_file(TextStr(FILE_NAME))
        .description(TextStr("Factur-X/ZUGFeRD invoice"))
        .association_kind(AssociationKind::Alternative);
    spec.embedded_file_with_unicode(refs.file);
    spec.finish();
    let mut file = pdf.embedded_file(refs.file, facturx.xml);
    file.subtype(Name(b"text/xml"));
    file.params()
        .size(i32::try_from(facturx.xml.len()).unwrap_or(i32::MAX))
        .modification_date(pdf_date(facturx.at));
    file.finish();
    let id = Sha256::digest([facturx.xml, facturx.title.as_bytes()].concat());
    pdf.set_file_id((id[..16].to_vec(), id[..16].to_vec()));
}

/// The XMP packet: PDF/A identification, Dublin Core title and author, dates, the
/// Factur-X properties and the PDF/A extension schema that declares them.
fn xmp(facturx: &FacturX) -> String {
    let at = facturx.at.to_offset(time::UtcOffset::UTC);
    let when = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    );
    let property = |name: &str, description: &str| {
        format!(
            "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{name}</pdfaProperty:name>\
             <pdfaProperty:valueType>Text</pdfaProperty:valueType>\
             <pdfaProperty:category>external</pdfaProperty:category>\
             <pdfaProperty:description>{description}</pdfaProperty:description></rdf:li>\n"
        )
    };
    let properties = [
        property("DocumentFileName", "The name of the embedded XML document"),
        property(
            "DocumentType",
            "The type of the hybrid document in capital letters",
        ),
        property(
            "Version",
            "The actual version of the standard applying to the embedded XML document",
        ),
        property(
            "ConformanceLevel",
            "The conformance level of the embedded XML document",
        ),
    ]
    .concat();
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n\
<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n\
</rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
</rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n\
<xmp:CreateDate>{when}</xmp:CreateDate>\n<xmp:ModifyDate>{when}</xmp:ModifyDate>\n\
<xmp:CreatorTool>kontor</xmp:CreatorTool>\n\
</rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n\
<pdf:Producer>kontor</pdf:Producer>\n\
</rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">\n\
<fx:DocumentType>INVOICE</fx:DocumentType>\n\
<fx:DocumentFileName>{file}</fx:DocumentFileName>\n\
<fx:Version>1.0</fx:Version>\n\
<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>\n\
</rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" \
xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" \
xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n\
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n\
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n\
<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>\n\
<pdfaSchema:prefix>fx</pdfaSchema:prefix>\n\
<pdfaSchema:property><rdf:Seq>\n{properties}</rdf:Seq></pdfaSchema:property>\n\
</rdf:li></rdf:Bag></pdfaExtension:schemas>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        title = escape(facturx.title),
        author = escape(facturx.author),
        file = FILE_NAME,
    )
}

/// A big-endian s15Fixed16 number.
fn fixed(value: f64) -> [u8; 4] {
    // The profile's constants are small and positive: the cast cannot overflow.
    ((value * 65536.0).round() as i32).to_be_bytes()
}

/// A minimal ICC v2 display profile of sRGB (IEC 61966-2.1): D50-adapted primaries, the
/// D65 media white point and the sRGB tone curve as a 1024-entry table.
pub fn srgb_profile() -> Vec<u8> {
    let xyz = |[x, y, z]: [f64; 3]| {
        [b"XYZ ".as_slice(), &[0; 4], &fixed(x), &fixed(y), &fixed(z)].concat()
    };
    let text = |text: &str| [b"text".as_slice(), &[0; 4], text.as_bytes(), &[0]].concat();
    let description = {
        let name = b"sRGB IEC61966-2.1\0";
        let count = u32::try_from(name.len()).unwrap_or(0).to_be_bytes();
        [
            b"desc".as_slice(),
            &[0; 4],
            &count,
            name,
            &[0; 4],
            &[0; 4],
            &[0; 2],
            &[0],
            &[0; 67],
        ]
        .concat()
    };
    let curve = {
        let mut curve = [b"curv".as_slice(), &[0; 4], &1024u32.to_be_bytes()].concat();
        for step in 0..1024u32 {
            let v = f64::from(step) / 1023.0;
            let linear = match v <= 0.04045 {
                true => v / 12.92,
                false => ((v + 0.055) / 1.055).powf(2.4),
            };
            // Within 0..=65535 by construction.
            curve.extend(((linear * 65535.0).round() as u16).to_be_bytes());
        }
        curve
    };
    let tags: Vec<(&[u8; 4], Vec<u8>)> = vec![
        (b"desc", description),
        (b"cprt", text("No copyright, use freely")),
        (b"wtpt", xyz([0.9505, 1.0, 1.0891])),
        (b"rXYZ", xyz([0.4361, 0.2225, 0.0139])),
        (b"gXYZ", xyz([0.3851, 0.7169, 0.0971])),
        (b"bXYZ", xyz([0.1431, 0.0606, 0.7141])),
        (b"rTRC", curve.clone()),
        (b"gTRC", curve.clone()),
        (b"bTRC", curve),
    ];
    let table_len = 4 + 12 * tags.len();
    let mut data = Vec::new();
    let mut table = u32::try_from(tags.len())
        .unwrap_or(0)
        .to_be_bytes()
        .to_vec();
    for (signature, bytes) in &tags {
        let offset = 128 + table_len + data.len();
        table.extend(signature.as_slice());
        table.extend(u32::try_from(offset).unwrap_or(0).to_be_bytes());
        table.extend(u32::try_from(bytes.len()).unwrap_or(0).to_be_bytes());
        data.extend(bytes);
        while data.len() % 4 != 0 {
            data.push(0);
        }
    }
    let size = u32::try_from(128 + table_len + data.len()).unwrap_or(0);
    let mut header = Vec::with_capacity(128);
    header.extend(size.to_be_bytes());
    header.extend([0; 4]);
    header.extend([2, 0x10, 0, 0]);
    header.extend(b"mntrRGB XYZ ");
    for part in [2026u16, 1, 1, 0, 0, 0] {
        header.extend(part.to_be_bytes());
    }
    header.extend(b"acsp");
    header.extend([0; 24]);
    header.extend([0; 4]);
    header.extend(fixed(0.9642));
    header.extend(fixed(1.0));
    header.extend(fixed(0.8249));
    header.resize(128, 0);
    [header, table, data].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icc_profile_has_its_size_signature_and_nine_tags() {
        let profile = srgb_profile();
        let size = u32::from_be_bytes([profile[0], profile[1], profile[2], profile[3]]);
        assert_eq!(size as usize, profile.len());
        assert_eq!(&profile[36..40], b"acsp");
        assert_eq!(&profile[12..24], b"mntrRGB XYZ ");
        assert_eq!(
            u32::from_be_bytes([profile[128], profile[129], profile[130], profile[131]]),
            9
        );
        assert_eq!(profile.len() % 4, 0);
    }
}
