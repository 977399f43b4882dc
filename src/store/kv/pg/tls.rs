//! TLS to PostgreSQL through rustls (the ring provider lettre builds already), chosen by
//! libpq's parameters in the store's address: `sslmode` = `disable`, `prefer`, `require`,
//! `verify-ca` or `verify-full`, and `sslrootcert=FILE`, the PEM root certificates to trust.
//! The `postgres` client knows neither `verify-*` nor `sslrootcert`, so they are taken out of
//! the address here and the rest is the client's to parse. Without `sslmode`, the connection
//! is not encrypted. As in libpq: `require` encrypts and, given `sslrootcert`, checks the
//! server's chain as `verify-ca` does; `verify-ca` checks the chain but not the host name;
//! `verify-full` checks both. Room: store.

use std::sync::Arc;

use postgres::Config;
use postgres::config::SslMode;
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use tokio_postgres_rustls::MakeRustlsConnect;

/// How a connection is secured: not at all, or by rustls configured from the address.
pub(super) type Tls = Option<MakeRustlsConnect>;

/// The client's configuration and TLS for `address`, or why it is not a usable address.
pub(super) fn configure(address: &str) -> Result<(Config, Tls), String> {
    let (rest, taken) = take_parameters(address, &["sslmode", "sslrootcert"]);
    let mut config: Config = rest
        .parse()
        .map_err(|error: postgres::Error| error.to_string())?;
    let [mode, root] = taken;
    let roots = root.map(|file| read_roots(&file)).transpose()?;
    let check = match (mode.as_deref(), roots) {
        (None | Some("disable"), _) => {
            config.ssl_mode(SslMode::Disable);
            return Ok((config, None));
        }
        (Some("prefer"), _) => {
            config.ssl_mode(SslMode::Prefer);
            Check::Nothing
        }
        (Some("require"), None) => Check::Nothing,
        (Some("require" | "verify-ca"), Some(roots)) => Check::Chain(roots),
        (Some("verify-full"), Some(roots)) => Check::ChainAndName(roots),
        (Some("verify-ca" | "verify-full"), None) => {
            return Err("sslmode verify-ca and verify-full need sslrootcert=FILE, \
                        the root certificate to trust"
                .to_string());
        }
        (Some(other), _) => {
            return Err(format!(
                "sslmode {other} is none of disable, prefer, require, verify-ca, verify-full"
            ));
        }
    };
    if mode.as_deref() != Some("prefer") {
        config.ssl_mode(SslMode::Require);
    }
    Ok((config, Some(MakeRustlsConnect::new(client_config(check)?))))
}

/// What is checked of the server's certificate.
enum Check {
    Nothing,
    Chain(RootCertStore),
    ChainAndName(RootCertStore),
}

#[expect(
    deprecated,
    reason = "ring's provider has no post-quantum key exchange; it is the one kontor builds \
              for mail already, where aws-lc-rs would add a C library to the build"
)]
fn client_config(check: Check) -> Result<ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|error| error.to_string())?;
    let algorithms = provider.signature_verification_algorithms;
    let config = match check {
        Check::ChainAndName(roots) => builder.with_root_certificates(roots),
        Check::Chain(roots) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyName {
                chain: Some(chain_verifier(roots, provider)?),
                algorithms,
            })),
        Check::Nothing => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyName {
                chain: None,
                algorithms,
            })),
    };
    Ok(config.with_no_client_auth())
}

fn chain_verifier(
    roots: RootCertStore,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<WebPkiServerVerifier>, String> {
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
        .build()
        .map_err(|error| error.to_string())
}

/// The root certificates in the PEM file `file`.
fn read_roots(file: &str) -> Result<RootCertStore, String> {
    let unreadable = |reason: String| format!("sslrootcert {file}: {reason}");
    let mut roots = RootCertStore::empty();
    for certificate in CertificateDer::pem_file_iter(file).map_err(|e| unreadable(e.to_string()))? {
        let certificate = certificate.map_err(|e| unreadable(e.to_string()))?;
        roots
            .add(certificate)
            .map_err(|e| unreadable(e.to_string()))?;
    }
    if roots.is_empty() {
        return Err(unreadable("holds no certificate".to_string()));
    }
    Ok(roots)
}

/// A server's certificate checked up to a trusted root (`chain`) but for any host name, or
/// (no `chain`) not checked at all; its handshake signatures are always checked.
#[derive(Debug)]
struct AnyName {
    chain: Option<Arc<WebPkiServerVerifier>>,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            checked => checked,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        signature: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, signature, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        signature: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, signature, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// `address` without the parameters `names` (URL query or `key=value` words), and their
/// values in the order of `names`.
fn take_parameters<const N: usize>(
    address: &str,
    names: &[&str; N],
) -> (String, [Option<String>; N]) {
    let mut taken: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut take = |word: &str| {
        let Some((key, value)) = word.split_once('=') else {
            return false;
        };
        match names.iter().position(|name| *name == key) {
            Some(slot) => {
                taken[slot] = Some(value.to_string());
                true
            }
            None => false,
        }
    };
    let rest = match address.split_once('?') {
        Some((base, query)) if address.contains("://") => {
            let kept: Vec<&str> = query.split('&').filter(|word| !take(word)).collect();
            if kept.is_empty() {
                base.to_string()
            } else {
                format!("{base}?{}", kept.join("&"))
            }
        }
        _ if address.contains("://") => address.to_string(),
        _ => address
            .split_whitespace()
            .filter(|word| !take(word))
            .collect::<Vec<_>>()
            .join(" "),
    };
    (rest, taken)
}

#[cfg(test)]
mod tests {
    use super::{configure, take_parameters};

    #[test]
    fn the_tls_parameters_are_taken_out_of_either_form_of_address() {
        let names = ["sslmode", "sslrootcert"];
        assert_eq!(
            take_parameters(
                "postgres://k@a:1,b:2/db?sslmode=verify-full&target_session_attrs=read-write&sslrootcert=/etc/ca.pem",
                &names
            ),
            (
                "postgres://k@a:1,b:2/db?target_session_attrs=read-write".to_string(),
                [
                    Some("verify-full".to_string()),
                    Some("/etc/ca.pem".to_string())
                ]
            )
        );
        assert_eq!(
            take_parameters("postgres://k@a/db?sslmode=require", &names),
            (
                "postgres://k@a/db".to_string(),
                [Some("require".to_string()), None]
            )
        );
        assert_eq!(
            take_parameters("host=a,b port=1,2 sslmode=disable dbname=db", &names),
            (
                "host=a,b port=1,2 dbname=db".to_string(),
                [Some("disable".to_string()), None]
            )
        );
    }

    #[test]
    fn verifying_needs_a_root_certificate_and_a_known_mode() {
        let refused = |address: &str| configure(address).err().unwrap_or_default();
        assert!(refused("postgres://k@a/db?sslmode=verify-full").contains("sslrootcert=FILE"));
        assert!(refused("postgres://k@a/db?sslmode=sometimes").contains("sslmode sometimes"));
        assert!(
            refused("postgres://k@a/db?sslmode=verify-ca&sslrootcert=/nonexistent/ca.pem")
                .starts_with("sslrootcert /nonexistent/ca.pem: ")
        );
        assert!(configure("postgres://k@a/db?sslmode=require").is_ok_and(|(_, tls)| tls.is_some()));
        assert!(configure("postgres://k@a/db").is_ok_and(|(_, tls)| tls.is_none()));
    }
}
