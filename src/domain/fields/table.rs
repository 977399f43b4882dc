//! Field tables: one declaration per field of a record kind, from which the export header,
//! the import columns, the CLI flags with their help lines and the list columns are all
//! taken. Room: domain (pure data).

/// One field of a record kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The export header, import column and `Input` name (`postal_code`).
    pub name: &'static str,
    /// The CLI flag without dashes (`postal-code`); empty for fields no flag sets.
    pub flag: &'static str,
    /// The message key of its label in forms, list headings and detail screens
    /// (`domain-field-customer-name`); `label()` renders it.
    pub label_key: &'static str,
    /// The message key of the flag's one-line help (`domain-help-customer-name`), empty
    /// for fields no flag sets; `help()` renders it.
    pub help_key: &'static str,
    /// Several values: a repeatable flag, values joined with `|` in a cell.
    pub many: bool,
    /// Refused when empty.
    pub required: bool,
    /// Set by a user (flag, form, import); false for what kontor assigns (id, version).
    pub editable: bool,
    /// No two records share a non-empty value (folded).
    pub unique: bool,
    /// Given on add (and import), then changed only by a workflow, never by an edit (the
    /// stage of an opportunity moves through the pipeline).
    pub stays: bool,
    /// Shown as a column of the list table.
    pub listed: bool,
}

impl FieldSpec {
    /// A single-valued, optional, editable field not shown in lists.
    pub const fn text(
        name: &'static str,
        flag: &'static str,
        label_key: &'static str,
        help_key: &'static str,
    ) -> FieldSpec {
        FieldSpec {
            name,
            flag,
            label_key,
            help_key,
            many: false,
            required: false,
            editable: true,
            unique: false,
            stays: false,
            listed: false,
        }
    }

    /// A field kontor assigns (id, created, updated, version): exported, never a flag.
    pub const fn assigned(name: &'static str, label_key: &'static str) -> FieldSpec {
        FieldSpec {
            editable: false,
            ..FieldSpec::text(name, "", label_key, "")
        }
    }

    /// The label of forms, list headings and detail screens, in the current language
    /// (`Name`, `Kundennr.`). Machine names (the export header, the flag) are `name` and
    /// `flag`.
    pub fn label(&self) -> String {
        crate::lang::text(self.label_key)
    }

    /// The one-line help of its flag in the current language; empty for a field no flag
    /// sets.
    pub fn help(&self) -> String {
        match self.help_key {
            "" => String::new(),
            key => crate::lang::text(key),
        }
    }

    pub const fn many(self) -> FieldSpec {
        FieldSpec { many: true, ..self }
    }

    pub const fn required(self) -> FieldSpec {
        FieldSpec {
            required: true,
            ..self
        }
    }

    pub const fn unique(self) -> FieldSpec {
        FieldSpec {
            unique: true,
            ..self
        }
    }

    pub const fn stays(self) -> FieldSpec {
        FieldSpec {
            stays: true,
            ..self
        }
    }

    /// Whether an edit may set it: editable and not one that stays.
    pub const fn changeable(&self) -> bool {
        self.editable && !self.stays
    }

    pub const fn listed(self) -> FieldSpec {
        FieldSpec {
            listed: true,
            ..self
        }
    }
}

/// The customer a CRM record belongs to, by id: required, and it stays.
pub const CUSTOMER: FieldSpec = FieldSpec::text(
    "customer",
    "customer",
    "domain-field-customer-ref",
    "domain-help-customer-ref",
)
.required()
.stays()
.listed();

/// The names of a table's fields, in order: the export header.
pub const fn names<const N: usize>(table: &[FieldSpec; N]) -> [&'static str; N] {
    let mut names = [""; N];
    let mut index = 0;
    while index < N {
        names[index] = table[index].name;
        index += 1;
    }
    names
}

/// The fields of a table shown as list columns, in order.
pub fn listed(table: &[FieldSpec]) -> Vec<&'static str> {
    table.iter().filter(|f| f.listed).map(|f| f.name).collect()
}

/// The editable fields of `row` as an `Input`, as `from_input` reads them back (a list
/// value by value).
pub fn editable_input(table: &[FieldSpec], row: super::Row) -> super::Input {
    row_input(row, |field| {
        table.iter().any(|spec| spec.name == field && spec.editable)
    })
}

/// The fields of `row` that `keep` names as an `Input`, as an import reads them (a list
/// value by value).
pub fn row_input(row: super::Row, keep: impl Fn(&str) -> bool) -> super::Input {
    let mut input = super::Input::new();
    for (field, value) in row.into_iter().filter(|(field, _)| keep(field)) {
        match value {
            super::Value::List(values) => values.into_iter().for_each(|v| input.push(field, v)),
            value => input.push(field, value.cell()),
        }
    }
    input
}

/// The input of an edit in the one edit shape: every editable field taken from `edit`
/// where `replaced` says so, else from `stored`; a field given empty stays empty (cleared).
pub fn merged_edit(
    table: &[FieldSpec],
    stored: &super::Input,
    edit: &super::Input,
    replaced: impl Fn(&str) -> bool,
) -> super::Input {
    let mut input = super::Input::new();
    for spec in table.iter().filter(|spec| spec.editable) {
        let from = match replaced(spec.name) {
            true => edit,
            false => stored,
        };
        match spec.many {
            true => from
                .list(spec.name)
                .into_iter()
                .for_each(|value| input.push(spec.name, value)),
            false => input.push(spec.name, from.text(spec.name)),
        }
    }
    input
}
