//! The texts each searched kind of record is found by (`words::Searchable`): one place,
//! read by the store's word index and by the search's rights and snippets alike.
//! Room: domain (pure).

use std::borrow::Cow;

use time::OffsetDateTime;

use super::campaign::Campaign;
use super::invoice::Invoice;
use super::sales::{Quote, SalesOrder};
use super::ticket::Ticket;
use super::words::{Field, Searchable};
use super::{Customer, Interaction, Item, Supplier};

fn text(field: Field, text: &str) -> (Field, Cow<'_, str>) {
    (field, Cow::Borrowed(text))
}

impl Searchable for Interaction {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        vec![
            text(Field::Subject, &self.subject),
            text(Field::Notes, &self.body),
            text(Field::Outcome, &self.outcome),
        ]
    }
    fn moment(&self) -> OffsetDateTime {
        self.at
    }
}

impl Searchable for Customer {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        let mut texts = vec![
            text(Field::Name, &self.name),
            text(Field::Number, &self.number),
        ];
        texts.extend(self.contacts.iter().map(|c| text(Field::Contact, &c.name)));
        texts.extend(self.tags.iter().map(|tag| text(Field::Tag, tag)));
        texts.push(text(Field::Notes, &self.notes));
        texts
    }
    fn moment(&self) -> OffsetDateTime {
        self.created
    }
}

impl Searchable for Supplier {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        let mut texts = vec![
            text(Field::Name, &self.name),
            text(Field::Number, &self.number),
            text(Field::Contact, &self.contact),
        ];
        texts.extend(self.tags.iter().map(|tag| text(Field::Tag, tag)));
        texts.push(text(Field::Notes, &self.notes));
        texts
    }
    fn moment(&self) -> OffsetDateTime {
        self.created
    }
}

impl Searchable for Item {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        vec![text(Field::Name, &self.name), text(Field::Sku, &self.sku)]
    }
    fn moment(&self) -> OffsetDateTime {
        self.created
    }
}

impl Searchable for Ticket {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        let mut texts = vec![
            (Field::Number, Cow::Owned(self.number.to_string())),
            text(Field::Subject, &self.subject),
        ];
        texts.extend(self.articles.iter().map(|a| text(Field::Article, &a.text)));
        texts
    }
    fn moment(&self) -> OffsetDateTime {
        self.created_at
    }
}

impl Searchable for Quote {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        vec![text(Field::Number, &self.number)]
    }
    fn moment(&self) -> OffsetDateTime {
        self.created
    }
}

impl Searchable for SalesOrder {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        vec![
            text(Field::Number, &self.number),
            text(Field::Reference, &self.reference),
        ]
    }
    fn moment(&self) -> OffsetDateTime {
        self.created
    }
}

impl Searchable for Invoice {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        vec![
            text(Field::Number, &self.number),
            text(Field::Reference, &self.buyer_reference),
            text(Field::Reference, &self.order_reference),
        ]
    }
    fn moment(&self) -> OffsetDateTime {
        self.issued_at
    }
}

impl Searchable for Campaign {
    fn texts(&self) -> Vec<(Field, Cow<'_, str>)> {
        vec![text(Field::Name, &self.name)]
    }
    fn moment(&self) -> OffsetDateTime {
        self.created
    }
}
