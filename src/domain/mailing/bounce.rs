//! Bounces of marketing mail: one record per delivery status notification that came back
//! for a send (hard: a permanent failure, status 5.x.x; soft: a temporary one, 4.x.x), and
//! the rule that turns soft bounces into a suppression — `SoftRule`: at least `count`
//! within `weeks` weeks, spread over more than `spread_days` days (a full mailbox for one
//! afternoon is no reason; one full for a month is). Hard bounces suppress at once.
//! Bounces are not complaints: they never touch consent. Room: domain — no I/O.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// One bounce of one send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailingBounce {
    pub id: u64,
    pub version: u64,
    pub send: u64,
    /// The send's address key.
    pub address: String,
    pub at: OffsetDateTime,
    pub hard: bool,
    /// The RFC 3463 status (`5.1.1`), as the report gave it.
    pub status: String,
    /// The reporting server's diagnostic, if any (`smtp; 550 5.1.1 no such user`).
    pub diagnostic: String,
}

/// When soft bounces suppress an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SoftRule {
    pub count: u32,
    pub weeks: u32,
    pub spread_days: u32,
}

impl Default for SoftRule {
    fn default() -> SoftRule {
        SoftRule {
            count: 5,
            weeks: 13,
            spread_days: 7,
        }
    }
}

impl SoftRule {
    /// Whether soft bounces at `ats` suppress the address at `now`: at least `count` of
    /// them in the `weeks` before `now`, the first and last of those more than
    /// `spread_days` apart.
    pub fn reached(&self, ats: &[OffsetDateTime], now: OffsetDateTime) -> bool {
        let since = now - Duration::weeks(i64::from(self.weeks));
        let recent: Vec<OffsetDateTime> = ats
            .iter()
            .copied()
            .filter(|at| *at >= since && *at <= now)
            .collect();
        let (Some(first), Some(last)) = (recent.iter().min(), recent.iter().max()) else {
            return false;
        };
        recent.len() >= usize::try_from(self.count).unwrap_or(usize::MAX)
            && *last - *first > Duration::days(i64::from(self.spread_days))
    }
}

/// Whether an RFC 3463 status is permanent (`5.x.x`); `None` when it is neither
/// permanent nor temporary (`2.x.x`, garbage).
pub fn is_permanent(status: &str) -> Option<bool> {
    let mut parts = status.trim().split('.');
    let class = parts.next()?;
    let valid = parts.count() == 2;
    match (class, valid) {
        ("5", true) => Some(true),
        ("4", true) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-12-05 12:00 UTC);

    fn days_ago(days: &[i64]) -> Vec<OffsetDateTime> {
        days.iter().map(|d| NOW - Duration::days(*d)).collect()
    }

    #[test]
    fn five_soft_bounces_over_more_than_a_week_suppress() {
        let rule = SoftRule::default();
        assert!(rule.reached(&days_ago(&[0, 3, 6, 9, 12]), NOW));
        // Five in one day: a full mailbox for an afternoon.
        assert!(!rule.reached(&days_ago(&[0, 0, 0, 0, 0]), NOW));
        // Exactly a week apart is not more than a week.
        assert!(!rule.reached(&days_ago(&[0, 1, 2, 3, 7]), NOW));
        // Four are not enough; old ones do not count.
        assert!(!rule.reached(&days_ago(&[0, 5, 10, 15]), NOW));
        assert!(!rule.reached(&days_ago(&[0, 5, 10, 15, 92]), NOW));
        assert!(rule.reached(&days_ago(&[0, 5, 10, 15, 91]), NOW));
    }

    #[test]
    fn statuses_are_permanent_or_temporary() {
        assert_eq!(is_permanent("5.1.1"), Some(true));
        assert_eq!(is_permanent(" 4.2.2 "), Some(false));
        assert_eq!(is_permanent("2.0.0"), None);
        assert_eq!(is_permanent("5.1"), None);
        assert_eq!(is_permanent(""), None);
    }
}
