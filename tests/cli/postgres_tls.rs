//! TLS to PostgreSQL: a server with `ssl=on` and a certificate for 127.0.0.1 signed by a
//! test CA (made with `openssl`) that admits the database `kontor` over TLS only. kontor
//! connects with `sslmode=verify-full` and the CA; a wrong CA is refused in one line; a host
//! name the certificate does not name is refused by `verify-full` and accepted by
//! `verify-ca`; `sslmode=disable` (and no `sslmode`) reach a database open without TLS.

use super::postgres_failover::on;
use crate::common::certificates::certificates;
use crate::common::pg_cluster::Cluster;
use crate::common::{Scratch, last_error_line};

/// Who may connect how: `kontor` over TLS only, `plain` without TLS only, `postgres` (the
/// harness's own connection) without TLS.
const HBA: &str = "local all all trust
hostnossl postgres all 127.0.0.1/32 trust
hostnossl plain all 127.0.0.1/32 trust
hostssl kontor all 127.0.0.1/32 trust
";

#[test]
fn kontor_verifies_the_server_by_its_ca_and_refuses_a_wrong_one() {
    let scratch = Scratch::new();
    let ours = scratch.path().join("ours");
    let theirs = scratch.path().join("theirs");
    std::fs::create_dir_all(&ours).unwrap();
    std::fs::create_dir_all(&theirs).unwrap();
    let (ca, cert, key) = certificates(&ours);
    let (wrong_ca, _, _) = certificates(&theirs);
    let server = Cluster::primary(
        &[
            "ssl=on",
            "ssl_cert_file=server.pem",
            "ssl_key_file=server.key",
        ],
        |data| {
            std::fs::copy(&cert, data.join("server.pem")).unwrap();
            std::fs::copy(&key, data.join("server.key")).unwrap();
            std::fs::write(data.join("pg_hba.conf"), HBA).unwrap();
        },
    );
    server.execute("CREATE DATABASE kontor");
    server.execute("CREATE DATABASE plain");
    let db = scratch.db("db");
    let at = |host: &str, database: &str, parameters: &str| {
        format!(
            "postgres://postgres@{host}:{}/{database}?{parameters}",
            server.port()
        )
    };

    let verified = at(
        "127.0.0.1",
        "kontor",
        &format!("sslmode=verify-full&sslrootcert={}", ca.display()),
    );
    let added = on(
        &verified,
        &db,
        &["customer", "add", "--name", "Alfreds Futterkiste"],
        &[],
    );
    assert_eq!(added.code, 0, "{added:?}");
    let listed = on(
        &verified,
        &db,
        &["customer", "list", "--format", "csv"],
        &[],
    );
    assert!(listed.stdout.contains("Alfreds Futterkiste"), "{listed:?}");

    let wrong = at(
        "127.0.0.1",
        "kontor",
        &format!("sslmode=verify-full&sslrootcert={}", wrong_ca.display()),
    );
    let refused = on(&wrong, &db, &["customer", "list"], &[]);
    assert_eq!(refused.code, 1, "{refused:?}");
    let line = last_error_line(&refused);
    assert!(
        line.contains("cannot reach the PostgreSQL database"),
        "{line}"
    );
    assert!(line.contains("invalid peer certificate"), "{line}");

    let by_name = |mode: &str| {
        let url = at(
            "localhost",
            "kontor",
            &format!("sslmode={mode}&sslrootcert={}", ca.display()),
        );
        on(&url, &db, &["customer", "list", "--format", "csv"], &[])
    };
    let full = by_name("verify-full");
    assert_eq!(full.code, 1, "{full:?}");
    assert!(
        last_error_line(&full).contains("not valid for name"),
        "{full:?}"
    );
    let chain_only = by_name("verify-ca");
    assert_eq!(chain_only.code, 0, "{chain_only:?}");
    assert!(chain_only.stdout.contains("Alfreds Futterkiste"));

    for plain in [
        at("127.0.0.1", "plain", "sslmode=disable"),
        format!("postgres://postgres@127.0.0.1:{}/plain", server.port()),
    ] {
        let added = on(
            &plain,
            &db,
            &["customer", "add", "--name", "Ana Trujillo"],
            &[],
        );
        assert_eq!(added.code, 0, "{plain}: {added:?}");
    }
    let without_tls = on(
        &at("127.0.0.1", "kontor", "sslmode=disable"),
        &db,
        &["customer", "list"],
        &[],
    );
    assert_eq!(without_tls.code, 1, "{without_tls:?}");
    assert!(
        last_error_line(&without_tls).contains("no encryption"),
        "{without_tls:?}"
    );
}
