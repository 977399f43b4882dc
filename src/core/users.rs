//! Accounts of `kontor serve`: commands to add and remove users, set their role and manage
//! their SSH keys and language, and the queries the CLI and the server's login use. Users are the
//! admin's area: `execute` refuses these commands for every other role. Room: core.

use super::access::{self, Access, Area};
use super::{Actor, CoreError, Role};
use crate::domain::Invalid;
use crate::domain::user::{User, UserKey, parse_key, validate_name};
use crate::lang::Lang;
use crate::store::kinds::user as users;
use crate::store::{Store, StoreError, Tx, TxResult, abort};

/// A change to the accounts. Keys are OpenSSH public key lines as the user gave them; the
/// core reads and fingerprints them.
#[derive(Debug, Clone)]
pub enum UserCommand {
    Add {
        name: String,
        role: Role,
        keys: Vec<String>,
        /// The language of the account's sessions; `None`: the client's, else the server's.
        lang: Option<Lang>,
    },
    Remove {
        name: String,
    },
    SetRole {
        name: String,
        role: Role,
    },
    /// Sets the language of the account's sessions (`None`: the client's, else the server's).
    SetLang {
        name: String,
        lang: Option<Lang>,
    },
    AddKey {
        name: String,
        key: String,
    },
    /// Removes the key with this fingerprint (`SHA256:…`; the prefix may be left out).
    RemoveKey {
        name: String,
        fingerprint: String,
    },
}

/// What a user command did; each carries the account as it now is (or was, when removed).
#[derive(Debug, Clone)]
pub enum UserEvent {
    Added(User),
    Removed(User),
    Changed(User),
}

/// Runs a user command (the caller, `core::execute`, has checked the admin role).
pub fn execute(
    store: &Store,
    command: UserCommand,
    now: time::OffsetDateTime,
) -> Result<UserEvent, CoreError> {
    match command {
        UserCommand::Add {
            name,
            role,
            keys,
            lang,
        } => {
            validate_name(&name)?;
            let keys = keys
                .iter()
                .map(|line| parse_key(line))
                .collect::<Result<Vec<UserKey>, Invalid>>()?;
            let user = User {
                id: 0,
                name,
                role: role.name().to_string(),
                keys,
                created: now,
                version: 0,
                lang,
            };
            let added = store.transaction(|tx| {
                if users::holder_of_name(tx, &user.name)?.is_some() {
                    return abort(StoreError::Refused(crate::t!(
                        "core-user-exists",
                        name = user.name.as_str()
                    )));
                }
                let mut seen = Vec::new();
                for key in &user.keys {
                    if seen.contains(&&key.fingerprint) {
                        return abort(StoreError::Refused(crate::t!(
                            "core-user-key-twice",
                            fingerprint = key.fingerprint.as_str()
                        )));
                    }
                    seen.push(&key.fingerprint);
                    refuse_taken_key(tx, key)?;
                }
                let mut user = user.clone();
                tx.insert(&mut user)?;
                Ok(user)
            })?;
            Ok(UserEvent::Added(added))
        }
        UserCommand::Remove { name } => {
            let removed = store.transaction(|tx| {
                let user = require_user(tx, &name)?;
                tx.remove::<User>(user.id)
            })?;
            Ok(UserEvent::Removed(removed))
        }
        UserCommand::SetRole { name, role } => change(store, &name, |_, user| {
            user.role = role.name().to_string();
            Ok(())
        }),
        UserCommand::SetLang { name, lang } => change(store, &name, |_, user| {
            user.lang = lang;
            Ok(())
        }),
        UserCommand::AddKey { name, key } => {
            let key = parse_key(&key)?;
            change(store, &name, |tx, user| {
                if user.has_key(&key.fingerprint) {
                    return abort(StoreError::Refused(crate::t!(
                        "core-user-has-key",
                        name = user.name.as_str(),
                        fingerprint = key.fingerprint.as_str()
                    )));
                }
                refuse_taken_key(tx, &key)?;
                user.keys.push(key.clone());
                Ok(())
            })
        }
        UserCommand::RemoveKey { name, fingerprint } => {
            let fingerprint = normalize_fingerprint(&fingerprint);
            change(store, &name, |_, user| {
                if !user.has_key(&fingerprint) {
                    return abort(StoreError::Refused(crate::t!(
                        "core-user-no-such-key",
                        name = user.name.as_str(),
                        fingerprint = fingerprint.as_str()
                    )));
                }
                user.keys.retain(|key| key.fingerprint != fingerprint);
                Ok(())
            })
        }
    }
}

