//! Countries: ISO 3166-1 alpha-2 codes and their English and German names.
//! Room: domain (pure, no I/O, imports nothing of ours except `super::fold::fold`).
//!
//! [`Country`] holds one of the 249 officially assigned ISO 3166-1 alpha-2
//! codes. [`Country::parse`] turns what a person types into a country: the
//! alpha-2 or alpha-3 code, the English short name, the German name, or a
//! common alias ("UK", "U.S.A.", "Holland", "Schweiz", "Suomi" …). Matching
//! ignores case, accents, dots, apostrophes and hyphens; "&" and "und" count
//! as "and"; a leading article ("the", "die", "der", "das") is dropped, and
//! "Saint", "St." and "Sankt" are interchangeable at the start of a name.

use std::collections::HashMap;
use std::collections::hash_map::Entry as MapEntry;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use super::fold::fold;

/// A country, stored as its uppercase ISO 3166-1 alpha-2 code.
///
/// Only codes of the table below can be constructed, also when
/// deserialising: the stored format is the two code bytes (the code as text in
/// JSON), and unknown codes are rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::code_serde::serialize(self.code(), &self.0, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::code_serde::deserialize(deserializer, str::parse, |bytes: [u8; 2]| {
            Country::try_from(bytes)
        })
    }
}

/// Text that names no country we know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("domain-country-unknown", text = .0))]
pub struct UnknownCountry(pub String);

impl Country {
    /// Germany, the default region of a new database.
    pub const DE: Country = Country(*b"DE");

    /// The uppercase alpha-2 code, e.g. `"DE"`.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The uppercase alpha-3 code, e.g. `"DEU"`.
    pub fn alpha3(&self) -> &'static str {
        self.entry().map_or("???", |entry| entry.a3)
    }

    /// The English short name, e.g. `"Germany"`.
    pub fn english_name(&self) -> &'static str {
        self.entry().map_or("Unknown", |entry| entry.en)
    }

    /// The German name, e.g. `"Deutschland"`.
    pub fn german_name(&self) -> &'static str {
        self.entry().map_or("Unbekannt", |entry| entry.de)
    }

    /// Reads a code (alpha-2 or alpha-3), an English or German name or a
    /// common alias. Case, accents, dots, apostrophes and hyphens do not
    /// matter. Returns `None` for anything else, including empty text.
    pub fn parse(text: &str) -> Option<Country> {
        let key = key(text);
        if key.is_empty() {
            return None;
        }
        INDEX.get(&key).copied()
    }

    /// All 249 countries, ordered by code.
    pub fn all() -> impl Iterator<Item = Country> {
        COUNTRIES.iter().map(|entry| Country(entry.a2))
    }

    fn entry(&self) -> Option<&'static Entry> {
        COUNTRIES
            .binary_search_by(|entry| entry.a2.cmp(&self.0))
            .ok()
            .and_then(|index| COUNTRIES.get(index))
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl FromStr for Country {
    type Err = UnknownCountry;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Country::parse(text).ok_or_else(|| UnknownCountry(text.trim().to_owned()))
    }
}

impl TryFrom<[u8; 2]> for Country {
    type Error = UnknownCountry;

    /// Accepts an alpha-2 code of the table, in either case.
    fn try_from(bytes: [u8; 2]) -> Result<Self, Self::Error> {
        let country = Country(bytes.map(|byte| byte.to_ascii_uppercase()));
        match country.entry() {
            Some(_) => Ok(country),
            None => Err(UnknownCountry(String::from_utf8_lossy(&bytes).into_owned())),
        }
    }
}

impl From<Country> for [u8; 2] {
    fn from(country: Country) -> Self {
        country.0
    }
}

/// One row of the ISO 3166-1 table.
struct Entry {
    /// Alpha-2 code, uppercase ASCII.
    a2: [u8; 2],
    /// Alpha-3 code, uppercase ASCII.
    a3: &'static str,
    /// English short name.
    en: &'static str,
    /// German name.
    de: &'static str,
}

