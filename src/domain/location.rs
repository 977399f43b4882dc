//! Locations: warehouses and bins (`WH1/A-01-03`), and the four virtual locations every
//! database has. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::Invalid;
use super::fields::Input;

/// Where goods come from and go to outside the warehouse. They hold no balance.
pub const VIRTUAL: [&str; 4] = ["supplier", "customer", "production", "loss"];

pub const SUPPLIER: &str = "supplier";
pub const CUSTOMER: &str = "customer";
pub const PRODUCTION: &str = "production";
pub const LOSS: &str = "loss";

/// An internal location that holds stock. `code` is stored as given; it is unique without
/// regard to case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub id: u64,
    pub code: String,
    pub name: String,
    pub created: OffsetDateTime,
    pub version: u64,
}

/// Whether a location code names one of the virtual locations (any case).
pub fn is_virtual(code: &str) -> bool {
    VIRTUAL.iter().any(|v| v.eq_ignore_ascii_case(code.trim()))
}

/// The form a location code is compared and keyed in: trimmed, uppercase, virtual ones
/// lowercase.
pub fn location_key(code: &str) -> String {
    let code = code.trim();
    if is_virtual(code) {
        code.to_lowercase()
    } else {
        code.to_uppercase()
    }
}

/// Checks a new internal location's code: not virtual, no spaces, path segments
/// separated by `/` not empty.
pub fn validate_code(code: &str) -> Result<(), Invalid> {
    let code = code.trim();
    if code.is_empty() {
        return Err(Invalid::new("code", crate::t!("domain-must-not-be-empty")));
    }
    if is_virtual(code) {
        return Err(Invalid::new(
            "code",
            crate::t!("domain-location-virtual", code = code),
        ));
    }
    if code.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Invalid::new(
            "code",
            crate::t!("domain-no-spaces", text = code),
        ));
    }
    if code.split('/').any(str::is_empty) {
        return Err(Invalid::new(
            "code",
            crate::t!("domain-location-empty-segment", code = code),
        ));
    }
    Ok(())
}

/// Applies an edit (`name`) to a location. The code stays: stock moves and balances name
/// the location by it, so a given code other than the location's own (without regard to
/// case) is refused.
pub fn apply_edit(location: &mut Location, input: &Input) -> Result<(), Invalid> {
    if let Some(code) = input.optional("code")
        && location_key(&code) != location_key(&location.code)
    {
        return Err(Invalid::new(
            "code",
            crate::t!("domain-location-code-stays", code = &location.code),
        ));
    }
    if let Some(name) = input.optional("name") {
        location.name = name;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_locations_are_recognised_in_any_case() {
        assert!(is_virtual("Supplier"));
        assert!(!is_virtual("WH1"));
        assert_eq!(location_key(" LOSS "), "loss");
        assert_eq!(location_key("wh1/a-01-03"), "WH1/A-01-03");
    }

    #[test]
    fn codes_are_checked() {
        assert!(validate_code("WH1/A-01-03").is_ok());
        assert!(validate_code("customer").is_err());
        assert!(validate_code("WH1//A").is_err());
        assert!(validate_code("WH 1").is_err());
        assert!(validate_code("").is_err());
    }

    #[test]
    fn an_edit_renames_but_keeps_the_code() {
        let mut location = Location {
            id: 1,
            code: "WH1/A-01".into(),
            name: "Shelf".into(),
            created: OffsetDateTime::UNIX_EPOCH,
            version: 1,
        };
        let mut input = Input::new();
        input.set("code", "wh1/a-01");
        input.set("name", "Cold shelf");
        apply_edit(&mut location, &input).unwrap();
        assert_eq!(
            (location.code.as_str(), location.name.as_str()),
            ("WH1/A-01", "Cold shelf")
        );
        input.set("code", "WH2");
        input.set("name", "Other");
        assert_eq!(apply_edit(&mut location, &input).unwrap_err().field, "code");
        assert_eq!(location.name, "Cold shelf");
    }
}