/// Reads the named account, lets `edit` change it and saves it, in one transaction.
fn change(
    store: &Store,
    name: &str,
    edit: impl Fn(&Tx, &mut User) -> TxResult<()>,
) -> Result<UserEvent, CoreError> {
    let changed = store.transaction(|tx| {
        let mut user = require_user(tx, name)?;
        edit(tx, &mut user)?;
        tx.update(&mut user, None)?;
        Ok(user)
    })?;
    Ok(UserEvent::Changed(changed))
}

fn require_user(tx: &Tx, name: &str) -> TxResult<User> {
    match users::holder_of_name(tx, name)? {
        Some(id) => tx.require::<User>(id),
        None => abort(StoreError::Refused(crate::t!(
            "core-user-unknown",
            name = name
        ))),
    }
}

/// Refuses a key that already belongs to an account, naming the account.
fn refuse_taken_key(tx: &Tx, key: &UserKey) -> TxResult<()> {
    match users::holder_of_fingerprint(tx, &key.fingerprint)? {
        Some(id) => {
            let owner = tx
                .get::<User>(id)?
                .map_or_else(|| format!("{id}"), |u| u.name);
            abort(StoreError::Refused(crate::t!(
                "core-user-key-taken",
                fingerprint = key.fingerprint.as_str(),
                owner = owner
            )))
        }
        None => Ok(()),
    }
}

/// `SHA256:abc`, also when given as `abc`.
fn normalize_fingerprint(text: &str) -> String {
    let text = text.trim();
    if text.starts_with("SHA256:") {
        text.to_string()
    } else {
        format!("SHA256:{text}")
    }
}

/// Every account in id order; for admins.
pub fn list(store: &Store, actor: &Actor) -> Result<Vec<User>, CoreError> {
    access::require(actor, Area::Admin, Access::Read)?;
    Ok(store.scan::<User>()?.collect::<Result<Vec<_>, _>>()?)
}

/// The role an account has.
pub fn role_of(user: &User) -> Result<Role, CoreError> {
    Ok(user.role.parse::<Role>()?)
}

/// Who logs in when `name` offers a key with this fingerprint: the account's actor, or
/// `None` when there is no such account or the key is not one of its keys.
pub fn login(store: &Store, name: &str, fingerprint: &str) -> Result<Option<Actor>, CoreError> {
    let Some(id) = users::by_fingerprint(store, fingerprint)? else {
        return Ok(None);
    };
    match store.get::<User>(id)? {
        Some(user) if user.name == name && user.has_key(fingerprint) => Ok(Some(Actor {
            role: role_of(&user)?,
            name: user.name,
        })),
        _ => Ok(None),
    }
}

/// The language an account's sessions are shown in, when the account has one set.
pub fn language(store: &Store, name: &str) -> Result<Option<Lang>, CoreError> {
    let Some(id) = users::by_name(store, name)? else {
        return Ok(None);
    };
    Ok(store.get::<User>(id)?.and_then(|user| user.lang))
}

