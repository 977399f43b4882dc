//! Customers in the store: tree `customers`, schema 6 (the salutation of person customers
//! and contacts; older schemas and their migrations in `customer_schemas`), the index entries — among them the unique folded
//! number, keyed like the suppliers' (`kinds::number_key`) — and the typed reads of
//! those indexes the core asks (name words, e-mails, phone endings and beginnings, status,
//! owner, tag, number); their key shapes live here only. Room: store.

pub use super::customer_schemas::{
    ContactV1, CustomerV1, CustomerV2, CustomerV3, CustomerV4, CustomerV5,
};
use super::{dedup, name_word_entries, number_id, number_id_in, number_key};
use crate::domain::customer::CustomerStatus;
use crate::domain::duplicates::{email_domain, is_freemail, normalize_email};
use crate::domain::fold::fold;
use crate::domain::{Country, Customer, Phone};
use crate::store::error::StoreResult;
use crate::store::keys::Key;
use crate::store::record::{IndexEntry, Record, decode_payload, id_and_version};
use crate::store::{Store, Tx, TxResult};

pub(in crate::store) const BY_NAME: &str = "customers.by_name";
pub(in crate::store) const BY_PHONE: &str = "customers.by_phone";
pub(in crate::store) const BY_PHONE_START: &str = "customers.by_phone_start";
pub(in crate::store) const BY_EMAIL: &str = "customers.by_email";
pub(in crate::store) const BY_STATUS: &str = "customers.by_status";
pub(in crate::store) const BY_OWNER: &str = "customers.by_owner";
pub(in crate::store) const BY_TAG: &str = "customers.by_tag";
pub(in crate::store) const BY_NUMBER: &str = "customers.by_number";
/// The domains of the customers' e-mails (their contacts' too), freemail domains left out:
/// the lead conversion's duplicate rule "same domain" reads it.
pub(in crate::store) const BY_DOMAIN: &str = "customers.by_domain";
/// The customer's country (that of its first address with one, as segments and reports
/// read it): segments intersect it with the other indexes.
pub(in crate::store) const BY_COUNTRY: &str = "customers.by_country";

impl Record for Customer {
    const TREE: &'static str = "customers";
    const NAME: &'static str = "customer";
    const SCHEMA: u16 = 6;
    const INDEXES: &'static [&'static str] = &[
        BY_NAME,
        BY_PHONE,
        BY_PHONE_START,
        BY_EMAIL,
        BY_STATUS,
        BY_OWNER,
        BY_TAG,
        BY_DOMAIN,
        BY_COUNTRY,
        BY_NUMBER,
        super::words::CUSTOMERS,
    ];

    id_and_version!();

    fn index_entries(&self) -> Vec<IndexEntry> {
        let id = self.id;
        let mut entries = name_word_entries(BY_NAME, &self.name, id);
        entries.extend(self.all_phones().flat_map(|phone| {
            [
                IndexEntry::plain(BY_PHONE, phone_key(phone), id),
                IndexEntry::plain(BY_PHONE_START, Key::new().str(phone.digits()), id),
            ]
        }));
        entries.extend(
            self.all_emails()
                .map(|email| IndexEntry::plain(BY_EMAIL, Key::new().str(&fold(email)), id)),
        );
        entries.push(IndexEntry::plain(BY_STATUS, status_key(self.status), id));
        if !self.owner.is_empty() {
            entries.push(IndexEntry::plain(
                BY_OWNER,
                Key::new().str(&fold(&self.owner)),
                id,
            ));
        }
        entries.extend(
            self.tags
                .iter()
                .map(|tag| IndexEntry::plain(BY_TAG, Key::new().str(&fold(tag)), id)),
        );
        if let Some(key) = number_key(&self.number) {
            entries.push(IndexEntry::unique(BY_NUMBER, key, id));
        }
        entries.extend(self.all_emails().filter_map(|email| {
            let address = normalize_email(email)?;
            let domain = email_domain(&address).filter(|domain| !is_freemail(domain))?;
            Some(IndexEntry::plain(BY_DOMAIN, Key::new().str(domain), id))
        }));
        if let Some(country) = self.addresses.iter().find_map(|address| address.country) {
            entries.push(IndexEntry::plain(BY_COUNTRY, country_key(country), id));
        }
        entries.extend(super::words::word_entries(self));
        dedup(entries)
    }

    fn migrate(schema: u16, payload: &[u8]) -> StoreResult<Self> {
        match schema {
            1 => decode_payload::<CustomerV1>(payload, Self::NAME)
                .map(CustomerV2::from)
                .map(CustomerV3::from)
                .map(CustomerV4::from)
                .map(CustomerV5::from)
                .map(Customer::from),
            2 => decode_payload::<CustomerV2>(payload, Self::NAME)
                .map(CustomerV3::from)
                .map(CustomerV4::from)
                .map(CustomerV5::from)
                .map(Customer::from),
            3 => decode_payload::<CustomerV3>(payload, Self::NAME)
                .map(CustomerV4::from)
                .map(CustomerV5::from)
                .map(Customer::from),
            4 => decode_payload::<CustomerV4>(payload, Self::NAME)
                .map(CustomerV5::from)
                .map(Customer::from),
            5 => decode_payload::<CustomerV5>(payload, Self::NAME).map(Customer::from),
            other => Err(crate::store::StoreError::Corrupt {
                kind: Self::NAME,
                reason: format!("unknown schema version {other}"),
            }),
        }
    }
}

