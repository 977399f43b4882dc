//! A ticket's history as the SLA clocks read it: opened, customer messages, public agent
//! answers, status and priority changes, in the order they happened. Internal notes and
//! automatic mails move no clock. Room: domain (pure).

use super::{Change, Ticket};
use crate::domain::sla::{SlaEvent, SlaEventKind};

impl Ticket {
    /// The clocks' timeline: `Created` with the first priority, then every customer
    /// message (mail in or call in, not automatic), public agent answer (mail out or call
    /// out, public, not automatic), status and priority change, by time (ties: in the
    /// order they were recorded, articles before changes).
    pub fn sla_events(&self) -> Vec<SlaEvent> {
        let first_priority = self
            .history
            .iter()
            .find_map(|change| match change.change {
                Change::Priority { from, .. } => Some(from),
                _ => None,
            })
            .unwrap_or(self.priority);
        let mut events = Vec::new();
        for article in &self.articles {
            let kind = if article.automatic {
                None
            } else if article.kind.from_customer() {
                Some(SlaEventKind::CustomerMessage)
            } else if article.kind.to_customer() && article.public {
                Some(SlaEventKind::AgentAnswer)
            } else {
                None
            };
            if let Some(kind) = kind {
                events.push(SlaEvent {
                    at: article.at,
                    kind,
                });
            }
        }
        for change in &self.history {
            let kind = match change.change {
                Change::Status { to, .. } => SlaEventKind::Status(to),
                Change::Priority { to, .. } => SlaEventKind::Priority(to),
                Change::Owner { .. } | Change::Queue { .. } => continue,
            };
            events.push(SlaEvent {
                at: change.at,
                kind,
            });
        }
        events.sort_by_key(|event| event.at);
        let created = SlaEvent {
            at: self.created_at,
            kind: SlaEventKind::Created(first_priority),
        };
        std::iter::once(created).chain(events).collect()
    }
}

#[cfg(test)]
mod tests {
    use time::Duration;
    use time::macros::datetime;

    use super::*;
    use crate::domain::ticket::{Article, ArticleKind, Priority, TicketNumber, TicketStatus};

    #[test]
    fn customer_messages_and_public_answers_move_the_clocks_notes_and_auto_replies_do_not() {
        let start = datetime!(2026-12-01 09:00 UTC);
        let minutes = |m: i64| start + Duration::minutes(m);
        let number = TicketNumber::new(2026, 7).unwrap();
        let mut ticket = Ticket::new(number, 1, "Printer broken", start);
        ticket.push_article(Article::new(
            ArticleKind::PhoneIn,
            "Kunde",
            minutes(0),
            "it jams",
        ));
        let mut ack = Article::new(ArticleKind::MailOut, "system", minutes(1), "we got it");
        ack.automatic = true;
        ticket.push_article(ack);
        ticket.push_article(Article::new(
            ArticleKind::Note,
            "anna",
            minutes(5),
            "check toner",
        ));
        let mut private_call = Article::new(ArticleKind::PhoneOut, "anna", minutes(6), "vm");
        private_call.public = false;
        ticket.push_article(private_call);
        ticket.set_priority(Priority::High, "anna", minutes(10));
        ticket.push_article(Article::new(
            ArticleKind::MailOut,
            "anna",
            minutes(20),
            "try this",
        ));
        ticket.set_status(TicketStatus::WaitingForCustomer, "anna", minutes(21));
        let mut auto_in = Article::new(ArticleKind::MailIn, "k@x.de", minutes(22), "away");
        auto_in.automatic = true;
        ticket.push_article(auto_in);
        ticket.push_article(Article::new(
            ArticleKind::MailIn,
            "k@x.de",
            minutes(30),
            "no",
        ));
        let events: Vec<(i64, SlaEventKind)> = ticket
            .sla_events()
            .into_iter()
            .map(|event| ((event.at - start).whole_minutes(), event.kind))
            .collect();
        assert_eq!(
            events,
            vec![
                (0, SlaEventKind::Created(Priority::Normal)),
                (0, SlaEventKind::CustomerMessage),
                (10, SlaEventKind::Priority(Priority::High)),
                (20, SlaEventKind::AgentAnswer),
                (21, SlaEventKind::Status(TicketStatus::WaitingForCustomer)),
                (30, SlaEventKind::CustomerMessage),
            ]
        );
    }

    #[test]
    fn merging_moves_the_articles_closes_the_merged_ticket_and_refuses_itself() {
        let start = datetime!(2026-12-01 09:00 UTC);
        let mut a = Ticket::new(TicketNumber::new(2026, 1).unwrap(), 1, "A", start);
        a.id = 1;
        let mut first = Article::new(ArticleKind::MailIn, "k@x.de", start, "first");
        first.message_id = Some("<a1@x.de>".into());
        a.push_article(first);
        let mut b = Ticket::new(TicketNumber::new(2026, 2).unwrap(), 1, "B", start);
        b.id = 2;
        b.push_article(Article::new(
            ArticleKind::PhoneIn,
            "k",
            start + Duration::hours(1),
            "b",
        ));
        let mut same = a.clone();
        assert!(same.merge_into(&mut a.clone(), "anna", start).is_err());
        a.merge_into(&mut b, "anna", start + Duration::hours(2))
            .unwrap();
        assert_eq!(a.merged_into, Some(2));
        assert_eq!(a.status, TicketStatus::Closed);
        assert!(!a.is_open());
        let texts: Vec<(u32, &str)> = b
            .articles
            .iter()
            .map(|x| (x.seq, x.text.as_str()))
            .collect();
        assert_eq!(texts, vec![(1, "b"), (2, "first")]);
        assert_eq!(b.message_ids().collect::<Vec<_>>(), vec!["<a1@x.de>"]);
        let mut c = Ticket::new(TicketNumber::new(2026, 3).unwrap(), 1, "C", start);
        c.id = 3;
        assert!(
            c.merge_into(&mut a, "anna", start).is_err(),
            "a merged ticket takes none"
        );
        same.id = 9;
        assert!(same.merge_into(&mut b, "anna", start).is_ok());
    }
}
