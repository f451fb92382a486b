//! The `crosscheck` binary: reads the environment, runs the command, prints its output and
//! exits with its code.

use crosscheck::cli::{Environment, run_to};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// A large corpus is millions of small strings; mimalloc allocates them faster than the
/// system allocator, with less fragmentation across the loading threads.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let on_terminal = std::io::stdout().is_terminal();
    let environment = Environment {
        terminal_width: on_terminal.then(terminal_width).flatten(),
        columns: std::env::var("COLUMNS").ok().and_then(|columns| columns.parse().ok()),
        color: Environment::color_allowed(on_terminal, std::env::var_os("NO_COLOR").as_deref()),
    };
    let mut stdout = std::io::stdout().lock();
    let outcome = run_to(std::env::args_os(), &environment, &mut stdout);
    // A closed pipe (`crosscheck check | head`) is not an error worth reporting.
    let _ = stdout.write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}

/// The width of the terminal; none when it says 0 (a pseudo-terminal whose size was never set).
fn terminal_width() -> Option<u16> {
    comfy_table::Table::new().width().filter(|&width| width > 0)
}
