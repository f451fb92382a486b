//! Integration tests: the real `crosscheck` binary on the shipped corpus, and on broken
//! copies of it. One test binary, so the crate links once.

mod common;

mod bulk;
mod check;
mod flight;
mod formats;
mod generated;
mod invalid;
mod normal_forms;
mod quotes;
