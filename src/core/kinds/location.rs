//! Locations, declared once: the stock area's kind of warehouses and bins, its field table
//! (`fields::location`) with `code` as the natural key (unique without regard to case,
//! stays once given), found by code, by a code prefix or a folded name word. A location is
//! never deleted: the ledger and the balances are kept under its code. The virtual
//! locations are no records; naming one is refused with that said. Stock postings resolve
//! locations themselves (`stock::resolve_location`). Room: core.

use time::{OffsetDateTime, UtcOffset};

use super::KindDecl;
use crate::core::access::Area;
use crate::core::plain::{PlainKind, RecordCommand};
use crate::core::{Command, Settings};
use crate::domain::fields::location::{TABLE, apply_edit, from_input, to_row};
use crate::domain::fields::{Input, Row};
use crate::domain::location::is_virtual;
use crate::domain::{Invalid, Location};
use crate::store::kinds::item as index;
use crate::store::{Store, StoreError, StoreResult, Tx, TxResult, abort};

/// Locations.
#[derive(Debug, Clone, Copy)]
pub struct Locations;

impl PlainKind for Locations {
    type Record = Location;
    const DECL: &'static KindDecl = &KindDecl {
        name: "location",
        plural: "locations",
        area: Area::Stock,
        fields: &TABLE,
        key: Some("code"),
        key_stays: true,
        deletable: false,
        search_by_key: "core-search-by-location",
        ops: &Locations,
    };

    fn to_row(location: &Location, offset: UtcOffset) -> Row {
        to_row(location, offset)
    }

    fn from_input(
        input: &Input,
        _settings: &Settings,
        now: OffsetDateTime,
    ) -> Result<Location, Vec<Invalid>> {
        from_input(input, now)
    }

    fn apply_edit(
        location: &mut Location,
        edit: &Input,
        _settings: &Settings,
        _now: OffsetDateTime,
    ) -> Result<(), Vec<Invalid>> {
        apply_edit(location, edit)
    }

    /// The name, else the code.
    fn name(location: &Location) -> &str {
        match location.name.is_empty() {
            true => &location.code,
            false => &location.name,
        }
    }

    fn unknown(text: &str) -> Invalid {
        let why = match is_virtual(text) {
            true => crate::t!("core-location-virtual-name", code = text.trim()),
            false => crate::t!("core-location-unknown", code = text.trim()),
        };
        Invalid::new("location", why)
    }

    fn refuse_delete(_tx: &Tx, location: &Location) -> TxResult<()> {
        abort(StoreError::Refused(crate::t!(
            "core-location-stays",
            code = &location.code
        )))
    }

    fn unique_holder(tx: &Tx, _field: &str, code: &str) -> TxResult<Option<u64>> {
        index::location_holder(tx, code)
    }

    fn stored_holder(store: &Store, _field: &str, code: &str) -> StoreResult<Option<u64>> {
        index::location_by_code(store, code)
    }

    /// Few locations: read them all, a code starting with `folded` or a name word.
    fn by_name_prefix(store: &Store, folded: &str) -> StoreResult<Vec<u64>> {
        super::scan_code_or_name::<Location>(store, folded, |l| (&l.code, &l.name))
    }
}

/// The command adding the internal location `code` named `name`.
pub fn add(code: &str, name: &str) -> Command {
    let mut input = Input::new();
    input.set("code", code);
    input.set("name", name);
    RecordCommand::add(Locations::DECL, input)
}
