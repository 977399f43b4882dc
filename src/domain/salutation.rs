//! How a letter or a mailing greets a person: the person's gender (female, male, unknown)
//! and academic title, and the greeting line built from them in the current language —
//! "Sehr geehrte Frau Dr. Müller," / "Dear Ms Müller," when the gender is known, "Guten Tag
//! Alex Müller," / "Hello Alex Müller," when it is not. Room: domain (pure; the texts are
//! the language's messages). `Addressing` is what a person customer or a contact stores of
//! it: gender, title and — only where the name's last word is not the surname ("Ursula von
//! der Leyen", "Gabriel García Márquez") — the surname; names stay one field everywhere
//! (search, duplicates, merge), so no first/last split.

use serde::{Deserialize, Serialize};

use super::Invalid;

/// A person's gender as a greeting needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Gender {
    Female,
    Male,
    #[default]
    Unknown,
}

impl Gender {
    /// The machine name (`female`, `male`, `unknown`).
    pub fn name(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unknown => "unknown",
        }
    }

    /// The name as a person reads it, in the current language (German `weiblich`); empty
    /// for unknown, which a form shows as nothing said.
    pub fn label(self) -> String {
        match self {
            Gender::Female => crate::t!("salutation-gender-female"),
            Gender::Male => crate::t!("salutation-gender-male"),
            Gender::Unknown => String::new(),
        }
    }

    /// A name as users type it (`f`, `female`, `w`, `weiblich`, `m`, `male`, `männlich`,
    /// `u`, `unknown`, `unbekannt`, `divers`, `d`).
    pub fn parse(text: &str) -> Option<Gender> {
        match text.trim().to_lowercase().as_str() {
            "f" | "female" | "w" | "weiblich" | "frau" | "ms" => Some(Gender::Female),
            "m" | "male" | "männlich" | "herr" | "mr" => Some(Gender::Male),
            "u" | "unknown" | "unbekannt" | "" | "d" | "divers" | "x" => Some(Gender::Unknown),
            _ => None,
        }
    }
}

/// How a stored person (a person customer, a contact) is greeted: empty greets neutrally
/// by the full name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addressing {
    pub gender: Gender,
    /// The academic title as written (`Dr.`, `Prof. Dr.`), trimmed; empty when none.
    pub title: String,
    /// The surname, trimmed; empty: the last word of the name.
    pub surname: String,
}

