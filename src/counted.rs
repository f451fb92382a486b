//! Counts in words, for every reporter: a count with its noun in the number it takes (`1 claim`,
//! `2 claims`, `0 discrepancies`), and the form of a word that agrees with a count (`1 pair
//! that does`, `2 pairs that do`).

/// `1 claim`, `2 claims`, `0 discrepancies`: the count, then its noun, singular for one.
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", agreeing(count, one, many))
}

/// The form of a word that agrees with `count`: `one` for one, else `many` (`claim` or
/// `claims`, `fails` or `fail`).
pub fn agreeing<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::{agreeing, counted};

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(counted(1, "claim", "claims"), "1 claim");
        assert_eq!(counted(0, "discrepancy", "discrepancies"), "0 discrepancies");
        assert_eq!(counted(2, "group", "groups"), "2 groups");
        assert_eq!(agreeing(1, "fails", "fail"), "fails");
        assert_eq!(agreeing(3, "fails", "fail"), "fail");
    }
}
