//! What every CSV view is made of: records written as they are made, and cells that a
//! spreadsheet would read as a formula defused.

use std::borrow::Cow;
use std::io::{self, Write};

/// Writes to `out` the CSV records that `write` makes, as they are made.
pub(in crate::report) fn write_records(
    out: &mut dyn Write,
    write: impl FnOnce(&mut ::csv::Writer<&mut dyn Write>) -> Result<(), ::csv::Error>,
) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    write(&mut writer)?;
    writer.flush()
}

/// Prefixes a cell with `'` when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, so a spreadsheet shows it as text instead of evaluating it as a formula (CSV
/// injection). Following the OWASP advice this is done for every such cell, including
/// harmless ones like `-5` or `+3`, which then read `'-5` and `'+3`.
pub(in crate::report) fn guard_formula(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::guard_formula;

    #[test]
    fn formulas_are_defused_and_other_cells_kept() {
        assert_eq!(guard_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for risky in ["+1", "-5", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard_formula(risky), format!("'{risky}"));
        }
        for plain in ["", "about fifty", "a=b", "50-70", "'quoted"] {
            assert_eq!(guard_formula(plain), plain);
        }
    }
}