impl Addressing {
    /// Gender, title and surname read as typed; a gender nobody knows is refused under
    /// `field`.
    pub fn parse(
        field: &'static str,
        gender: &str,
        title: &str,
        surname: &str,
    ) -> Result<Addressing, Invalid> {
        Ok(Addressing {
            gender: parse_gender(field, gender)?,
            title: title.trim().to_string(),
            surname: surname.split_whitespace().collect::<Vec<_>>().join(" "),
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Addressing::default()
    }

    /// The salutation of the person called `full_name`.
    pub fn salutation(&self, full_name: &str) -> Salutation {
        let mut salutation = Salutation::of_name(full_name, self.gender, &self.title);
        if !self.surname.is_empty() {
            salutation.surname = self.surname.clone();
        }
        salutation
    }

    /// The gender as exports write it: the machine name, empty when unknown.
    pub fn gender_text(&self) -> String {
        match self.gender {
            Gender::Unknown => String::new(),
            gender => gender.name().to_string(),
        }
    }
}

/// A gender as typed (`Gender::parse`), refused under `field` naming what is accepted.
pub fn parse_gender(field: &'static str, text: &str) -> Result<Gender, Invalid> {
    Gender::parse(text).ok_or_else(|| {
        Invalid::new(
            field,
            crate::t!("salutation-gender-unknown", text = text.trim()),
        )
    })
}

/// Whom a greeting addresses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Salutation {
    pub gender: Gender,
    /// The academic title as written (`Dr.`, `Prof. Dr.`), empty when none.
    pub title: String,
    /// The surname the formal greeting uses.
    pub surname: String,
    /// The full name the neutral greeting uses (`Alex Müller`).
    pub full_name: String,
}

impl Salutation {
    /// A salutation of `full_name` whose surname is its last word.
    pub fn of_name(full_name: &str, gender: Gender, title: &str) -> Salutation {
        let full_name = full_name.split_whitespace().collect::<Vec<_>>().join(" ");
        Salutation {
            gender,
            title: title.trim().to_string(),
            surname: full_name.rsplit(' ').next().unwrap_or_default().to_string(),
            full_name,
        }
    }
}

/// The greeting line of `salutation` in the current language, comma included.
pub fn greeting(salutation: &Salutation) -> String {
    let english = crate::lang::current().lang == crate::lang::Lang::En;
    // English titles go without the full stop ("Dr Weber"), German ones keep it.
    let title = match english {
        true => salutation.title.replace('.', ""),
        false => salutation.title.clone(),
    };
    let title = title.trim();
    let name = match title.is_empty() {
        true => salutation.surname.clone(),
        false => format!("{title} {}", salutation.surname),
    };
    let full = salutation.full_name.as_str();
    match (salutation.gender, salutation.surname.is_empty()) {
        (_, true) => crate::t!("salutation-nobody"),
        // English: a title replaces Ms / Mr ("Dear Dr Weber").
        (Gender::Female | Gender::Male, false) if english && !title.is_empty() => {
            crate::t!("salutation-titled", name = name.as_str())
        }
        (Gender::Female, false) => crate::t!("salutation-female", name = name.as_str()),
        (Gender::Male, false) => crate::t!("salutation-male", name = name.as_str()),
        (Gender::Unknown, false) => crate::t!("salutation-unknown", name = full),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Lang, Locale, Zone, scope};

    fn in_lang(lang: Lang, salutation: &Salutation) -> String {
        scope(Locale::new(lang, Zone::UTC), || greeting(salutation))
    }

    #[test]
    fn german_greetings() {
        let frau = Salutation::of_name("Anna Müller", Gender::Female, "Dr.");
        assert_eq!(in_lang(Lang::De, &frau), "Sehr geehrte Frau Dr. Müller,");
        let herr = Salutation::of_name("Jan  Weber", Gender::Male, "");
        assert_eq!(in_lang(Lang::De, &herr), "Sehr geehrter Herr Weber,");
        let alex = Salutation::of_name("Alex Müller", Gender::Unknown, "Dr.");
        assert_eq!(in_lang(Lang::De, &alex), "Guten Tag Alex Müller,");
        assert_eq!(
            in_lang(Lang::De, &Salutation::default()),
            "Sehr geehrte Damen und Herren,"
        );
    }

    #[test]
    fn english_greetings() {
        let ms = Salutation::of_name("Anna Müller", Gender::Female, "");
        assert_eq!(in_lang(Lang::En, &ms), "Dear Ms Müller,");
        let dr = Salutation::of_name("Jan Weber", Gender::Male, "Dr.");
        assert_eq!(in_lang(Lang::En, &dr), "Dear Dr Weber,");
        let alex = Salutation::of_name("Alex Müller", Gender::Unknown, "");
        assert_eq!(in_lang(Lang::En, &alex), "Hello Alex Müller,");
        assert_eq!(
            in_lang(Lang::En, &Salutation::default()),
            "Dear Sir or Madam,"
        );
    }

    #[test]
    fn a_stored_surname_replaces_the_last_word() {
        let stored = Addressing::parse("gender", "w", " Prof. Dr. ", "von der  Leyen").unwrap();
        let salutation = stored.salutation("Ursula von der Leyen");
        assert_eq!(
            in_lang(Lang::De, &salutation),
            "Sehr geehrte Frau Prof. Dr. von der Leyen,"
        );
        let plain = Addressing::parse("gender", "male", "", "").unwrap();
        assert_eq!(
            in_lang(Lang::De, &plain.salutation("Jan Weber")),
            "Sehr geehrter Herr Weber,"
        );
        assert!(
            Addressing::parse("gender", "divers", "", "")
                .unwrap()
                .is_empty()
        );
        assert_eq!(plain.gender_text(), "male");
        assert_eq!(Addressing::default().gender_text(), "");
        let refused = Addressing::parse("contact_gender", "other", "", "").unwrap_err();
        assert_eq!(refused.field, "contact_gender");
        assert!(refused.message.contains("other"), "{}", refused.message);
    }

    #[test]
    fn genders_as_typed() {
        assert_eq!(Gender::parse("W"), Some(Gender::Female));
        assert_eq!(Gender::parse("male"), Some(Gender::Male));
        assert_eq!(Gender::parse("divers"), Some(Gender::Unknown));
        assert_eq!(Gender::parse("other"), None);
    }
}
