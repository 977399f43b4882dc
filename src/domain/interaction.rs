//! Interactions: every call, mail, visit or note with a customer, with an optional
//! follow-up. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::Invalid;
use super::invalid::parse_labelled;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    CallIn,
    CallOut,
    Email,
    Visit,
    Social,
    Chat,
    Note,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Self::CallIn,
        Self::CallOut,
        Self::Email,
        Self::Visit,
        Self::Social,
        Self::Chat,
        Self::Note,
    ];

    pub fn parse(text: &str) -> Result<Self, Invalid> {
        let names = Self::ALL.map(|channel| (channel.name(), channel));
        parse_labelled("channel", text, &names, Self::label)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::CallIn => "call-in",
            Self::CallOut => "call-out",
            Self::Email => "email",
            Self::Visit => "visit",
            Self::Social => "social",
            Self::Chat => "chat",
            Self::Note => "note",
        }
    }

    /// The name as a person reads it, in the current language (German `Anruf eingehend`); `name` is
    /// the machine name users type and exports write, and English shows it as it is.
    pub fn label(self) -> String {
        match self {
            Self::CallIn => crate::t!("domain-channel-call-in"),
            Self::CallOut => crate::t!("domain-channel-call-out"),
            Self::Email => crate::t!("domain-channel-email"),
            Self::Visit => crate::t!("domain-channel-visit"),
            Self::Social => crate::t!("domain-channel-social"),
            Self::Chat => crate::t!("domain-channel-chat"),
            Self::Note => crate::t!("domain-channel-note"),
        }
    }
}

impl Channel {
    /// A label of at most 9 characters for narrow list columns, in the current language
    /// (English the name; German `Anruf ein`, `Anruf aus`, …).
    pub fn short_label(self) -> String {
        match self {
            Self::CallIn => crate::t!("domain-channel-short-call-in"),
            Self::CallOut => crate::t!("domain-channel-short-call-out"),
            Self::Email => crate::t!("domain-channel-short-email"),
            Self::Visit => crate::t!("domain-channel-short-visit"),
            Self::Social => crate::t!("domain-channel-short-social"),
            Self::Chat => crate::t!("domain-channel-short-chat"),
            Self::Note => crate::t!("domain-channel-short-note"),
        }
    }
}

/// One contact with a customer. `duration` is in seconds; `follow_up` is the date by which
/// someone must get back to the customer, open until `follow_up_done`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    pub id: u64,
    pub customer_id: u64,
    pub contact: String,
    pub channel: Channel,
    pub subject: String,
    pub body: String,
    pub outcome: String,
    pub duration: u32,
    pub agent: String,
    pub at: OffsetDateTime,
    pub follow_up: Option<Date>,
    pub follow_up_done: bool,
    /// The campaign the contact answered or served: set on a reply to a marketing mail
    /// (`mail::mailing_reply`), which then counts as the campaign's response.
    pub campaign: Option<u64>,
    pub version: u64,
}

/// An interaction as schema 1 stored it: without a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InteractionV1 {
    pub id: u64,
    pub customer_id: u64,
    pub contact: String,
    pub channel: Channel,
    pub subject: String,
    pub body: String,
    pub outcome: String,
    pub duration: u32,
    pub agent: String,
    pub at: OffsetDateTime,
    pub follow_up: Option<Date>,
    pub follow_up_done: bool,
    pub version: u64,
}

impl From<InteractionV1> for Interaction {
    fn from(old: InteractionV1) -> Interaction {
        Interaction {
            id: old.id,
            customer_id: old.customer_id,
            contact: old.contact,
            channel: old.channel,
            subject: old.subject,
            body: old.body,
            outcome: old.outcome,
            duration: old.duration,
            agent: old.agent,
            at: old.at,
            follow_up: old.follow_up,
            follow_up_done: old.follow_up_done,
            campaign: None,
            version: old.version,
        }
    }
}

impl Interaction {
    /// The follow-up date while it is still open.
    pub fn open_follow_up(&self) -> Option<Date> {
        self.follow_up.filter(|_| !self.follow_up_done)
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if self.subject.trim().is_empty() {
            return Err(Invalid::new(
                "subject",
                crate::t!("domain-must-not-be-empty"),
            ));
        }
        Ok(())
    }

    /// The rules of logging a contact as it happens, on top of `validate`: a call (in or
    /// out) says what came of it. Imported history is exempt — it is what it was.
    pub fn validate_logged(&self) -> Result<(), Vec<Invalid>> {
        let mut problems: Vec<Invalid> = self.validate().err().into_iter().collect();
        let call = matches!(self.channel, Channel::CallIn | Channel::CallOut);
        if call && self.outcome.trim().is_empty() {
            problems.push(Invalid::new("outcome", crate::t!("domain-call-outcome")));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lang::in_german;

    #[test]
    fn channels_read_as_names_in_english_and_german_words_in_german() {
        assert_eq!(
            Channel::ALL.map(Channel::label),
            Channel::ALL.map(Channel::name)
        );
        assert_eq!(
            in_german(|| Channel::ALL.map(Channel::label)),
            [
                "Anruf eingehend",
                "Anruf ausgehend",
                "E-Mail",
                "Besuch",
                "Soziale Medien",
                "Chat",
                "Notiz"
            ]
        );
        assert_eq!(
            in_german(|| Channel::parse("anruf ausgehend")),
            Ok(Channel::CallOut)
        );
        assert_eq!(in_german(|| Channel::parse("e-mail")), Ok(Channel::Email));
        assert!(Channel::parse("Besuch").is_err());
    }
    use time::macros::date;

    fn call() -> Interaction {
        Interaction {
            id: 1,
            customer_id: 1,
            contact: String::new(),
            channel: Channel::CallIn,
            subject: "Order status".into(),
            body: String::new(),
            outcome: String::new(),
            duration: 0,
            agent: "anna".into(),
            at: OffsetDateTime::UNIX_EPOCH,
            follow_up: Some(date!(2026 - 12 - 01)),
            follow_up_done: false,
            campaign: None,
            version: 1,
        }
    }

    #[test]
    fn follow_up_is_open_until_done() {
        let mut interaction = call();
        assert_eq!(interaction.open_follow_up(), Some(date!(2026 - 12 - 01)));
        interaction.follow_up_done = true;
        assert_eq!(interaction.open_follow_up(), None);
    }

    #[test]
    fn channels_parse_by_name() {
        assert_eq!(Channel::parse("call-in").unwrap(), Channel::CallIn);
        assert_eq!(Channel::parse("Call_Out").unwrap(), Channel::CallOut);
        assert_eq!(Channel::parse("fax").unwrap_err().field, "channel");
    }

    #[test]
    fn a_logged_call_needs_an_outcome_other_contacts_and_history_do_not() {
        let mut interaction = call();
        let problems = interaction.validate_logged().unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "outcome");
        assert!(
            interaction.validate().is_ok(),
            "imported history keeps no outcome"
        );
        interaction.channel = Channel::CallOut;
        assert!(interaction.validate_logged().is_err());
        interaction.channel = Channel::Email;
        assert!(interaction.validate_logged().is_ok());
        interaction.channel = Channel::CallIn;
        interaction.outcome = "Angebot bis Freitag".into();
        interaction.subject = " ".into();
        let problems = interaction.validate_logged().unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "subject");
        interaction.subject = "Rückruf".into();
        assert!(interaction.validate_logged().is_ok());
    }

    #[test]
    fn subject_is_required() {
        let mut interaction = call();
        interaction.subject = " ".into();
        assert_eq!(interaction.validate().unwrap_err().field, "subject");
    }
}
