//! How a letter or a mailing greets a person: the person's gender (female, male, unknown)
//! and academic title, and the greeting line built from them in the current language —
//! "Sehr geehrte Frau Dr. Müller," / "Dear Ms Müller," when the gender is known, "Guten Tag
//! Alex Müller," / "Hello Alex Müller," when it is not. Room: domain (pure; the texts are
//! the language's messages).

use serde::{Deserialize, Serialize};

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

    /// A name as users type it (`f`, `female`, `w`, `weiblich`, `m`, `male`, `männlich`,
    /// `u`, `unknown`, `divers`, `d`).
    pub fn parse(text: &str) -> Option<Gender> {
        match text.trim().to_lowercase().as_str() {
            "f" | "female" | "w" | "weiblich" | "frau" | "ms" => Some(Gender::Female),
            "m" | "male" | "männlich" | "herr" | "mr" => Some(Gender::Male),
            "u" | "unknown" | "" | "d" | "divers" | "x" => Some(Gender::Unknown),
            _ => None,
        }
    }
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
    fn genders_as_typed() {
        assert_eq!(Gender::parse("W"), Some(Gender::Female));
        assert_eq!(Gender::parse("male"), Some(Gender::Male));
        assert_eq!(Gender::parse("divers"), Some(Gender::Unknown));
        assert_eq!(Gender::parse("other"), None);
    }
}
