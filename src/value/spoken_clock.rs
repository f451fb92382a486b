//! Clock times said in words, and times whose half of the day is told by a part of the day,
//! written in figures for the news clock reader: `a quarter past eight` is `8.15`, `half past
//! three` `3.30`, `twenty to nine` `8.40`, `ten o'clock` `10.00`; `6.15 this morning` is
//! `6.15am this morning`, `9.30 last night` `9.30pm yesterday night`.

/// Hour words, one to twelve.
const HOURS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Minute words said before `past` or `to`.
const MINUTES: [(&str, u32); 8] = [
    ("five", 5),
    ("ten", 10),
    ("quarter", 15),
    ("twenty", 20),
    ("twenty-five", 25),
    ("half", 30),
    ("a quarter", 15),
    ("twenty five", 25),
];

/// The text with a clock said in words written in figures, and a part of the day that tells
/// a dotted clock's half written as `am` or `pm`; `None` when nothing changed.
pub(super) fn in_figures(lowered: &str) -> Option<String> {
    let tokens: Vec<&str> = lowered.split_whitespace().collect();
    let said = said_clock(&tokens);
    let tokens: Vec<String> = match &said {
        Some(words) => words.clone(),
        None => tokens.iter().map(|t| (*t).to_owned()).collect(),
    };
    let halved = with_half_of_day(&tokens);
    if said.is_none() && halved.is_none() {
        return None;
    }
    Some(halved.unwrap_or(tokens).join(" "))
}

/// The tokens with the first clock said in words in figures (`quarter past eight` is
/// `8.15`, `ten o'clock` `10.00`).
fn said_clock(tokens: &[&str]) -> Option<Vec<String>> {
    for at in 0..tokens.len() {
        let rest = tokens.get(at..)?;
        let after_range_word = at
            .checked_sub(1)
            .and_then(|i| tokens.get(i))
            .is_some_and(|t| matches!(*t, "from" | "between"));
        let Some((len, figures)) = said_at(rest).filter(|_| !after_range_word) else {
            continue;
        };
        let mut out: Vec<String> = tokens.get(..at)?.iter().map(|t| (*t).to_owned()).collect();
        out.push(figures);
        out.extend(rest.get(len..)?.iter().map(|t| (*t).to_owned()));
        return Some(out);
    }
    None
}

/// A clock said in words at the start of the tokens: how many tokens and its figures.
fn said_at(tokens: &[&str]) -> Option<(usize, String)> {
    if let [hour, "o'clock", ..] = tokens {
        return Some((2, format!("{}.00", hour_of(hour)?)));
    }
    if let [hour, "in", "the", "morning" | "afternoon" | "evening", ..] | [hour, "at", "night", ..] = tokens
        && HOURS.contains(hour)
    {
        // `four in the afternoon`: the hour, its half told by the part of the day after it.
        return Some((1, format!("{}.00", hour_of(hour)?)));
    }
    let (minute_words, after) = match tokens {
        ["a", "quarter", rest @ ..] => (2, rest),
        ["twenty", "five", rest @ ..] => (2, rest),
        [_, rest @ ..] => (1, rest),
        [] => return None,
    };
    let said = tokens.get(..minute_words)?.join(" ");
    let (after, extra) = match after {
        ["minutes" | "mins", rest @ ..] => (rest, 1),
        rest => (rest, 0),
    };
    // Figures are minutes only with `minutes` after them: `10 to 11` is a range.
    let minutes = MINUTES
        .iter()
        .find(|(words, _)| *words == said)
        .map(|(_, m)| *m)
        .or_else(|| said.parse().ok().filter(|m| (1..60).contains(m) && extra == 1))?;
    let [direction, hour, ..] = after else {
        return None;
    };
    let len = minute_words + extra + 2;
    match (*direction, *hour) {
        ("past" | "after", "midnight") => Some((len, format!("12.{minutes:02}am"))),
        ("to" | "before", "midnight") => Some((len, format!("11.{:02}pm", 60 - minutes))),
        ("past" | "after", "noon" | "midday") => Some((len, format!("12.{minutes:02}pm"))),
        ("to" | "before", "noon" | "midday") => Some((len, format!("11.{:02}am", 60 - minutes))),
        ("past" | "after", hour) => Some((len, format!("{}.{minutes:02}", hour_of(hour)?))),
        ("to" | "before", hour) => {
            let hour = hour_of(hour)?;
            let before = if hour == 1 { 12 } else { hour - 1 };
            Some((len, format!("{before}.{:02}", 60 - minutes)))
        }
        _ => None,
    }
}

