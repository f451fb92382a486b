//! crosscheck: a claim-conflict detector for multi-source reporting.

pub mod value;