/// The phone index key: reversed E.164 digits, so a trailing fragment is a key prefix.
pub(super) fn phone_key(phone: &Phone) -> Key {
    Key::new().str(&phone.reversed_digits())
}

/// The E.164 digits (without `+`) of a `BY_PHONE_START` entry's key.
fn phone_digits_of_start_entry(key: &[u8]) -> String {
    let digits = key.split(|&byte| byte == 0).next().unwrap_or_default();
    digits.iter().map(|&byte| char::from(byte)).collect()
}

/// The E.164 digits (without `+`) of a `BY_PHONE` entry's key: the inverse of `phone_key`,
/// so a lookup can rank its matches before reading any customer.
pub(super) fn phone_digits_of_entry(key: &[u8]) -> String {
    phone_digits_of_start_entry(key).chars().rev().collect()
}

fn status_key(status: CustomerStatus) -> Key {
    Key::new().u8(status as u8)
}

/// The customer holding `number` (folded; `None` for an empty number).
pub fn by_number(store: &Store, number: &str) -> StoreResult<Option<u64>> {
    number_id(store, BY_NUMBER, number)
}

/// The customer holding `number` (folded), read inside the transaction: the uniqueness
/// check before a write. `None` for an empty number.
pub fn number_holder(tx: &Tx, number: &str) -> TxResult<Option<u64>> {
    number_id_in(tx, BY_NUMBER, number)
}

/// Ids of the customers with a name word starting with `folded`, in word order; a
/// customer comes once per matching word.
pub fn scan_name_prefix<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_NAME, Key::new().prefix_str(folded))
}

/// Every indexed name word (the folded name from that word on) with its customer, in word
/// order: what a typo-tolerant search compares with. Entries that are not text are skipped.
pub fn name_words(
    store: &Store,
) -> StoreResult<impl Iterator<Item = StoreResult<(String, u64)>> + '_> {
    Ok(store
        .index_prefix(BY_NAME, Key::new())?
        .filter_map(|entry| match entry {
            Ok((mut key, id)) => {
                key.truncate(key.iter().position(|&b| b == 0).unwrap_or(key.len()));
                String::from_utf8(key).ok().map(|word| Ok((word, id)))
            }
            Err(error) => Some(Err(error)),
        }))
}