/// Whether an account with this name exists (for the server's log of refused logins).
pub fn exists(store: &Store, name: &str) -> Result<bool, CoreError> {
    Ok(users::by_name(store, name)?.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Command, Event};

    const ANNA: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPCLpRGQGdzzch+1625KX0g/Z+jT5YDHzv93RptwMZeA anna@desk";
    const ANNA_FP: &str = "SHA256:u6EwBCGDMHwjrsmsWmGpjq+Uyvf3OT+VgyPT7F07rKA";
    const OTHER: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPeBhT0Xv76rlKv3DzIh/5LUjcwEVuuz4IBFKThIGHbI other";

    fn run(store: &Store, command: UserCommand) -> Result<User, CoreError> {
        match crate::core::execute(
            store,
            &crate::core::clock::test_clock(),
            &Actor::local("root"),
            Command::Users(command),
        )? {
            Event::Users(UserEvent::Added(user) | UserEvent::Changed(user)) => Ok(user),
            Event::Users(UserEvent::Removed(user)) => Ok(user),
            other => panic!("unexpected event {other:?}"),
        }
    }

    fn add(store: &Store, name: &str, role: Role, key: &str) -> Result<User, CoreError> {
        let keys = vec![key.to_string()];
        let name = name.to_string();
        let lang = None;
        run(
            store,
            UserCommand::Add {
                name,
                role,
                keys,
                lang,
            },
        )
    }

    #[test]
    fn accounts_log_in_with_their_keys_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let anna = add(&store, "anna", Role::Agent, ANNA).unwrap();
        assert_eq!(anna.keys[0].fingerprint, ANNA_FP);
        let actor = login(&store, "anna", ANNA_FP).unwrap().unwrap();
        assert_eq!(actor.role, Role::Agent);
        assert_eq!(login(&store, "bob", ANNA_FP).unwrap(), None);
        assert_eq!(login(&store, "anna", "SHA256:nope").unwrap(), None);
        assert!(exists(&store, "anna").unwrap() && !exists(&store, "bob").unwrap());

        let error = add(&store, "anna", Role::Sales, OTHER).unwrap_err();
        assert_eq!(error.to_string(), "user \"anna\" already exists");
        let error = add(&store, "bob", Role::Sales, ANNA).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("already belongs to user \"anna\""),
            "{error}"
        );
        let error = add(&store, "Bob", Role::Sales, OTHER).unwrap_err();
        assert!(error.is_user_error(), "{error}");

        let name = "anna".to_string();
        run(
            &store,
            UserCommand::SetRole {
                name: name.clone(),
                role: Role::Payroll,
            },
        )
        .unwrap();
        assert_eq!(
            login(&store, "anna", ANNA_FP).unwrap().unwrap().role,
            Role::Payroll
        );
        let fingerprint = ANNA_FP.trim_start_matches("SHA256:").to_string();
        let user = run(
            &store,
            UserCommand::RemoveKey {
                name: name.clone(),
                fingerprint,
            },
        )
        .unwrap();
        assert!(user.keys.is_empty());
        assert_eq!(login(&store, "anna", ANNA_FP).unwrap(), None);
        let user = run(
            &store,
            UserCommand::AddKey {
                name: name.clone(),
                key: ANNA.into(),
            },
        )
        .unwrap();
        assert_eq!(user.keys.len(), 1);
        let error = run(
            &store,
            UserCommand::AddKey {
                name: name.clone(),
                key: "junk".into(),
            },
        );
        assert!(error.unwrap_err().is_user_error());
        run(&store, UserCommand::Remove { name: name.clone() }).unwrap();
        assert_eq!(login(&store, "anna", ANNA_FP).unwrap(), None);
        assert!(run(&store, UserCommand::Remove { name }).is_err());
        assert!(store.check().unwrap().is_empty());
    }

    #[test]
    fn only_admins_manage_users() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let agent = Actor {
            name: "anna".into(),
            role: Role::Agent,
        };
        let command = UserCommand::Remove { name: "x".into() };
        let error = crate::core::execute(
            &store,
            &crate::core::clock::test_clock(),
            &agent,
            Command::Users(command),
        )
        .unwrap_err();
        assert!(error.to_string().contains("not permitted"), "{error}");
        assert!(list(&store, &agent).is_err());
    }
}