/// All officially assigned ISO 3166-1 codes, sorted by alpha-2 code (the
/// name lookups binary-search it).
#[rustfmt::skip]
static COUNTRIES: &[Entry] = &[
    Entry { a2: *b"AD", a3: "AND", en: "Andorra", de: "Andorra" },
    Entry { a2: *b"AE", a3: "ARE", en: "United Arab Emirates", de: "Vereinigte Arabische Emirate" },
    Entry { a2: *b"AF", a3: "AFG", en: "Afghanistan", de: "Afghanistan" },
    Entry { a2: *b"AG", a3: "ATG", en: "Antigua and Barbuda", de: "Antigua und Barbuda" },
    Entry { a2: *b"AI", a3: "AIA", en: "Anguilla", de: "Anguilla" },
    Entry { a2: *b"AL", a3: "ALB", en: "Albania", de: "Albanien" },
    Entry { a2: *b"AM", a3: "ARM", en: "Armenia", de: "Armenien" },
    Entry { a2: *b"AO", a3: "AGO", en: "Angola", de: "Angola" },
    Entry { a2: *b"AQ", a3: "ATA", en: "Antarctica", de: "Antarktis" },
    Entry { a2: *b"AR", a3: "ARG", en: "Argentina", de: "Argentinien" },
    Entry { a2: *b"AS", a3: "ASM", en: "American Samoa", de: "Amerikanisch-Samoa" },
    Entry { a2: *b"AT", a3: "AUT", en: "Austria", de: "Österreich" },
    Entry { a2: *b"AU", a3: "AUS", en: "Australia", de: "Australien" },
    Entry { a2: *b"AW", a3: "ABW", en: "Aruba", de: "Aruba" },
    Entry { a2: *b"AX", a3: "ALA", en: "Åland Islands", de: "Ålandinseln" },
    Entry { a2: *b"AZ", a3: "AZE", en: "Azerbaijan", de: "Aserbaidschan" },
    Entry { a2: *b"BA", a3: "BIH", en: "Bosnia and Herzegovina", de: "Bosnien und Herzegowina" },
    Entry { a2: *b"BB", a3: "BRB", en: "Barbados", de: "Barbados" },
    Entry { a2: *b"BD", a3: "BGD", en: "Bangladesh", de: "Bangladesch" },
    Entry { a2: *b"BE", a3: "BEL", en: "Belgium", de: "Belgien" },
    Entry { a2: *b"BF", a3: "BFA", en: "Burkina Faso", de: "Burkina Faso" },
    Entry { a2: *b"BG", a3: "BGR", en: "Bulgaria", de: "Bulgarien" },
    Entry { a2: *b"BH", a3: "BHR", en: "Bahrain", de: "Bahrain" },
    Entry { a2: *b"BI", a3: "BDI", en: "Burundi", de: "Burundi" },
    Entry { a2: *b"BJ", a3: "BEN", en: "Benin", de: "Benin" },
    Entry { a2: *b"BL", a3: "BLM", en: "Saint Barthélemy", de: "Saint-Barthélemy" },
    Entry { a2: *b"BM", a3: "BMU", en: "Bermuda", de: "Bermuda" },
    Entry { a2: *b"BN", a3: "BRN", en: "Brunei", de: "Brunei Darussalam" },
    Entry { a2: *b"BO", a3: "BOL", en: "Bolivia", de: "Bolivien" },
    Entry { a2: *b"BQ", a3: "BES", en: "Bonaire, Sint Eustatius and Saba",
            de: "Bonaire, Sint Eustatius und Saba" },
    Entry { a2: *b"BR", a3: "BRA", en: "Brazil", de: "Brasilien" },
    Entry { a2: *b"BS", a3: "BHS", en: "Bahamas", de: "Bahamas" },
    Entry { a2: *b"BT", a3: "BTN", en: "Bhutan", de: "Bhutan" },
    Entry { a2: *b"BV", a3: "BVT", en: "Bouvet Island", de: "Bouvetinsel" },
    Entry { a2: *b"BW", a3: "BWA", en: "Botswana", de: "Botsuana" },
    Entry { a2: *b"BY", a3: "BLR", en: "Belarus", de: "Belarus" },
    Entry { a2: *b"BZ", a3: "BLZ", en: "Belize", de: "Belize" },
    Entry { a2: *b"CA", a3: "CAN", en: "Canada", de: "Kanada" },
    Entry { a2: *b"CC", a3: "CCK", en: "Cocos (Keeling) Islands", de: "Kokosinseln" },
    Entry { a2: *b"CD", a3: "COD", en: "Democratic Republic of the Congo",
            de: "Demokratische Republik Kongo" },
    Entry { a2: *b"CF", a3: "CAF", en: "Central African Republic",
            de: "Zentralafrikanische Republik" },
    Entry { a2: *b"CG", a3: "COG", en: "Congo", de: "Kongo" },
    Entry { a2: *b"CH", a3: "CHE", en: "Switzerland", de: "Schweiz" },
    Entry { a2: *b"CI", a3: "CIV", en: "Côte d'Ivoire", de: "Côte d'Ivoire" },
    Entry { a2: *b"CK", a3: "COK", en: "Cook Islands", de: "Cookinseln" },
    Entry { a2: *b"CL", a3: "CHL", en: "Chile", de: "Chile" },
    Entry { a2: *b"CM", a3: "CMR", en: "Cameroon", de: "Kamerun" },
    Entry { a2: *b"CN", a3: "CHN", en: "China", de: "China" },
    Entry { a2: *b"CO", a3: "COL", en: "Colombia", de: "Kolumbien" },
    Entry { a2: *b"CR", a3: "CRI", en: "Costa Rica", de: "Costa Rica" },
    Entry { a2: *b"CU", a3: "CUB", en: "Cuba", de: "Kuba" },
    Entry { a2: *b"CV", a3: "CPV", en: "Cabo Verde", de: "Kap Verde" },
    Entry { a2: *b"CW", a3: "CUW", en: "Curaçao", de: "Curaçao" },
    Entry { a2: *b"CX", a3: "CXR", en: "Christmas Island", de: "Weihnachtsinsel" },
    Entry { a2: *b"CY", a3: "CYP", en: "Cyprus", de: "Zypern" },
    Entry { a2: *b"CZ", a3: "CZE", en: "Czechia", de: "Tschechien" },
    Entry { a2: *b"DE", a3: "DEU", en: "Germany", de: "Deutschland" },
    Entry { a2: *b"DJ", a3: "DJI", en: "Djibouti", de: "Dschibuti" },
    Entry { a2: *b"DK", a3: "DNK", en: "Denmark", de: "Dänemark" },
    Entry { a2: *b"DM", a3: "DMA", en: "Dominica", de: "Dominica" },
    Entry { a2: *b"DO", a3: "DOM", en: "Dominican Republic", de: "Dominikanische Republik" },
    Entry { a2: *b"DZ", a3: "DZA", en: "Algeria", de: "Algerien" },
    Entry { a2: *b"EC", a3: "ECU", en: "Ecuador", de: "Ecuador" },
    Entry { a2: *b"EE", a3: "EST", en: "Estonia", de: "Estland" },
    Entry { a2: *b"EG", a3: "EGY", en: "Egypt", de: "Ägypten" },
    Entry { a2: *b"EH", a3: "ESH", en: "Western Sahara", de: "Westsahara" },
    Entry { a2: *b"ER", a3: "ERI", en: "Eritrea", de: "Eritrea" },
    Entry { a2: *b"ES", a3: "ESP", en: "Spain", de: "Spanien" },
    Entry { a2: *b"ET", a3: "ETH", en: "Ethiopia", de: "Äthiopien" },
    Entry { a2: *b"FI", a3: "FIN", en: "Finland", de: "Finnland" },
    Entry { a2: *b"FJ", a3: "FJI", en: "Fiji", de: "Fidschi" },
    Entry { a2: *b"FK", a3: "FLK", en: "Falkland Islands", de: "Falklandinseln" },
    Entry { a2: *b"FM", a3: "FSM", en: "Micronesia", de: "Mikronesien" },
    Entry { a2: *b"FO", a3: "FRO", en: "Faroe Islands", de: "Färöer" },
    Entry { a2: *b"FR", a3: "FRA", en: "France", de: "Frankreich" },
    Entry { a2: *b"GA", a3: "GAB", en: "Gabon", de: "Gabun" },
    Entry { a2: *b"GB", a3: "GBR", en: "United Kingdom", de: "Vereinigtes Königreich" },
    Entry { a2: *b"GD", a3: "GRD", en: "Grenada", de: "Grenada" },
    Entry { a2: *b"GE", a3: "GEO", en: "Georgia", de: "Georgien" },
    Entry { a2: *b"GF", a3: "GUF", en: "French Guiana", de: "Französisch-Guyana" },
    Entry { a2: *b"GG", a3: "GGY", en: "Guernsey", de: "Guernsey" },
    Entry { a2: *b"GH", a3: "GHA", en: "Ghana", de: "Ghana" },
    Entry { a2: *b"GI", a3: "GIB", en: "Gibraltar", de: "Gibraltar" },
    Entry { a2: *b"GL", a3: "GRL", en: "Greenland", de: "Grönland" },
    Entry { a2: *b"GM", a3: "GMB", en: "Gambia", de: "Gambia" },
    Entry { a2: *b"GN", a3: "GIN", en: "Guinea", de: "Guinea" },
    Entry { a2: *b"GP", a3: "GLP", en: "Guadeloupe", de: "Guadeloupe" },
    Entry { a2: *b"GQ", a3: "GNQ", en: "Equatorial Guinea", de: "Äquatorialguinea" },
    Entry { a2: *b"GR", a3: "GRC", en: "Greece", de: "Griechenland" },
    Entry { a2: *b"GS", a3: "SGS", en: "South Georgia and the South Sandwich Islands",
            de: "Südgeorgien und die Südlichen Sandwichinseln" },
    Entry { a2: *b"GT", a3: "GTM", en: "Guatemala", de: "Guatemala" },
    Entry { a2: *b"GU", a3: "GUM", en: "Guam", de: "Guam" },
    Entry { a2: *b"GW", a3: "GNB", en: "Guinea-Bissau", de: "Guinea-Bissau" },
    Entry { a2: *b"GY", a3: "GUY", en: "Guyana", de: "Guyana" },
    Entry { a2: *b"HK", a3: "HKG", en: "Hong Kong", de: "Hongkong" },
    Entry { a2: *b"HM", a3: "HMD", en: "Heard Island and McDonald Islands",
            de: "Heard und McDonaldinseln" },
    Entry { a2: *b"HN", a3: "HND", en: "Honduras", de: "Honduras" },
    Entry { a2: *b"HR", a3: "HRV", en: "Croatia", de: "Kroatien" },
    Entry { a2: *b"HT", a3: "HTI", en: "Haiti", de: "Haiti" },
    Entry { a2: *b"HU", a3: "HUN", en: "Hungary", de: "Ungarn" },
    Entry { a2: *b"ID", a3: "IDN", en: "Indonesia", de: "Indonesien" },
    Entry { a2: *b"IE", a3: "IRL", en: "Ireland", de: "Irland" },
    Entry { a2: *b"IL", a3: "ISR", en: "Israel", de: "Israel" },
    Entry { a2: *b"IM", a3: "IMN", en: "Isle of Man", de: "Insel Man" },
    Entry { a2: *b"IN", a3: "IND", en: "India", de: "Indien" },
    Entry { a2: *b"IO", a3: "IOT", en: "British Indian Ocean Territory",
            de: "Britisches Territorium im Indischen Ozean" },
    Entry { a2: *b"IQ", a3: "IRQ", en: "Iraq", de: "Irak" },
    Entry { a2: *b"IR", a3: "IRN", en: "Iran", de: "Iran" },
    Entry { a2: *b"IS", a3: "ISL", en: "Iceland", de: "Island" },
    Entry { a2: *b"IT", a3: "ITA", en: "Italy", de: "Italien" },
    Entry { a2: *b"JE", a3: "JEY", en: "Jersey", de: "Jersey" },
    Entry { a2: *b"JM", a3: "JAM", en: "Jamaica", de: "Jamaika" },
    Entry { a2: *b"JO", a3: "JOR", en: "Jordan", de: "Jordanien" },
    Entry { a2: *b"JP", a3: "JPN", en: "Japan", de: "Japan" },
    Entry { a2: *b"KE", a3: "KEN", en: "Kenya", de: "Kenia" },
    Entry { a2: *b"KG", a3: "KGZ", en: "Kyrgyzstan", de: "Kirgisistan" },
    Entry { a2: *b"KH", a3: "KHM", en: "Cambodia", de: "Kambodscha" },
    Entry { a2: *b"KI", a3: "KIR", en: "Kiribati", de: "Kiribati" },
    Entry { a2: *b"KM", a3: "COM", en: "Comoros", de: "Komoren" },
    Entry { a2: *b"KN", a3: "KNA", en: "Saint Kitts and Nevis", de: "St. Kitts und Nevis" },
    Entry { a2: *b"KP", a3: "PRK", en: "North Korea", de: "Nordkorea" },
    Entry { a2: *b"KR", a3: "KOR", en: "South Korea", de: "Südkorea" },
    Entry { a2: *b"KW", a3: "KWT", en: "Kuwait", de: "Kuwait" },
    Entry { a2: *b"KY", a3: "CYM", en: "Cayman Islands", de: "Kaimaninseln" },
    Entry { a2: *b"KZ", a3: "KAZ", en: "Kazakhstan", de: "Kasachstan" },
    Entry { a2: *b"LA", a3: "LAO", en: "Laos", de: "Laos" },
    Entry { a2: *b"LB", a3: "LBN", en: "Lebanon", de: "Libanon" },
    Entry { a2: *b"LC", a3: "LCA", en: "Saint Lucia", de: "St. Lucia" },
    Entry { a2: *b"LI", a3: "LIE", en: "Liechtenstein", de: "Liechtenstein" },
    Entry { a2: *b"LK", a3: "LKA", en: "Sri Lanka", de: "Sri Lanka" },
    Entry { a2: *b"LR", a3: "LBR", en: "Liberia", de: "Liberia" },
    Entry { a2: *b"LS", a3: "LSO", en: "Lesotho", de: "Lesotho" },
    Entry { a2: *b"LT", a3: "LTU", en: "Lithuania", de: "Litauen" },
    Entry { a2: *b"LU", a3: "LUX", en: "Luxembourg", de: "Luxemburg" },
    Entry { a2: *b"LV", a3: "LVA", en: "Latvia", de: "Lettland" },
    Entry { a2: *b"LY", a3: "LBY", en: "Libya", de: "Libyen" },
    Entry { a2: *b"MA", a3: "MAR", en: "Morocco", de: "Marokko" },
    Entry { a2: *b"MC", a3: "MCO", en: "Monaco", de: "Monaco" },
    Entry { a2: *b"MD", a3: "MDA", en: "Moldova", de: "Moldau" },
    Entry { a2: *b"ME", a3: "MNE", en: "Montenegro", de: "Montenegro" },
    Entry { a2: *b"MF", a3: "MAF", en: "Saint Martin (French part)",
            de: "Saint-Martin (französischer Teil)" },
    Entry { a2: *b"MG", a3: "MDG", en: "Madagascar", de: "Madagaskar" },
    Entry { a2: *b"MH", a3: "MHL", en: "Marshall Islands", de: "Marshallinseln" },
    Entry { a2: *b"MK", a3: "MKD", en: "North Macedonia", de: "Nordmazedonien" },
    Entry { a2: *b"ML", a3: "MLI", en: "Mali", de: "Mali" },
    Entry { a2: *b"MM", a3: "MMR", en: "Myanmar", de: "Myanmar" },
    Entry { a2: *b"MN", a3: "MNG", en: "Mongolia", de: "Mongolei" },
    Entry { a2: *b"MO", a3: "MAC", en: "Macao", de: "Macau" },
    Entry { a2: *b"MP", a3: "MNP", en: "Northern Mariana Islands", de: "Nördliche Marianen" },
    Entry { a2: *b"MQ", a3: "MTQ", en: "Martinique", de: "Martinique" },
    Entry { a2: *b"MR", a3: "MRT", en: "Mauritania", de: "Mauretanien" },
    Entry { a2: *b"MS", a3: "MSR", en: "Montserrat", de: "Montserrat" },
    Entry { a2: *b"MT", a3: "MLT", en: "Malta", de: "Malta" },
    Entry { a2: *b"MU", a3: "MUS", en: "Mauritius", de: "Mauritius" },
    Entry { a2: *b"MV", a3: "MDV", en: "Maldives", de: "Malediven" },
    Entry { a2: *b"MW", a3: "MWI", en: "Malawi", de: "Malawi" },
    Entry { a2: *b"MX", a3: "MEX", en: "Mexico", de: "Mexiko" },
    Entry { a2: *b"MY", a3: "MYS", en: "Malaysia", de: "Malaysia" },
    Entry { a2: *b"MZ", a3: "MOZ", en: "Mozambique", de: "Mosambik" },
    Entry { a2: *b"NA", a3: "NAM", en: "Namibia", de: "Namibia" },
    Entry { a2: *b"NC", a3: "NCL", en: "New Caledonia", de: "Neukaledonien" },
    Entry { a2: *b"NE", a3: "NER", en: "Niger", de: "Niger" },
    Entry { a2: *b"NF", a3: "NFK", en: "Norfolk Island", de: "Norfolkinsel" },
    Entry { a2: *b"NG", a3: "NGA", en: "Nigeria", de: "Nigeria" },
    Entry { a2: *b"NI", a3: "NIC", en: "Nicaragua", de: "Nicaragua" },
    Entry { a2: *b"NL", a3: "NLD", en: "Netherlands", de: "Niederlande" },
    Entry { a2: *b"NO", a3: "NOR", en: "Norway", de: "Norwegen" },
    Entry { a2: *b"NP", a3: "NPL", en: "Nepal", de: "Nepal" },
    Entry { a2: *b"NR", a3: "NRU", en: "Nauru", de: "Nauru" },
    Entry { a2: *b"NU", a3: "NIU", en: "Niue", de: "Niue" },
    Entry { a2: *b"NZ", a3: "NZL", en: "New Zealand", de: "Neuseeland" },
    Entry { a2: *b"OM", a3: "OMN", en: "Oman", de: "Oman" },
    Entry { a2: *b"PA", a3: "PAN", en: "Panama", de: "Panama" },
    Entry { a2: *b"PE", a3: "PER", en: "Peru", de: "Peru" },
    Entry { a2: *b"PF", a3: "PYF", en: "French Polynesia", de: "Französisch-Polynesien" },
    Entry { a2: *b"PG", a3: "PNG", en: "Papua New Guinea", de: "Papua-Neuguinea" },
    Entry { a2: *b"PH", a3: "PHL", en: "Philippines", de: "Philippinen" },
    Entry { a2: *b"PK", a3: "PAK", en: "Pakistan", de: "Pakistan" },
    Entry { a2: *b"PL", a3: "POL", en: "Poland", de: "Polen" },
    Entry { a2: *b"PM", a3: "SPM", en: "Saint Pierre and Miquelon", de: "St. Pierre und Miquelon" },
    Entry { a2: *b"PN", a3: "PCN", en: "Pitcairn Islands", de: "Pitcairninseln" },
    Entry { a2: *b"PR", a3: "PRI", en: "Puerto Rico", de: "Puerto Rico" },
    Entry { a2: *b"PS", a3: "PSE", en: "Palestine", de: "Palästina" },
    Entry { a2: *b"PT", a3: "PRT", en: "Portugal", de: "Portugal" },
    Entry { a2: *b"PW", a3: "PLW", en: "Palau", de: "Palau" },
    Entry { a2: *b"PY", a3: "PRY", en: "Paraguay", de: "Paraguay" },
    Entry { a2: *b"QA", a3: "QAT", en: "Qatar", de: "Katar" },
    Entry { a2: *b"RE", a3: "REU", en: "Réunion", de: "Réunion" },
    Entry { a2: *b"RO", a3: "ROU", en: "Romania", de: "Rumänien" },
    Entry { a2: *b"RS", a3: "SRB", en: "Serbia", de: "Serbien" },
    Entry { a2: *b"RU", a3: "RUS", en: "Russia", de: "Russland" },
    Entry { a2: *b"RW", a3: "RWA", en: "Rwanda", de: "Ruanda" },
    Entry { a2: *b"SA", a3: "SAU", en: "Saudi Arabia", de: "Saudi-Arabien" },
    Entry { a2: *b"SB", a3: "SLB", en: "Solomon Islands", de: "Salomoninseln" },
    Entry { a2: *b"SC", a3: "SYC", en: "Seychelles", de: "Seychellen" },
    Entry { a2: *b"SD", a3: "SDN", en: "Sudan", de: "Sudan" },
    Entry { a2: *b"SE", a3: "SWE", en: "Sweden", de: "Schweden" },
    Entry { a2: *b"SG", a3: "SGP", en: "Singapore", de: "Singapur" },
    Entry { a2: *b"SH", a3: "SHN", en: "Saint Helena, Ascension and Tristan da Cunha",
            de: "St. Helena, Ascension und Tristan da Cunha" },
    Entry { a2: *b"SI", a3: "SVN", en: "Slovenia", de: "Slowenien" },
    Entry { a2: *b"SJ", a3: "SJM", en: "Svalbard and Jan Mayen", de: "Svalbard und Jan Mayen" },
    Entry { a2: *b"SK", a3: "SVK", en: "Slovakia", de: "Slowakei" },
    Entry { a2: *b"SL", a3: "SLE", en: "Sierra Leone", de: "Sierra Leone" },
    Entry { a2: *b"SM", a3: "SMR", en: "San Marino", de: "San Marino" },
    Entry { a2: *b"SN", a3: "SEN", en: "Senegal", de: "Senegal" },
    Entry { a2: *b"SO", a3: "SOM", en: "Somalia", de: "Somalia" },
    Entry { a2: *b"SR", a3: "SUR", en: "Suriname", de: "Suriname" },
    Entry { a2: *b"SS", a3: "SSD", en: "South Sudan", de: "Südsudan" },
    Entry { a2: *b"ST", a3: "STP", en: "Sao Tome and Principe", de: "São Tomé und Príncipe" },
    Entry { a2: *b"SV", a3: "SLV", en: "El Salvador", de: "El Salvador" },
    Entry { a2: *b"SX", a3: "SXM", en: "Sint Maarten (Dutch part)",
            de: "Sint Maarten (niederländischer Teil)" },
    Entry { a2: *b"SY", a3: "SYR", en: "Syria", de: "Syrien" },
    Entry { a2: *b"SZ", a3: "SWZ", en: "Eswatini", de: "Eswatini" },
    Entry { a2: *b"TC", a3: "TCA", en: "Turks and Caicos Islands", de: "Turks- und Caicosinseln" },
    Entry { a2: *b"TD", a3: "TCD", en: "Chad", de: "Tschad" },
    Entry { a2: *b"TF", a3: "ATF", en: "French Southern Territories",
            de: "Französische Süd- und Antarktisgebiete" },
    Entry { a2: *b"TG", a3: "TGO", en: "Togo", de: "Togo" },
    Entry { a2: *b"TH", a3: "THA", en: "Thailand", de: "Thailand" },
    Entry { a2: *b"TJ", a3: "TJK", en: "Tajikistan", de: "Tadschikistan" },
    Entry { a2: *b"TK", a3: "TKL", en: "Tokelau", de: "Tokelau" },
    Entry { a2: *b"TL", a3: "TLS", en: "Timor-Leste", de: "Timor-Leste" },
    Entry { a2: *b"TM", a3: "TKM", en: "Turkmenistan", de: "Turkmenistan" },
    Entry { a2: *b"TN", a3: "TUN", en: "Tunisia", de: "Tunesien" },
    Entry { a2: *b"TO", a3: "TON", en: "Tonga", de: "Tonga" },
    Entry { a2: *b"TR", a3: "TUR", en: "Türkiye", de: "Türkei" },
    Entry { a2: *b"TT", a3: "TTO", en: "Trinidad and Tobago", de: "Trinidad und Tobago" },
    Entry { a2: *b"TV", a3: "TUV", en: "Tuvalu", de: "Tuvalu" },
    Entry { a2: *b"TW", a3: "TWN", en: "Taiwan", de: "Taiwan" },
    Entry { a2: *b"TZ", a3: "TZA", en: "Tanzania", de: "Tansania" },
    Entry { a2: *b"UA", a3: "UKR", en: "Ukraine", de: "Ukraine" },
    Entry { a2: *b"UG", a3: "UGA", en: "Uganda", de: "Uganda" },
    Entry { a2: *b"UM", a3: "UMI", en: "United States Minor Outlying Islands",
            de: "Amerikanische Überseeinseln" },
    Entry { a2: *b"US", a3: "USA", en: "United States", de: "Vereinigte Staaten" },
    Entry { a2: *b"UY", a3: "URY", en: "Uruguay", de: "Uruguay" },
    Entry { a2: *b"UZ", a3: "UZB", en: "Uzbekistan", de: "Usbekistan" },
    Entry { a2: *b"VA", a3: "VAT", en: "Vatican City", de: "Vatikanstadt" },
    Entry { a2: *b"VC", a3: "VCT", en: "Saint Vincent and the Grenadines",
            de: "St. Vincent und die Grenadinen" },
    Entry { a2: *b"VE", a3: "VEN", en: "Venezuela", de: "Venezuela" },
    Entry { a2: *b"VG", a3: "VGB", en: "British Virgin Islands", de: "Britische Jungferninseln" },
    Entry { a2: *b"VI", a3: "VIR", en: "U.S. Virgin Islands", de: "Amerikanische Jungferninseln" },
    Entry { a2: *b"VN", a3: "VNM", en: "Vietnam", de: "Vietnam" },
    Entry { a2: *b"VU", a3: "VUT", en: "Vanuatu", de: "Vanuatu" },
    Entry { a2: *b"WF", a3: "WLF", en: "Wallis and Futuna", de: "Wallis und Futuna" },
    Entry { a2: *b"WS", a3: "WSM", en: "Samoa", de: "Samoa" },
    Entry { a2: *b"YE", a3: "YEM", en: "Yemen", de: "Jemen" },
    Entry { a2: *b"YT", a3: "MYT", en: "Mayotte", de: "Mayotte" },
    Entry { a2: *b"ZA", a3: "ZAF", en: "South Africa", de: "Südafrika" },
    Entry { a2: *b"ZM", a3: "ZMB", en: "Zambia", de: "Sambia" },
    Entry { a2: *b"ZW", a3: "ZWE", en: "Zimbabwe", de: "Simbabwe" },
];

