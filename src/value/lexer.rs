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

/// [`plain`] for an ASCII byte: a backtick is an apostrophe, whitespace a space.
fn plain_ascii(byte: u8) -> char {
    match byte {
        b'`' => '\'',
        b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => ' ',
        byte => char::from(byte),
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
    let mut tidied = String::with_capacity(written.len());
    let mut between_words = false;
    let mut add = |c: char| {
        if c == ' ' {
            between_words = true;
            return;
        }
        if between_words && !tidied.is_empty() {
            tidied.push(' ');
        }
        between_words = false;
        tidied.push(c);
    };
    if is_tidy_ascii(written) {
        // Most values: already plain, single-spaced and trimmed.
        tidied.push_str(written);
    } else if written.is_ascii() {
        // No typographic marks to look up: byte by byte.
        written.bytes().map(plain_ascii).for_each(&mut add);
    } else {
        written.chars().filter_map(plain).for_each(&mut add);
    }
    match unquote(&tidied) {
        same if same.len() == tidied.len() => tidied,
        inner => inner.to_owned(),
    }
}

/// Whether `text` is ASCII and already tidy but for surrounding quotes: no backtick, no
/// whitespace other than single spaces between words.
fn is_tidy_ascii(text: &str) -> bool {
    // A leading space is not tidy: start as if one came before.
    let mut previous = b' ';
    for &byte in text.as_bytes() {
        let spaced = byte == b' ' && previous == b' ';
        if spaced || !byte.is_ascii() || matches!(byte, b'`' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            return false;
        }
        previous = byte;
    }
    previous != b' '
}

/// Whether `written` tidies to nothing (spaces, invisible characters, a pair of quotes),
/// found without tidying it.
pub(super) fn is_blank(written: &str) -> bool {
    let mut marks = written.chars().filter_map(plain).filter(|&c| c != ' ');
    match (marks.next(), marks.next(), marks.next()) {
        (None, ..) => true,
        (Some(first), Some(second), None) => first == second && (first == '"' || first == '\''),
        _ => false,
    }
}

/// `written` tidied, lower-cased and without a trailing period: the form grammar words are
/// matched in.
pub(super) fn clean(written: &str) -> String {
    let mut lower = tidy(written);
    if lower.is_ascii() {
        lower.make_ascii_lowercase();
    } else {
        lower = with_decimal_fractions(&lower.to_lowercase());
    }
    if let Some(rest) = lower
        .strip_prefix('~')
        .map(str::trim_start)
        .filter(|rest| !rest.is_empty())
    {
        // `~500`: the tilde of informal copy is `about`.
        lower = format!("about {rest}");
    }
    match lower.strip_suffix('.') {
        Some(stripped) => stripped.trim_end().to_string(),
        None => lower,
    }
}

/// The value of a vulgar fraction sign (`½` is 0.5).
fn fraction_sign(c: char) -> Option<f64> {
    match c {
        '\u{00BD}' => Some(0.5),
        '\u{00BC}' => Some(0.25),
        '\u{00BE}' => Some(0.75),
        '\u{2153}' => Some(1.0 / 3.0),
        '\u{2154}' => Some(2.0 / 3.0),
        '\u{2155}' => Some(0.2),
        '\u{215B}' => Some(0.125),
        _ => None,
    }
}

/// Vulgar fraction signs written as decimals: `2½` is `2.5`, `½` is `0.5`, `33⅓%` is
/// `33.3333%`.
fn with_decimal_fractions(text: &str) -> String {
    if !text.chars().any(|c| fraction_sign(c).is_some()) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        let Some(value) = fraction_sign(c) else {
            out.push(c);
            continue;
        };
        let digits = out.len() - out.trim_end_matches(|d: char| d.is_ascii_digit()).len();
        let whole: f64 = out
            .get(out.len() - digits..)
            .and_then(|d| d.parse().ok())
            .unwrap_or(0.0);
        out.truncate(out.len() - digits);
        let decimal = ((whole + value) * 10_000.0).round() / 10_000.0;
        out.push_str(&decimal.to_string());
    }
    out
}

/// The whitespace-separated words of `text`.
pub(super) fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::{clean, collapse, is_blank, plain, plain_ascii, tidy, unquote, with_decimal_fractions, words};
    use proptest::prelude::*;

    /// Tidying step by step, as first written: the oracle for the one-pass version.
    fn tidy_by_steps(written: &str) -> String {
        let plain: String = written.chars().filter_map(plain).collect();
        unquote(&collapse(&plain)).to_string()
    }

    #[test]
    fn ascii_bytes_are_made_plain_as_characters_are() {
        for byte in 0..=127u8 {
            assert_eq!(Some(plain_ascii(byte)), plain(char::from(byte)), "{byte}");
        }
    }

    proptest! {
        #[test]
        fn tidying_in_one_pass_is_tidying_by_steps(written in "[ a-zA-Z0-9'\".,-]{0,10}|[ \u{00A0}\u{200B}\u{2019}\u{201C}\u{201D}\u{2013}\"'a1]{0,10}|\\PC{0,8}") {
            prop_assert_eq!(tidy(&written), tidy_by_steps(&written));
            prop_assert_eq!(is_blank(&written), tidy_by_steps(&written).is_empty());
            prop_assert_eq!(clean(&written), {
                let lower = with_decimal_fractions(&tidy_by_steps(&written).to_lowercase());
                let lower = match lower.strip_prefix('~').map(str::trim_start) {
                    Some(rest) if !rest.is_empty() => format!("about {rest}"),
                    _ => lower,
                };
                match lower.strip_suffix('.') {
                    Some(stripped) => stripped.trim_end().to_string(),
                    None => lower,
                }
            });
        }
    }

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
    fn fraction_signs_are_decimals() {
        assert_eq!(clean("2½ years"), "2.5 years");
        assert_eq!(clean("½"), "0.5");
        assert_eq!(clean("33⅓%"), "33.3333%");
        assert_eq!(clean("a ¾ majority"), "a 0.75 majority");
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