/// A customer whose e-mail starts with the folded text asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmailMatch {
    pub id: u64,
    /// The e-mail is the text asked for, not only its beginning.
    pub exact: bool,
}

/// The customers with an e-mail starting with `folded`, in e-mail order.
pub fn by_email_prefix<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<EmailMatch>> + use<'s>> {
    let whole = Key::new().str(folded).into_bytes();
    Ok(store
        .index_prefix(BY_EMAIL, Key::new().prefix_str(folded))?
        .map(move |entry| {
            let (key, id) = entry?;
            Ok(EmailMatch {
                id,
                exact: key.get(..whole.len()) == Some(whole.as_slice()),
            })
        }))
}

/// (E.164 digits without `+`, customer id) of the numbers — the customers' own and their
/// contacts' — ending in the digits reversed as `reversed`, in reversed-digit order. The
/// digits come from the index, so matches rank before any customer is read.
pub fn by_phone_ending<'s>(
    store: &'s Store,
    reversed: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<(String, u64)>> + use<'s>> {
    Ok(store
        .index_prefix(BY_PHONE, Key::new().prefix_str(reversed))?
        .map(|entry| entry.map(|(key, id)| (phone_digits_of_entry(&key), id))))
}

/// (E.164 digits without `+`, customer id) of the numbers beginning with the digits
/// `leading`, in number order.
pub fn by_phone_start<'s>(
    store: &'s Store,
    leading: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<(String, u64)>> + use<'s>> {
    Ok(store
        .index_prefix(BY_PHONE_START, Key::new().prefix_str(leading))?
        .map(|entry| entry.map(|(key, id)| (phone_digits_of_start_entry(&key), id))))
}

fn country_key(country: Country) -> Key {
    Key::new().str(country.code())
}

/// A customer index a segment criterion reads: the customers it holds for, in id order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    Status(CustomerStatus),
    /// The owner, folded.
    Owner(String),
    /// A tag, folded.
    Tag(String),
    Country(Country),
}

impl Selector {
    /// The index's name (`customers.by_tag` …).
    pub fn index(&self) -> &'static str {
        match self {
            Selector::Status(_) => BY_STATUS,
            Selector::Owner(_) => BY_OWNER,
            Selector::Tag(_) => BY_TAG,
            Selector::Country(_) => BY_COUNTRY,
        }
    }

    fn key(&self) -> Key {
        match self {
            Selector::Status(status) => status_key(*status),
            Selector::Owner(folded) | Selector::Tag(folded) => Key::new().str(folded),
            Selector::Country(country) => country_key(*country),
        }
    }
}

/// Ids of the customers `selector` holds for, from id `from` on, in id order: a seek into
/// the index, so an intersection skips what it need not read.
pub fn selected_from<'s>(
    store: &'s Store,
    selector: &Selector,
    from: u64,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids_from(selector.index(), selector.key(), from)
}

/// Ids of the customers with an e-mail at the (lower-case, non-freemail) `domain`.
pub fn with_domain(store: &Store, domain: &str) -> StoreResult<Vec<u64>> {
    store
        .index_ids(BY_DOMAIN, Key::new().str(domain))?
        .collect()
}

/// Ids of the customers with this status, in id order.
pub fn with_status(
    store: &Store,
    status: CustomerStatus,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + '_> {
    store.index_ids(BY_STATUS, status_key(status))
}

/// Ids of the customers whose owner folds to `folded`, in id order.
pub fn with_owner<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_OWNER, Key::new().str(folded))
}

