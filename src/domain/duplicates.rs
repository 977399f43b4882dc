//! When two people or firms are probably the same: the match keys of a customer or a lead
//! and the rule each key stands for. Two records sharing one key are a duplicate candidate:
//! the same normalized e-mail address, the same phone number (E.164), the same e-mail domain
//! unless it is a freemail domain (thousands of strangers share `gmx.de`), or the same folded
//! name in the same folded city. Room: domain (pure).

use super::Phone;
use super::fold::fold;

/// Why two records are taken for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchRule {
    Email,
    Phone,
    Domain,
    NameCity,
}

impl MatchRule {
    pub const ALL: [MatchRule; 4] = [Self::Email, Self::Phone, Self::Domain, Self::NameCity];

    /// The machine name exports and JSON carry.
    pub fn name(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Domain => "domain",
            Self::NameCity => "name-city",
        }
    }

    /// The rule as a person reads it, in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Email => crate::t!("domain-duplicate-rule-email"),
            Self::Phone => crate::t!("domain-duplicate-rule-phone"),
            Self::Domain => crate::t!("domain-duplicate-rule-domain"),
            Self::NameCity => crate::t!("domain-duplicate-rule-name-city"),
        }
    }
}

/// One key: records with an equal key are candidates, for the key's rule. `value` is the
/// normalized e-mail, the E.164 number, the domain, or `name|city` folded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MatchKey {
    pub rule: MatchRule,
    pub value: String,
}

/// What a record offers for matching.
#[derive(Debug, Clone, Copy, Default)]
pub struct Identity<'a> {
    /// The firm's or the person's name.
    pub name: &'a str,
    pub emails: &'a [String],
    pub phones: &'a [Phone],
    pub cities: &'a [&'a str],
}