/// Further names accepted by [`Country::parse`], by alpha-2 code: native
/// names, former and formal names, and everyday shorthands.
#[rustfmt::skip]
static ALIASES: &[(&str, &[&str])] = &[
    ("AE", &["UAE", "VAE"]),
    ("AL", &["Shqipëria"]),
    ("AX", &["Åland", "Åland-Inseln"]),
    ("BA", &["Bosnia", "Bosnien"]),
    ("BE", &["Belgique", "België"]),
    ("BO", &["Bolivia, Plurinational State of", "Bolivien, Plurinationaler Staat"]),
    ("BQ", &["Caribbean Netherlands", "Karibische Niederlande", "Bonaire"]),
    ("BR", &["Brasil"]),
    ("BV", &["Bouvet-Insel"]),
    ("BY", &["Weißrussland"]),
    ("CC", &["Kokos-(Keeling-)Inseln"]),
    ("CD", &["DR Congo", "DRC", "DR Kongo", "Congo-Kinshasa", "Kongo-Kinshasa", "Zaire",
        "Congo, The Democratic Republic of the"]),
    ("CG", &["Republic of the Congo", "Republik Kongo", "Congo-Brazzaville", "Kongo-Brazzaville"]),
    ("CH", &["Suisse", "Svizzera", "Svizra", "Helvetia", "Swiss Confederation",
        "Schweizerische Eidgenossenschaft"]),
    ("CI", &["Ivory Coast", "Elfenbeinküste"]),
    ("CN", &["People's Republic of China", "Volksrepublik China"]),
    ("CV", &["Cape Verde"]),
    ("CZ", &["Czech Republic", "Tschechische Republik", "Česko", "Česká republika"]),
    ("DE", &["BRD", "Bundesrepublik Deutschland", "Federal Republic of Germany"]),
    ("DK", &["Danmark"]),
    ("EE", &["Eesti"]),
    ("ES", &["España"]),
    ("FI", &["Suomi"]),
    ("FK", &["Falkland Islands (Malvinas)", "Falklandinseln (Malwinen)"]),
    ("FM", &["Micronesia, Federated States of", "Mikronesien, Föderierte Staaten von"]),
    ("FO", &["Färöer-Inseln"]),
    ("GB", &["UK", "Great Britain", "Britain", "Großbritannien", "England", "Scotland",
        "Schottland", "Wales", "Northern Ireland", "Nordirland",
        "United Kingdom of Great Britain and Northern Ireland",
        "Vereinigtes Königreich Großbritannien und Nordirland"]),
    ("GR", &["Hellas", "Ellada"]),
    ("HR", &["Hrvatska"]),
    ("HU", &["Magyarország"]),
    ("IE", &["Eire", "Republic of Ireland"]),
    ("IR", &["Iran, Islamic Republic of", "Iran, Islamische Republik"]),
    ("IT", &["Italia"]),
    ("KP", &["DPRK", "Democratic People's Republic of Korea",
        "Korea, Democratic People's Republic of", "Korea, Demokratische Volksrepublik"]),
    ("KR", &["Korea", "Republic of Korea", "Republik Korea", "Korea, Republic of",
        "Korea, Republik"]),
    ("KY", &["Cayman-Inseln"]),
    ("LA", &["Lao People's Democratic Republic", "Laos, Demokratische Volksrepublik"]),
    ("LT", &["Lietuva"]),
    ("LU", &["Lëtzebuerg"]),
    ("LV", &["Latvija"]),
    ("MD", &["Moldawien", "Republik Moldau", "Moldova, Republic of", "Moldau, Republik"]),
    ("ME", &["Crna Gora"]),
    ("MF", &["Saint Martin"]),
    ("MK", &["Macedonia", "Mazedonien"]),
    ("MM", &["Burma", "Birma"]),
    ("NL", &["Holland", "The Netherlands", "Nederland"]),
    ("NO", &["Norge", "Noreg"]),
    ("PL", &["Polska"]),
    ("PN", &["Pitcairn"]),
    ("PS", &["Palestine, State of", "Palästina, Staat"]),
    ("RS", &["Srbija"]),
    ("RU", &["Russian Federation", "Russische Föderation"]),
    ("SE", &["Sverige"]),
    ("SH", &["Saint Helena"]),
    ("SI", &["Slovenija"]),
    ("SK", &["Slovensko"]),
    ("SX", &["Sint Maarten"]),
    ("SY", &["Syrian Arab Republic", "Syrien, Arabische Republik"]),
    ("SZ", &["Swaziland", "Swasiland"]),
    ("TL", &["East Timor", "Osttimor"]),
    ("TR", &["Turkey"]),
    ("TW", &["Taiwan, Province of China", "Taiwan, Chinesische Provinz"]),
    ("TZ", &["Tanzania, United Republic of", "Tansania, Vereinigte Republik"]),
    ("US", &["USA", "US", "United States of America", "Vereinigte Staaten von Amerika",
        "America", "Amerika"]),
    ("VA", &["Holy See", "Vatican", "Vatikan", "Heiliger Stuhl", "Holy See (Vatican City State)",
        "Heiliger Stuhl (Staat Vatikanstadt)"]),
    ("VE", &["Venezuela, Bolivarian Republic of", "Venezuela, Bolivarische Republik"]),
    ("VG", &["Virgin Islands, British"]),
    ("VI", &["Virgin Islands, U.S."]),
    ("VN", &["Viet Nam"]),
];

