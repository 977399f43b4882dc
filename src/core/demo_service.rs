//! The demo's service desk: the queues Hotline, Service and Billing (with SLA targets and
//! agents) and tickets in every status — new, open, waiting for the customer and for a
//! third party, resolved, closed, one merged into another — each with its calls, mails,
//! answers and notes, dated over the last days. Every step goes through `execute`, dated
//! with `execute_as_of` where it happened earlier. Room: core.

use time::{Duration, OffsetDateTime};

use super::command::execute_as_of;
use super::tickets::{NewTicket, QueueCommand, QueueEdit, Target, TicketCommand};
use super::{Actor, Clock, Command, CoreError, Event};
use crate::domain::Customer;
use crate::domain::ticket::{AfterClose, Article, ArticleKind, Delivery, Priority, TicketStatus};
use crate::store::Store;

/// What the service desk demo added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Service {
    pub queues: usize,
    pub tickets: usize,
}

/// One step of a demo ticket, minutes after it was opened.
enum Step {
    Reply(i64, ArticleKind, &'static str),
    Note(i64, &'static str),
    Status(i64, TicketStatus),
    Owner(i64, &'static str),
}

/// A demo ticket: queue, subject, customer (place among the first customers), the first
/// article, priority, hours ago it was opened, and what happened since.
struct Story {
    queue: &'static str,
    subject: &'static str,
    customer: Option<usize>,
    first: (ArticleKind, &'static str),
    priority: Priority,
    hours_ago: i64,
    steps: &'static [Step],
}

const STORIES: &[Story] = &[
    Story {
        queue: "Hotline",
        subject: "Drucker zieht kein Papier ein",
        customer: Some(0),
        first: (
            ArticleKind::PhoneIn,
            "Seit heute früh Papierstau in Fach 2.",
        ),
        priority: Priority::Normal,
        hours_ago: 2,
        steps: &[],
    },
    Story {
        queue: "Hotline",
        subject: "Lieferung unvollständig",
        customer: Some(1),
        first: (
            ArticleKind::MailIn,
            "Es fehlen zwei Kartons aus der letzten Lieferung.",
        ),
        priority: Priority::High,
        hours_ago: 30,
        steps: &[
            Step::Owner(30, "anna"),
            Step::Reply(60, ArticleKind::MailOut, "Wir prüfen das mit dem Lager."),
            Step::Status(60, TicketStatus::Open),
            Step::Note(120, "Lager sagt: Teillieferung, Rest kommt Donnerstag."),
        ],
    },
    Story {
        queue: "Service",
        subject: "Wartungstermin vereinbaren",
        customer: Some(2),
        first: (
            ArticleKind::PhoneIn,
            "Bitte einen Termin für die Jahreswartung.",
        ),
        priority: Priority::Low,
        hours_ago: 50,
        steps: &[
            Step::Reply(
                180,
                ArticleKind::PhoneOut,
                "Zwei Termine angeboten, Kunde meldet sich.",
            ),
            Step::Status(186, TicketStatus::WaitingForCustomer),
        ],
    },
    Story {
        queue: "Service",
        subject: "Ersatzteil beim Hersteller angefragt",
        customer: Some(0),
        first: (ArticleKind::MailIn, "Das Display der Waage ist gesprungen."),
        priority: Priority::High,
        hours_ago: 75,
        steps: &[
            Step::Owner(60, "ben"),
            Step::Reply(
                120,
                ArticleKind::MailOut,
                "Wir haben das Ersatzteil bestellt.",
            ),
            Step::Status(126, TicketStatus::WaitingForThirdParty),
        ],
    },
    Story {
        queue: "Billing",
        subject: "Rechnung doppelt erhalten",
        customer: Some(1),
        first: (
            ArticleKind::MailIn,
            "Die Rechnung kam zweimal, bitte eine stornieren.",
        ),
        priority: Priority::Normal,
        hours_ago: 100,
        steps: &[
            Step::Reply(
                240,
                ArticleKind::MailOut,
                "Die zweite ist nur eine Kopie, bitte einmal zahlen.",
            ),
            Step::Status(246, TicketStatus::Resolved),
        ],
    },
    Story {
        queue: "Billing",
        subject: "Neue Rechnungsadresse",
        customer: Some(3),
        first: (
            ArticleKind::MailIn,
            "Ab sofort bitte an die Zentrale in Köln.",
        ),
        priority: Priority::Low,
        hours_ago: 200,
        steps: &[
            Step::Reply(300, ArticleKind::MailOut, "Adresse ist geändert."),
            Step::Status(306, TicketStatus::Resolved),
            Step::Status(2880, TicketStatus::Closed),
        ],
    },
    Story {
        queue: "Hotline",
        subject: "Webshop nicht erreichbar",
        customer: None,
        first: (
            ArticleKind::MailIn,
            "Der Shop zeigt seit 10 Minuten einen Fehler 502.",
        ),
        priority: Priority::Urgent,
        hours_ago: 1,
        steps: &[],
    },
];

/// The second demo ticket's duplicate, merged into it.
const DUPLICATE: Story = Story {
    queue: "Hotline",
    subject: "Fehlende Kartons",
    customer: Some(1),
    first: (
        ArticleKind::PhoneIn,
        "Kunde ruft wegen der fehlenden Kartons an.",
    ),
    priority: Priority::Normal,
    hours_ago: 28,
    steps: &[],
};

fn queues() -> Vec<QueueCommand> {
    let hours = |h: u32| h * 60;
    let targets = |first: [u32; 4], resolution: [u32; 4]| {
        let mut all = Vec::new();
        for (place, priority) in Priority::ALL.iter().enumerate() {
            all.push((Target::FirstResponse, *priority, hours(first[place])));
            all.push((Target::NextResponse, *priority, hours(first[place])));
            all.push((Target::Resolution, *priority, hours(resolution[place])));
        }
        all
    };
    let queue = |name: &str, agents: &[&str], address: &str, targets| QueueCommand::Add {
        name: name.to_string(),
        edit: QueueEdit {
            targets,
            warn: Some(vec![70, 80, 90]),
            after_close: Some(AfterClose::Reopen),
            acknowledge: Some(true),
            agents: Some(agents.iter().map(|a| a.to_string()).collect()),
            address: Some(address.to_string()),
            ..QueueEdit::default()
        },
    };
    vec![
        queue(
            "Hotline",
            &["anna", "ben"],
            "hotline@example.com",
            targets([8, 4, 2, 1], [40, 24, 8, 4]),
        ),
        queue(
            "Service",
            &["ben"],
            "service@example.com",
            targets([16, 8, 4, 2], [80, 40, 16, 8]),
        ),
        queue(
            "Billing",
            &["carla"],
            "billing@example.com",
            targets([16, 8, 8, 4], [80, 40, 24, 8]),
        ),
    ]
}

/// Loads the queues and tickets (see the module header).
pub fn load(store: &Store, clock: &Clock, actor: &Actor) -> Result<Service, CoreError> {
    let now = clock.now();
    let mut service = Service::default();
    for command in queues() {
        super::execute(store, clock, actor, Command::Queue(command))?;
        service.queues += 1;
    }
    let customers: Vec<Customer> = store.page::<Customer>(0, 4)?;
    let mut numbers = Vec::new();
    for story in STORIES.iter().chain(std::iter::once(&DUPLICATE)) {
        numbers.push(tell(store, actor, story, &customers, now)?);
        service.tickets += 1;
    }
    if let (Some(duplicate), Some(original)) = (numbers.last(), numbers.get(1)) {
        let merge = TicketCommand::Merge {
            from: duplicate.clone(),
            into: original.clone(),
        };
        let at = now - Duration::hours(DUPLICATE.hours_ago - 1);
        execute_as_of(store, actor, Command::Ticket(merge), at, now)?;
    }
    Ok(service)
}

/// Opens a story's ticket and plays its steps; returns its number.
fn tell(
    store: &Store,
    actor: &Actor,
    story: &Story,
    customers: &[Customer],
    now: OffsetDateTime,
) -> Result<String, CoreError> {
    let opened = now - Duration::hours(story.hours_ago);
    let customer = story.customer.and_then(|place| customers.get(place));
    let new = NewTicket {
        queue: story.queue.to_string(),
        subject: story.subject.to_string(),
        customer: customer.map(|c| c.id.to_string()),
        contact: customer
            .and_then(|c| c.contacts.first())
            .map(|c| c.name.clone()),
        sender: match story.first.0 {
            ArticleKind::MailIn => Some("kunde@example.com".to_string()),
            _ => None,
        },
        priority: story.priority,
        owner: None,
        first: Some(Article::new(story.first.0, "", opened, story.first.1)),
        attachments: Vec::new(),
    };
    let event = execute_as_of(
        store,
        actor,
        Command::Ticket(TicketCommand::Add(Box::new(new))),
        opened,
        now,
    )?;
    let Event::Ticket(ticket) = event else {
        return Err(CoreError::Refused(crate::t!("core-demo-service-failed")));
    };
    let number = ticket.number.to_string();
    for step in story.steps {
        let (minutes, command) = match step {
            // The demo's mail answers went out before it began: recorded as sent, never
            // queued in the outbox (no mail leaves a demo).
            Step::Reply(minutes, ArticleKind::MailOut, text) => {
                let at = opened + Duration::minutes(*minutes);
                let mut article = Article::new(ArticleKind::MailOut, &actor.name, at, text);
                article.delivery = Some(Delivery::Sent {
                    at,
                    reply: "250 OK".to_string(),
                });
                let append = TicketCommand::Append {
                    ticket: number.clone(),
                    article: Box::new(article),
                    attachments: Vec::new(),
                };
                (*minutes, append)
            }
            Step::Reply(minutes, channel, text) => (
                *minutes,
                TicketCommand::Reply {
                    ticket: number.clone(),
                    channel: *channel,
                    text: text.to_string(),
                    template: None,
                    status: None,
                },
            ),
            Step::Note(minutes, text) => (
                *minutes,
                TicketCommand::Note {
                    ticket: number.clone(),
                    text: text.to_string(),
                },
            ),
            Step::Status(minutes, status) => (
                *minutes,
                TicketCommand::Status {
                    ticket: number.clone(),
                    status: *status,
                },
            ),
            Step::Owner(minutes, owner) => (
                *minutes,
                TicketCommand::Assign {
                    ticket: number.clone(),
                    owner: Some(super::tickets::OwnerChoice::User(owner.to_string())),
                    queue: None,
                },
            ),
        };
        let at = opened + Duration::minutes(minutes);
        execute_as_of(store, actor, Command::Ticket(command), at, now)?;
    }
    Ok(number)
}
