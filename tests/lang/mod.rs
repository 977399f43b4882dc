//! kontor's languages: the message files agree with each other and with the code, and the
//! formats people read agree with an independent reference.

mod errors;
mod format;
mod messages;
