//! Integration tests: the real `crosscheck` binary on the shipped corpus, and on broken
//! copies of it. One test binary, so the crate links once.

// A failure here is a failed test, so tests may unwrap, expect, panic and index.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

mod action;
mod bulk;
mod check;
mod corpus_folder;
mod date_order;
mod decisions;
mod devset;
mod docs;
mod dot;
mod editor_names;
mod extract;
mod figures;
mod flight;
mod formats;
mod generated;
mod gold;
mod hostile;
mod html;
mod invalid;
mod layout;
mod normal_forms;
mod origins;
mod output;
mod plurals;
mod python;
mod quotes;
mod reasons;
mod review;
mod rules;
mod sarif;
mod schema;
mod terminal;
mod truth;
mod widths;
mod workflow;
