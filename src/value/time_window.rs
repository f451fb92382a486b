//! A time as a window of local minutes: one minute as written (`3:15pm on 4 May 2024`), or
//! the minutes a hedged or windowed time allows (`about 4.30pm` is 16:00 to 17:00,
//! `between 8am and 9am` 08:00 to 09:00, `early afternoon` 12:00 to 14:59).

use jiff::civil::DateTime;
use std::fmt;

/// The minutes a time allows, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeWindow {
    /// The first minute allowed.
    pub first: DateTime,
    /// The last minute allowed.
    pub last: DateTime,
}

impl TimeWindow {
    /// One minute.
    pub fn minute(at: DateTime) -> TimeWindow {
        TimeWindow { first: at, last: at }
    }

    /// The minutes from `first` to `last`, in whichever order they are given.
    pub fn between(first: DateTime, last: DateTime) -> TimeWindow {
        TimeWindow {
            first: first.min(last),
            last: first.max(last),
        }
    }

    /// Whether the two windows share a minute.
    pub fn overlaps(&self, other: &TimeWindow) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    /// The whole minutes between the two windows; 0 when they overlap.
    pub fn minutes_apart(&self, other: &TimeWindow) -> i64 {
        if self.overlaps(other) {
            return 0;
        }
        let (earlier, later) = if self.last < other.first {
            (self.last, other.first)
        } else {
            (other.last, self.first)
        };
        earlier.duration_until(later).as_secs().abs() / 60
    }
}

/// `2024-05-04 15:15` for one minute, `2024-05-04 16:00..2024-05-04 17:00` for a window.
impl fmt::Display for TimeWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let minute = |at: DateTime| at.strftime("%Y-%m-%d %H:%M").to_string();
        if self.first == self.last {
            f.write_str(&minute(self.first))
        } else {
            write!(f, "{}..{}", minute(self.first), minute(self.last))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at(hour: i8, minute: i8) -> DateTime {
        date(2024, 5, 4).at(hour, minute, 0, 0)
    }

    #[test]
    fn windows_that_share_a_minute_overlap_and_others_are_minutes_apart() {
        let about_half_past_one = TimeWindow::between(at(1, 0), at(2, 0));
        assert!(about_half_past_one.overlaps(&TimeWindow::minute(at(1, 28))));
        let shortly_before_nine = TimeWindow::between(at(8, 30), at(8, 59));
        let twenty_past_nine = TimeWindow::minute(at(9, 20));
        assert!(!shortly_before_nine.overlaps(&twenty_past_nine));
        assert_eq!(shortly_before_nine.minutes_apart(&twenty_past_nine), 21);
        assert_eq!(twenty_past_nine.minutes_apart(&shortly_before_nine), 21);
        assert_eq!(about_half_past_one.minutes_apart(&about_half_past_one), 0);
    }

    #[test]
    fn a_minute_shows_as_itself_and_a_window_as_its_ends() {
        assert_eq!(TimeWindow::minute(at(15, 15)).to_string(), "2024-05-04 15:15");
        assert_eq!(
            TimeWindow::between(at(17, 0), at(16, 0)).to_string(),
            "2024-05-04 16:00..2024-05-04 17:00"
        );
    }
}