/// Every key of an identity, sorted, without repeats. Names or cities that fold to nothing
/// give no name-city key; a freemail domain gives no domain key.
pub fn match_keys(identity: &Identity<'_>) -> Vec<MatchKey> {
    let mut keys = Vec::new();
    for email in identity.emails {
        let Some(address) = normalize_email(email) else {
            continue;
        };
        if let Some(domain) = email_domain(&address).filter(|domain| !is_freemail(domain)) {
            keys.push(MatchKey {
                rule: MatchRule::Domain,
                value: domain.to_string(),
            });
        }
        keys.push(MatchKey {
            rule: MatchRule::Email,
            value: address,
        });
    }
    for phone in identity
        .phones
        .iter()
        .filter(|phone| !phone.e164.is_empty())
    {
        keys.push(MatchKey {
            rule: MatchRule::Phone,
            value: phone.e164.clone(),
        });
    }
    let name = fold(identity.name);
    if !name.is_empty() {
        for city in identity.cities.iter().map(|city| fold(city)) {
            if !city.is_empty() {
                keys.push(MatchKey {
                    rule: MatchRule::NameCity,
                    value: format!("{name}|{city}"),
                });
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

impl super::customer::Customer {
    /// The customer's match keys: its own name in each address's city, and its and its
    /// contacts' e-mails and phones.
    pub fn match_keys(&self) -> Vec<MatchKey> {
        let emails: Vec<String> = self.all_emails().cloned().collect();
        let phones: Vec<Phone> = self.all_phones().cloned().collect();
        let cities: Vec<&str> = self
            .addresses
            .iter()
            .map(|address| address.city.as_str())
            .collect();
        match_keys(&Identity {
            name: &self.name,
            emails: &emails,
            phones: &phones,
            cities: &cities,
        })
    }
}

/// The rules two identities match by, in rule order, each once.
pub fn shared_rules(left: &[MatchKey], right: &[MatchKey]) -> Vec<MatchRule> {
    let mut rules: Vec<MatchRule> = left
        .iter()
        .filter(|key| right.contains(key))
        .map(|key| key.rule)
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

/// The address trimmed and lower-cased (the local part too: mail servers that tell case
/// apart are vanishingly rare, and people type both); `None` unless it has one `@` with
/// something on both sides and a dot in the domain.
pub fn normalize_email(text: &str) -> Option<String> {
    let address = text.trim().to_lowercase();
    let (local, domain) = address.split_once('@')?;
    let valid = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address.chars().any(char::is_whitespace);
    valid.then_some(address)
}

/// The domain of a normalized address.
pub fn email_domain(address: &str) -> Option<&str> {
    address.split_once('@').map(|(_, domain)| domain)
}

/// Mail providers whose addresses belong to unrelated people: a shared domain there says
/// nothing. German, Austrian and Swiss providers first, then the international ones.
const FREEMAIL: &[&str] = &[
    "gmx.de",
    "gmx.net",
    "gmx.at",
    "gmx.ch",
    "gmx.com",
    "web.de",
    "t-online.de",
    "freenet.de",
    "arcor.de",
    "online.de",
    "posteo.de",
    "mailbox.org",
    "mail.de",
    "email.de",
    "1und1.de",
    "vodafone.de",
    "kabelmail.de",
    "bluewin.ch",
    "aon.at",
    "chello.at",
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.de",
    "yahoo.co.uk",
    "yahoo.fr",
    "ymail.com",
    "hotmail.com",
    "hotmail.de",
    "hotmail.co.uk",
    "hotmail.fr",
    "outlook.com",
    "outlook.de",
    "live.com",
    "live.de",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "aol.de",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "tutanota.com",
    "tuta.io",
    "zoho.com",
    "yandex.com",
    "yandex.ru",
    "mail.ru",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "libero.it",
    "virgilio.it",
    "btinternet.com",
    "qq.com",
    "163.com",
];

/// Whether a lower-case domain is a freemail provider's.
pub fn is_freemail(domain: &str) -> bool {
    FREEMAIL.contains(&domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone(e164: &str) -> Phone {
        Phone {
            raw: e164.to_string(),
            e164: e164.to_string(),
        }
    }

    #[test]
    fn emails_match_whatever_their_case_and_spaces() {
        let left = match_keys(&Identity {
            emails: &[" Anna.Weber@Weber-Bau.DE ".to_string()],
            ..Identity::default()
        });
        let right = match_keys(&Identity {
            emails: &["anna.weber@weber-bau.de".to_string()],
            ..Identity::default()
        });
        assert_eq!(
            shared_rules(&left, &right),
            vec![MatchRule::Email, MatchRule::Domain]
        );
    }

    #[test]
    fn a_freemail_domain_alone_is_no_match() {
        let left = match_keys(&Identity {
            emails: &["anna@gmx.de".to_string()],
            ..Identity::default()
        });
        let right = match_keys(&Identity {
            emails: &["bernd@gmx.de".to_string()],
            ..Identity::default()
        });
        assert!(shared_rules(&left, &right).is_empty());
        let firm = match_keys(&Identity {
            emails: &["bernd@weber-bau.de".to_string()],
            ..Identity::default()
        });
        let colleague = match_keys(&Identity {
            emails: &["anna@weber-bau.de".to_string()],
            ..Identity::default()
        });
        assert_eq!(shared_rules(&firm, &colleague), vec![MatchRule::Domain]);
    }

    #[test]
    fn phones_match_by_e164_and_names_by_folded_name_and_city() {
        let phones = [phone("+4930123456")];
        let left = match_keys(&Identity {
            name: "Müller GmbH",
            phones: &phones,
            cities: &["München"],
            ..Identity::default()
        });
        let right = match_keys(&Identity {
            name: "MULLER gmbh",
            phones: &phones,
            cities: &["munchen"],
            ..Identity::default()
        });
        assert_eq!(
            shared_rules(&left, &right),
            vec![MatchRule::Phone, MatchRule::NameCity]
        );
        let elsewhere = match_keys(&Identity {
            name: "Müller GmbH",
            cities: &["Hamburg"],
            ..Identity::default()
        });
        assert!(shared_rules(&left, &elsewhere).is_empty());
    }

    #[test]
    fn malformed_addresses_and_empty_names_give_no_keys() {
        for text in [
            "", "anna", "@x.de", "anna@", "anna@de", "a b@x.de", "a@@x.de",
        ] {
            assert_eq!(normalize_email(text), None, "{text}");
        }
        let keys = match_keys(&Identity {
            name: "  ",
            cities: &["Berlin"],
            emails: &["not an address".to_string()],
            ..Identity::default()
        });
        assert!(keys.is_empty());
    }
}
