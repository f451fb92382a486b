//! Text clean-up shared by the value readers: typographic marks made plain, whitespace
//! collapsed, surrounding quotes and a trailing period dropped.

/// The plain ASCII equivalent of a typographic quote, apostrophe, dash or space; `None` for
/// invisible format characters, which are dropped.
fn plain(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => None,
        c if c.is_whitespace() => Some(' '),
        c => Some(c),
    }
}

/// Whitespace runs collapsed to one space, ends trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One pair of surrounding straight quotes removed.
fn unquote(text: &str) -> &str {
    ['"', '\'']
        .iter()
        .find_map(|q| text.strip_prefix(*q).and_then(|t| t.strip_suffix(*q)))
        .map_or(text, str::trim)
}

/// `written` with typographic marks made plain, whitespace collapsed, trimmed, and one pair
/// of surrounding quotes removed; case is kept.
pub(super) fn tidy(written: &str) -> String {
    let plain: String = written.chars().filter_map(plain).collect();
    unquote(&collapse(&plain)).to_string()
}

/// `written` tidied, lower-cased and without a trailing period: the form grammar words are
/// matched in.
pub(super) fn clean(written: &str) -> String {
    let lower = tidy(written).to_lowercase();
    match lower.strip_suffix('.') {
        Some(stripped) => stripped.trim_end().to_string(),
        None => lower,
    }
}

/// The whitespace-separated words of `text`.
pub(super) fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::{clean, tidy, words};

    #[test]
    fn tidy_makes_marks_plain() {
        assert_eq!(tidy("  “al-Shar’”  "), "al-Shar'");
        assert_eq!(tidy("50\u{2013}70"), "50-70");
        assert_eq!(tidy("a\u{00A0}\u{200B}b  c"), "a b c");
        assert_eq!(tidy("\"fifty\""), "fifty");
        assert_eq!(tidy("'"), "'");
        assert_eq!(tidy("\"\""), "");
    }

    #[test]
    fn clean_lowers_and_drops_trailing_period() {
        assert_eq!(clean(" About  Fifty. "), "about fifty");
        assert_eq!(clean("Aug. 2020"), "aug. 2020");
        assert_eq!(clean("."), "");
    }

    #[test]
    fn words_split_on_whitespace() {
        assert_eq!(words(" a  b "), ["a", "b"]);
    }
}
