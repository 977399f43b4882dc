//! Subjects of ticket mail for the mailgate: kontor's tag `[Ticket#2026-000123-7]` and the
//! reply prefixes. The functions live in `domain::ticket::subject`, where a ticket's answers
//! (core) write the same tag the mailgate reads. Room: mail (pure).

pub use crate::domain::ticket::subject::{
    DEFAULT_TAG_WORD, own_tags, reply_subject, strip_prefixes, subject_with_tag, tag,
    without_own_tags,
};
