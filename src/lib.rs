//! crosscheck: a claim-conflict detector for multi-source reporting.
//!
//! Data flows one way, floor by floor: [`value`], [`names`], [`counted`] and [`diagnostics`] are the
//! vocabulary; [`model`] the validated types; [`corpus`] turns files into the model,
//! [`extract`] proposes claims from raw text and [`graph`] groups claims by subject;
//! [`verdict`] judges each group; [`decisions`] gives each discrepancy a stable id and matches
//! it against the reviewed decisions; [`analysis`] runs that pipeline for a corpus, filters
//! included; [`report`] makes each view's model and renders it in a format; [`cli`] maps
//! arguments to calls; the binary prints and exits.

pub mod analysis;
pub mod cli;
pub mod corpus;
pub mod counted;
pub mod decisions;
pub mod diagnostics;
pub mod extract;
pub mod graph;
pub mod model;
pub mod names;
pub mod report;
#[cfg(test)]
mod scratch;
pub mod truth;
pub mod value;
pub mod verdict;