/// Ids of the customers with a tag folding to `folded`, in id order.
pub fn with_tag<'s>(
    store: &'s Store,
    folded: &str,
) -> StoreResult<impl Iterator<Item = StoreResult<u64>> + use<'s>> {
    store.index_ids(BY_TAG, Key::new().str(folded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vat::TaxTreatment;
    use crate::store::OpenStep;
    use crate::store::kinds::supplier::number_lookup;
    use crate::store::record::{decode, encode_with_schema};
    use crate::store::tx::META;
    use time::OffsetDateTime;

    fn alfreds() -> Customer {
        let de = Country::parse("DE").unwrap();
        let mut customer = Customer::new("Alfreds Futterkiste", OffsetDateTime::UNIX_EPOCH);
        customer.id = 7;
        customer.version = 3;
        customer
            .phones
            .push(Phone::parse("030-0074321", de).unwrap());
        customer.emails.push("Maria@Alfreds.DE".into());
        customer.owner = "Anna".into();
        customer
    }

    #[test]
    fn a_schema_1_record_reads_back_through_the_migration() {
        let current = alfreds();
        let old = CustomerV1 {
            id: current.id,
            kind: current.kind,
            name: current.name.clone(),
            phones: current.phones.clone(),
            emails: current.emails.clone(),
            contacts: Vec::new(),
            addresses: current.addresses.clone(),
            status: current.status,
            owner: current.owner.clone(),
            notes: current.notes.clone(),
            created: current.created,
            updated: current.updated,
            version: current.version,
        };
        let bytes = encode_with_schema(&old, 1, "customer").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 1]);
        let migrated: Customer = decode(&bytes).unwrap();
        assert_eq!(migrated, current);
    }

    #[test]
    fn a_schema_2_record_reads_back_without_a_number() {
        let mut current = alfreds();
        current.tags = vec!["b2b".into()];
        let old = CustomerV2 {
            id: current.id,
            kind: current.kind,
            name: current.name.clone(),
            phones: current.phones.clone(),
            emails: current.emails.clone(),
            contacts: Vec::new(),
            addresses: current.addresses.clone(),
            tags: current.tags.clone(),
            status: current.status,
            owner: current.owner.clone(),
            notes: current.notes.clone(),
            created: current.created,
            updated: current.updated,
            version: current.version,
        };
        let bytes = encode_with_schema(&old, 2, "customer").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 2]);
        let migrated: Customer = decode(&bytes).unwrap();
        assert_eq!(migrated.number, "");
        assert_eq!(migrated, current);
        assert!(migrated.index_entries().iter().all(|e| e.tree != BY_NUMBER));
    }

    #[test]
    fn a_schema_3_record_reads_back_with_the_default_sales_terms() {
        let mut current = alfreds();
        current.number = "ALFKI".into();
        let old = CustomerV3 {
            id: current.id,
            kind: current.kind,
            number: current.number.clone(),
            name: current.name.clone(),
            phones: current.phones.clone(),
            emails: current.emails.clone(),
            contacts: Vec::new(),
            addresses: current.addresses.clone(),
            tags: current.tags.clone(),
            status: current.status,
            owner: current.owner.clone(),
            notes: current.notes.clone(),
            created: current.created,
            updated: current.updated,
            version: current.version,
        };
        let bytes = encode_with_schema(&old, 3, "customer").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 3]);
        let migrated: Customer = decode(&bytes).unwrap();
        assert_eq!(migrated.credit_limit, None);
        assert_eq!(migrated.tax_treatment, TaxTreatment::Domestic);
        assert_eq!(migrated.vat_id, "");
        assert!(migrated.partial_deliveries && migrated.backorders);
        assert_eq!(migrated, current);
        assert_eq!(migrated.validate(), Ok(()));
    }

    #[test]
    fn a_schema_4_record_reads_back_with_the_company_payment_terms_and_no_buyer_reference() {
        let mut current = alfreds();
        current.number = "ALFKI".into();
        current.vat_id = "DE123456789".into();
        current.tax_treatment = TaxTreatment::ReverseCharge;
        current.backorders = false;
        let old = CustomerV4 {
            id: current.id,
            kind: current.kind,
            number: current.number.clone(),
            name: current.name.clone(),
            phones: current.phones.clone(),
            emails: current.emails.clone(),
            contacts: Vec::new(),
            addresses: current.addresses.clone(),
            tags: current.tags.clone(),
            status: current.status,
            owner: current.owner.clone(),
            notes: current.notes.clone(),
            credit_limit: current.credit_limit,
            tax_treatment: current.tax_treatment,
            vat_id: current.vat_id.clone(),
            partial_deliveries: current.partial_deliveries,
            backorders: current.backorders,
            created: current.created,
            updated: current.updated,
            version: current.version,
        };
        let bytes = encode_with_schema(&old, 4, "customer").unwrap();
        assert_eq!(&bytes[..3], &[1, 0, 4]);
        let migrated: Customer = decode(&bytes).unwrap();
        assert_eq!(migrated.payment_days, None);
        assert_eq!(migrated.skonto, None);
        assert_eq!(migrated.payment_terms(), None);
        assert_eq!(migrated.buyer_reference, "");
        assert_eq!(migrated.tax_treatment, TaxTreatment::ReverseCharge);
        assert_eq!(migrated, current);
        assert_eq!(migrated.validate(), Ok(()));
        let now = encode_with_schema(&migrated, Customer::SCHEMA, "customer").unwrap();
        assert_eq!(&now[..3], &[1, 0, 6]);
    }

    /// Writes what the release before the number left: schema 2 records, no number index.
    fn a_schema_2_database(place: &crate::store::backends::Place) {
        let store = place.open();
        for name in ["Alfreds Futterkiste", "Ana Trujillo"] {
            let mut customer = alfreds();
            customer.name = name.into();
            customer.id = 0;
            store
                .transaction(|tx| tx.insert(&mut customer.clone()))
                .unwrap();
        }
        let records = store.tree(Customer::TREE).unwrap();
        for entry in records.iter() {
            let (key, bytes) = entry.unwrap();
            let current: Customer = decode(&bytes).unwrap();
            let old = CustomerV2 {
                id: current.id,
                kind: current.kind,
                name: current.name,
                phones: current.phones,
                emails: current.emails,
                contacts: Vec::new(),
                addresses: current.addresses,
                tags: current.tags,
                status: current.status,
                owner: current.owner,
                notes: current.notes,
                created: current.created,
                updated: current.updated,
                version: current.version,
            };
            let bytes = encode_with_schema(&old, 2, "customer").unwrap();
            records.insert(key, bytes).unwrap();
        }
        store.tree(BY_NUMBER).unwrap().clear().unwrap();
        let meta = store.tree(META).unwrap();
        meta.insert("schema/customers", 2u16.to_be_bytes()).unwrap();
        let older = Customer::INDEXES
            .iter()
            .filter(|index| **index != BY_NUMBER)
            .copied()
            .collect::<Vec<_>>()
            .join(",");
        meta.insert("indexes/customers", older.as_bytes()).unwrap();
        store.flush().unwrap();
    }

    #[test]
    fn a_database_of_the_previous_schema_is_upgraded_and_numbered_on_open() {
        crate::store::backends::on_both(previous_schema_is_upgraded_and_numbered);
    }

    fn previous_schema_is_upgraded_and_numbered(place: &crate::store::backends::Place) {
        a_schema_2_database(place);
        let mut steps = Vec::new();
        let store = place.open_observed(&mut |step| steps.push(step));
        assert_eq!(steps, [OpenStep::Upgrading("customers")]);
        assert_eq!(store.check().unwrap(), Vec::new());
        for entry in store.tree(Customer::TREE).unwrap().iter() {
            let (_, bytes) = entry.unwrap();
            assert_eq!(&bytes[..3], &[1, 0, 6], "rewritten in the current schema");
        }
        // The new unique index works on the upgraded records.
        let mut first = store.require::<Customer>(1).unwrap();
        first.number = "ALFKI".into();
        store
            .transaction(|tx| tx.update(&mut first.clone(), None))
            .unwrap();
        let key = number_lookup("alfki").unwrap();
        assert_eq!(store.unique_lookup(BY_NUMBER, &key).unwrap(), Some(1));
        let mut second = store.require::<Customer>(2).unwrap();
        second.number = "Alfki".into();
        let refused = store.transaction(|tx| tx.update(&mut second.clone(), None));
        assert!(refused.is_err(), "a number is unique");
        // An index lost (or a list written before it) is filled on the next open, and
        // check and reindex cover it.
        store.tree(BY_NUMBER).unwrap().clear().unwrap();
        assert_eq!(
            store.check().unwrap().len(),
            1,
            "the number entry is missing"
        );
        let older = Customer::INDEXES
            .iter()
            .filter(|index| **index != BY_NUMBER)
            .copied()
            .collect::<Vec<_>>()
            .join(",");
        let meta = store.tree(META).unwrap();
        meta.insert("indexes/customers", older.as_bytes()).unwrap();
        drop((meta, store));
        let mut steps = Vec::new();
        let store = place.open_observed(&mut |step| steps.push(step));
        assert_eq!(steps, [OpenStep::Reindexing("customers")]);
        assert_eq!(store.check().unwrap(), Vec::new());
        store.tree(BY_NUMBER).unwrap().clear().unwrap();
        store.reindex().unwrap();
        assert_eq!(store.check().unwrap(), Vec::new());
        assert_eq!(store.unique_lookup(BY_NUMBER, &key).unwrap(), Some(1));
    }

    #[test]
    fn the_folded_number_is_a_unique_entry() {
        let mut customer = alfreds();
        customer.number = "Älf-KI".into();
        let entries = customer.index_entries();
        let number = entries.iter().find(|e| e.tree == BY_NUMBER).unwrap();
        assert!(number.unique);
        assert_eq!(Some(number.key.clone()), number_lookup("ALF-ki"));
        assert_eq!(number_lookup("  "), None);
    }

    #[test]
    fn every_word_phone_and_email_is_indexed() {
        let entries = alfreds().index_entries();
        let in_tree = |tree: &str| entries.iter().filter(|e| e.tree == tree).count();
        assert_eq!(in_tree(BY_NAME), 2);
        assert_eq!(in_tree(BY_PHONE), 1);
        assert_eq!(in_tree(BY_PHONE_START), 1);
        assert_eq!(in_tree(BY_EMAIL), 1);
        assert_eq!(in_tree(BY_STATUS), 1);
        assert_eq!(in_tree(BY_OWNER), 1);
        assert_eq!(in_tree(BY_TAG), 0);
        let phone = entries.iter().find(|e| e.tree == BY_PHONE).unwrap();
        assert!(phone.key.starts_with(b"12347000394\0"));
        assert_eq!(phone_digits_of_entry(&phone.key), "49300074321");
        let start = entries.iter().find(|e| e.tree == BY_PHONE_START).unwrap();
        assert!(start.key.starts_with(b"49300074321\0"));
        assert_eq!(phone_digits_of_start_entry(&start.key), "49300074321");
        let email = entries.iter().find(|e| e.tree == BY_EMAIL).unwrap();
        assert!(email.key.starts_with(b"maria@alfreds.de\0"));
    }

    #[test]
    fn e_mail_domains_are_indexed_except_freemail_ones() {
        let mut customer = alfreds();
        customer.emails.push("maria.anders@GMX.de".into());
        customer.emails.push("einkauf@alfreds.de".into());
        let entries = customer.index_entries();
        let domains: Vec<&[u8]> = entries
            .iter()
            .filter(|e| e.tree == BY_DOMAIN)
            .map(|e| e.key.as_slice())
            .collect();
        assert_eq!(
            domains.len(),
            1,
            "one entry for alfreds.de, none for gmx.de"
        );
        assert!(domains[0].starts_with(b"alfreds.de\0"));
    }
}