/// An hour said in words or figures, one to twelve.
fn hour_of(word: &str) -> Option<u32> {
    if let Some(at) = HOURS.iter().position(|h| *h == word) {
        return u32::try_from(at + 1).ok();
    }
    word.parse().ok().filter(|h| (1..=12).contains(h))
}

/// The tokens with `am` or `pm` joined to a dotted clock (`6.15`) that has no half of the
/// day, when a part of the day tells it (`this morning`, `in the afternoon`, `last night`);
/// `last night` and `tonight` as the day and the night.
fn with_half_of_day(tokens: &[String]) -> Option<Vec<String>> {
    let part = tokens.iter().find_map(|t| match t.as_str() {
        "morning" => Some("am"),
        "afternoon" | "evening" | "tonight" => Some("pm"),
        "night" => Some("night"),
        _ => None,
    })?;
    let at = tokens.iter().position(|t| dotted(t).is_some())?;
    let (hour, _) = dotted(tokens.get(at)?)?;
    // A small hour of the night is the next day's: left to be written with its day.
    let half = match part {
        "night" if (6..=11).contains(&hour) => "pm",
        "night" => return None,
        half => half,
    };
    let mut out: Vec<String> = Vec::with_capacity(tokens.len() + 1);
    for (i, token) in tokens.iter().enumerate() {
        match token.as_str() {
            _ if i == at => out.push(format!("{token}{half}")),
            "tonight" => out.extend(["today".to_owned(), "evening".to_owned()]),
            "last" if tokens.get(i + 1).is_some_and(|t| t == "night") => out.push("yesterday".to_owned()),
            _ => out.push(token.clone()),
        }
    }
    Some(out)
}

/// A clock written `6.15` or `6:15` with an hour of one to twelve and no half of the day.
fn dotted(token: &str) -> Option<(u32, u32)> {
    let (hour, minute) = token.split_once(['.', ':'])?;
    let hour: u32 = hour.parse().ok().filter(|h| (1..=12).contains(h))?;
    let minute: u32 = (minute.len() == 2).then(|| minute.parse().ok()).flatten()?;
    (minute < 60).then_some((hour, minute))
}

#[cfg(test)]
mod tests {
    use super::in_figures;

    fn figures(text: &str) -> String {
        in_figures(text).unwrap_or_else(|| "unchanged".to_owned())
    }

    #[test]
    fn clocks_said_in_words() {
        assert_eq!(
            figures("a quarter past eight on thursday evening"),
            "8.15pm on thursday evening"
        );
        assert_eq!(figures("half past three in the afternoon"), "3.30pm in the afternoon");
        assert_eq!(figures("twenty to nine on monday morning"), "8.40am on monday morning");
        assert_eq!(figures("ten past six tuesday"), "6.10 tuesday");
        assert_eq!(figures("five to midnight on friday"), "11.55pm on friday");
        assert_eq!(figures("a quarter to one"), "12.45");
        assert_eq!(figures("ten o'clock on sunday night"), "10.00pm on sunday night");
        assert_eq!(figures("25 minutes past 4 on 4 may"), "4.25 on 4 may");
    }

    #[test]
    fn parts_of_the_day_tell_the_half() {
        assert_eq!(figures("at 6.15 this morning"), "at 6.15am this morning");
        assert_eq!(figures("at 9.30 last night"), "at 9.30pm yesterday night");
        assert_eq!(figures("at 2.10 last night"), "unchanged");
        assert_eq!(figures("from ten to eleven on monday"), "unchanged");
        assert_eq!(figures("10 to 11 on monday"), "unchanged");
        assert_eq!(figures("7.45 tonight"), "7.45pm today evening");
        assert_eq!(figures("at 6.15pm on tuesday"), "unchanged");
        assert_eq!(figures("3.5 million"), "unchanged");
        assert_eq!(figures("half past"), "unchanged");
    }
}
