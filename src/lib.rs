//! crosscheck: a claim-conflict detector for multi-source reporting.

pub mod corpus;
pub mod diagnostics;
pub mod model;
pub mod names;
pub mod value;