/// Lookup keys (see [`key`]) to countries.
static INDEX: LazyLock<HashMap<String, Country>> = LazyLock::new(|| build_index(&mut Vec::new()));

/// Builds the lookup map: codes first, then names, then aliases. A key that
/// two different countries would claim keeps its first country and is
/// reported in `problems` (the tests assert there are none).
fn build_index(problems: &mut Vec<String>) -> HashMap<String, Country> {
    let mut map = HashMap::new();
    for entry in COUNTRIES {
        let country = Country(entry.a2);
        insert_key(&mut map, problems, key(country.code()), country);
        insert_key(&mut map, problems, key(entry.a3), country);
    }
    for entry in COUNTRIES {
        for name in [entry.en, entry.de] {
            for name_key in name_keys(name) {
                insert_key(&mut map, problems, name_key, Country(entry.a2));
            }
        }
    }
    for &(code, aliases) in ALIASES {
        let Some(country) = map.get(&key(code)).copied() else {
            problems.push(format!("aliases listed for unknown code {code}"));
            continue;
        };
        for alias in aliases {
            for alias_key in name_keys(alias) {
                insert_key(&mut map, problems, alias_key, country);
            }
        }
    }
    map
}

fn insert_key(
    map: &mut HashMap<String, Country>,
    problems: &mut Vec<String>,
    key: String,
    country: Country,
) {
    if key.is_empty() {
        problems.push(format!("empty lookup key for {country}"));
        return;
    }
    match map.entry(key) {
        MapEntry::Vacant(slot) => {
            slot.insert(country);
        }
        MapEntry::Occupied(slot) => {
            if *slot.get() != country {
                problems.push(format!(
                    "\"{}\" is claimed by both {} and {country}",
                    slot.key(),
                    slot.get()
                ));
            }
        }
    }
}

