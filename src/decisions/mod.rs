//! The regression workflow: a stable id for every discrepancy, the reviewed decisions an
//! editor recorded (`reviewed.yaml`), where each discrepancy stands against them, safe edits
//! of the decisions file, and what a change to a corpus did ([`diff`]).
//!
//! It reads the judged corpus ([`crate::verdict`]) and is read by [`crate::report`], which
//! shows every review.

pub mod diff;
mod edit;
mod file;
mod id;
mod lock;
mod review;
mod seen;

pub use edit::{EditError, accept, record_values};
pub use file::{DECISIONS_FILE, Decision, Decisions, Earlier, Entry, parse_verdict};
pub use id::{DiscrepancyId, HASH_DIGITS};
pub use lock::{DecisionsLock, lock};
pub use review::{Standing, Standings, Status};
pub use seen::{Seen, SeenValues, ValueChange, seen_in};