/// Interchangeable spellings of "Saint" at the start of a key.
const SAINT_FORMS: [&str; 3] = ["saint ", "st ", "sankt "];

/// The keys of a name: its [`key`], and for names starting with "Saint",
/// "St." or "Sankt" the key under each of those spellings.
fn name_keys(name: &str) -> Vec<String> {
    let name_key = key(name);
    for form in SAINT_FORMS {
        if let Some(rest) = name_key.strip_prefix(form) {
            return SAINT_FORMS
                .iter()
                .map(|other| format!("{other}{rest}"))
                .collect();
        }
    }
    vec![name_key]
}

/// Normalises text for lookup: drops dots and apostrophes, treats hyphens,
/// slashes, commas and parentheses as spaces, folds case and accents, spells
/// "&" and "und" as "and" and drops one leading article.
fn key(text: &str) -> String {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '.' | '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => {}
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' | '_' | '/' | ',' | '('
            | ')' => cleaned.push(' '),
            '&' => cleaned.push_str(" and "),
            _ => cleaned.push(c),
        }
    }
    let folded = fold(&cleaned);
    let mut words: Vec<&str> = folded
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(|word| if word == "und" { "and" } else { word })
        .collect();
    if words.len() > 1 && matches!(words.first(), Some(&("the" | "die" | "der" | "das"))) {
        words.remove(0);
    }
    words.join(" ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The code `text` parses to, if any.
    fn parsed(text: &str) -> Option<String> {
        Country::parse(text).map(|country| country.code().to_owned())
    }

    fn assert_parses(text: &str, code: &str) {
        assert_eq!(
            parsed(text).as_deref(),
            Some(code),
            "{text:?} should parse as {code}"
        );
    }

    #[test]
    fn codes_are_case_insensitive() {
        for text in ["DE", "de", "De", "dE", "  de  "] {
            assert_parses(text, "DE");
        }
        assert_parses("gb", "GB");
        assert_parses("us", "US");
        assert_parses("ch", "CH");
        assert_parses("no", "NO");
    }

    #[test]
    fn english_names() {
        assert_parses("Germany", "DE");
        assert_parses("GERMANY", "DE");
        assert_parses("  germany ", "DE");
        assert_parses("United Kingdom", "GB");
        assert_parses("United States", "US");
        assert_parses("Austria", "AT");
        assert_parses("Switzerland", "CH");
        assert_parses("South Korea", "KR");
        assert_parses("Côte d'Ivoire", "CI");
        assert_parses("Bosnia and Herzegovina", "BA");
        assert_parses("Guinea-Bissau", "GW");
        assert_parses("Guinea", "GN");
        assert_parses("Equatorial Guinea", "GQ");
        assert_parses("Niger", "NE");
        assert_parses("Nigeria", "NG");
        assert_parses("Dominica", "DM");
        assert_parses("Dominican Republic", "DO");
    }

    #[test]
    fn german_names() {
        assert_parses("Deutschland", "DE");
        assert_parses("Österreich", "AT");
        assert_parses("österreich", "AT");
        assert_parses("Osterreich", "AT");
        assert_parses("Vereinigtes Königreich", "GB");
        assert_parses("VEREINIGTES KÖNIGREICH", "GB");
        assert_parses("Spanien", "ES");
        assert_parses("Schweiz", "CH");
        assert_parses("Niederlande", "NL");
        assert_parses("Island", "IS");
        assert_parses("Weißrussland", "BY");
        assert_parses("Weissrussland", "BY");
        assert_parses("Saudi-Arabien", "SA");
        assert_parses("Saudi Arabien", "SA");
    }

    #[test]
    fn required_aliases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "GB",
                &[
                    "UK",
                    "U.K.",
                    "Great Britain",
                    "Britain",
                    "England",
                    "Scotland",
                    "Wales",
                    "Northern Ireland",
                    "Großbritannien",
                ],
            ),
            (
                "US",
                &[
                    "USA",
                    "U.S.A.",
                    "US",
                    "U.S.",
                    "United States of America",
                    "America",
                    "Vereinigte Staaten",
                    "Amerika",
                ],
            ),
            ("DE", &["Deutschland", "BRD", "Bundesrepublik Deutschland"]),
            (
                "NL",
                &["Holland", "The Netherlands", "Netherlands", "Niederlande"],
            ),
            ("CH", &["Schweiz", "Suisse", "Svizzera"]),
            ("AT", &["Österreich"]),
            ("RU", &["Russia", "Russland", "Russian Federation"]),
            (
                "KR",
                &["South Korea", "Korea", "Südkorea", "Korea, Republic of"],
            ),
            ("CZ", &["Czech Republic", "Czechia", "Tschechien"]),
            (
                "CI",
                &[
                    "Ivory Coast",
                    "Côte d'Ivoire",
                    "Cote d'Ivoire",
                    "Cote d’Ivoire",
                ],
            ),
            ("ES", &["Espana", "España", "Spanien"]),
            ("IT", &["Italia", "Italien"]),
            ("MX", &["Mexico", "México", "Mexiko"]),
            ("BR", &["Brasil", "Brazil", "Brasilien"]),
            ("VE", &["Venezuela"]),
            ("AR", &["Argentina", "Argentinien"]),
            ("SE", &["Sverige", "Schweden"]),
            ("DK", &["Danmark", "Dänemark"]),
            ("FI", &["Suomi", "Finnland"]),
            ("NO", &["Norge", "Norwegen"]),
            ("PL", &["Polska", "Polen"]),
            ("BE", &["Belgique", "België", "Belgie", "Belgien"]),
            ("IE", &["Ireland", "Irland", "Eire", "Éire"]),
            ("PT", &["Portugal"]),
            ("FR", &["France", "Frankreich"]),
            ("CA", &["Canada", "Kanada"]),
        ];
        for (code, texts) in cases {
            for text in *texts {
                assert_parses(text, code);
            }
        }
    }

    #[test]
    fn spelling_variants() {
        assert_parses("St. Lucia", "LC");
        assert_parses("Saint Lucia", "LC");
        assert_parses("St Kitts & Nevis", "KN");
        assert_parses("Saint Kitts and Nevis", "KN");
        assert_parses("St. Kitts und Nevis", "KN");
        assert_parses("Antigua & Barbuda", "AG");
        assert_parses("Trinidad und Tobago", "TT");
        assert_parses("Sankt Helena", "SH");
        assert_parses("the Gambia", "GM");
        assert_parses("die Schweiz", "CH");
        assert_parses("Timor Leste", "TL");
        assert_parses("Cote dIvoire", "CI");
    }

    #[test]
    fn alpha3_codes() {
        assert_parses("DEU", "DE");
        assert_parses("deu", "DE");
        assert_parses("GBR", "GB");
        assert_parses("USA", "US");
        assert_parses("CHE", "CH");
        assert_parses("AUT", "AT");
        assert_parses("NLD", "NL");
        for entry in COUNTRIES {
            assert_eq!(
                Country::parse(entry.a3),
                Some(Country(entry.a2)),
                "{}",
                entry.a3
            );
        }
    }

    #[test]
    fn unknown_text_is_rejected() {
        for text in [
            "Atlantis",
            "",
            "   ",
            ".",
            "...",
            "-",
            "the",
            "XX",
            "XXX",
            "ZZ",
            "Deutschlandd",
            "Germany Austria",
            "Saint",
            "EU",
            "Kosovo",
        ] {
            assert_eq!(parsed(text), None, "{text:?} should not parse");
        }
    }

    #[test]
    fn from_str_reports_unknown_country() {
        assert_eq!(
            "de".parse::<Country>().map(|c| c.to_string()),
            Ok("DE".to_owned())
        );
        let error = "Atlantis".parse::<Country>().unwrap_err();
        assert_eq!(error, UnknownCountry("Atlantis".to_owned()));
        assert_eq!(
            error.to_string(),
            "unknown country \"Atlantis\": use an ISO 3166 code (DE, GB, US …) \
             or an English or German name"
        );
        assert_eq!("".parse::<Country>(), Err(UnknownCountry(String::new())));
    }

    #[test]
    fn table_has_249_unique_well_formed_codes() {
        assert_eq!(COUNTRIES.len(), 249);
        let alpha2: HashSet<[u8; 2]> = COUNTRIES.iter().map(|entry| entry.a2).collect();
        assert_eq!(alpha2.len(), 249, "duplicate alpha-2 code");
        let alpha3: HashSet<&str> = COUNTRIES.iter().map(|entry| entry.a3).collect();
        assert_eq!(alpha3.len(), 249, "two entries share an alpha-3 code");
        for entry in COUNTRIES {
            assert!(
                entry.a2.iter().all(u8::is_ascii_uppercase),
                "{:?}",
                entry.a2
            );
            assert_eq!(entry.a3.len(), 3, "{}", entry.a3);
            assert!(
                entry.a3.bytes().all(|b| b.is_ascii_uppercase()),
                "{}",
                entry.a3
            );
            assert!(!entry.en.trim().is_empty() && !entry.de.trim().is_empty());
        }
        // The name lookups binary-search the table.
        assert!(
            COUNTRIES.windows(2).all(|pair| pair[0].a2 < pair[1].a2),
            "table not sorted"
        );
    }

    #[test]
    fn index_has_no_conflicting_keys() {
        let mut problems = Vec::new();
        let index = build_index(&mut problems);
        assert!(
            problems.is_empty(),
            "lookup key problems:\n{}",
            problems.join("\n")
        );
        assert_eq!(index.len(), INDEX.len());
    }

    #[test]
    fn index_builder_detects_conflicts() {
        let mut map = HashMap::new();
        let mut problems = Vec::new();
        let de = Country::parse("DE").unwrap();
        let at = Country::parse("AT").unwrap();
        insert_key(&mut map, &mut problems, "deutsch".to_owned(), de);
        insert_key(&mut map, &mut problems, "deutsch".to_owned(), de);
        assert!(problems.is_empty(), "the same country twice is no conflict");
        insert_key(&mut map, &mut problems, "deutsch".to_owned(), at);
        assert_eq!(problems.len(), 1);
        assert_eq!(map.get("deutsch"), Some(&de), "the first claim is kept");
        insert_key(&mut map, &mut problems, String::new(), at);
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn every_code_round_trips() {
        let all: Vec<Country> = Country::all().collect();
        assert_eq!(all.len(), 249);
        for country in all {
            let code = country.code();
            assert_eq!(Country::parse(code), Some(country), "{code}");
            assert_eq!(
                Country::parse(&code.to_lowercase()),
                Some(country),
                "{code}"
            );
            assert_eq!(country.to_string(), code);
            assert_eq!(code.parse::<Country>(), Ok(country));
            assert_eq!(Country::parse(country.alpha3()), Some(country), "{code}");
            assert_eq!(Country::try_from(country.0), Ok(country));
        }
    }

    #[test]
    fn every_name_parses_to_its_own_code() {
        for entry in COUNTRIES {
            let country = Country(entry.a2);
            assert_eq!(country.english_name(), entry.en);
            assert_eq!(country.german_name(), entry.de);
            assert_eq!(
                Country::parse(entry.en),
                Some(country),
                "English name {:?}",
                entry.en
            );
            assert_eq!(
                Country::parse(entry.de),
                Some(country),
                "German name {:?}",
                entry.de
            );
            let upper = entry.en.to_uppercase();
            assert_eq!(Country::parse(&upper), Some(country), "{upper:?}");
        }
    }

    #[test]
    fn every_alias_parses_to_its_own_code() {
        for (code, aliases) in ALIASES {
            let country = Country::parse(code).unwrap();
            assert_eq!(country.code(), *code);
            for alias in *aliases {
                assert_eq!(
                    Country::parse(alias),
                    Some(country),
                    "alias {alias:?} of {code}"
                );
            }
        }
    }

    #[test]
    fn names_and_codes() {
        let de = Country::parse("Germany").unwrap();
        assert_eq!(de.code(), "DE");
        assert_eq!(de.alpha3(), "DEU");
        assert_eq!(de.english_name(), "Germany");
        assert_eq!(de.german_name(), "Deutschland");
        let gb = Country::parse("GB").unwrap();
        assert_eq!(gb.english_name(), "United Kingdom");
        assert_eq!(gb.german_name(), "Vereinigtes Königreich");
        assert_eq!(format!("[{de:<4}]"), "[DE  ]");
    }

    #[test]
    fn serde_keeps_two_bytes_and_rejects_unknown_codes() {
        let de = Country::parse("DE").unwrap();
        let json = serde_json::to_string(&de).unwrap();
        assert_eq!(json, "\"DE\"");
        assert_eq!(serde_json::from_str::<Country>(&json).unwrap(), de);
        assert!(serde_json::from_str::<Country>("\"XX\"").is_err());
        let config = bincode::config::standard();
        let bytes = bincode::serde::encode_to_vec(de, config).unwrap();
        assert_eq!(bytes, b"DE");
        let (back, _): (Country, usize) = bincode::serde::decode_from_slice(b"DE", config).unwrap();
        assert_eq!(back, de);
        assert!(bincode::serde::decode_from_slice::<Country, _>(b"XX", config).is_err());
        assert_eq!(Country::try_from(*b"de"), Ok(de));
        assert_eq!(
            Country::try_from(*b"XX"),
            Err(UnknownCountry("XX".to_owned()))
        );
    }
}
