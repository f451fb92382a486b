//! How strongly a reading is backed, as a probability with a range. Accu's posterior (Dong,
//! Berti-Equille and Srivastava, VLDB 2009) with the sources' final accuracies: each
//! independent backer of a reading votes `ln(n A / (1 - A))`, and the reading's probability
//! is its share among the item's readings and `n` unseen false ones, so that one source of
//! accuracy `A` alone backs its reading with about `A`. The range takes each accuracy at the
//! ends of its 95% interval (the backers' low ends against the rivals' high ends, and the
//! reverse): a corpus with few claims per source gets a wide range.

use super::reliability::Accuracy;

/// False readings assumed per item (the literature's `n`), as in Accu.
const FALSE_READINGS: f64 = 10.0;

/// A reading's probability and its range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backing {
    /// The probability at the sources' estimated accuracies.
    pub confidence: f64,
    /// The lowest and highest probability over the accuracies' 95% intervals.
    pub range: (f64, f64),
}

/// The backing of reading `chosen` among `readings`, each given by the accuracies of its
/// independent backers.
pub fn backing(readings: &[Vec<&Accuracy>], chosen: usize) -> Backing {
    let at = |pick: &dyn Fn(&Accuracy) -> f64, rival: &dyn Fn(&Accuracy) -> f64| {
        let votes: Vec<f64> = readings
            .iter()
            .enumerate()
            .map(|(index, backers)| {
                let accuracy = if index == chosen { pick } else { rival };
                backers.iter().map(|a| vote(accuracy(a))).sum()
            })
            .collect();
        probability(&votes, chosen)
    };
    let point = |a: &Accuracy| a.accuracy;
    let low = |a: &Accuracy| a.interval.0;
    let high = |a: &Accuracy| a.interval.1;
    Backing {
        confidence: at(&point, &point),
        range: (at(&low, &high), at(&high, &low)),
    }
}

/// One backer's vote: `ln(n A / (1 - A))`, its accuracy held away from 0 and 1.
pub(super) fn vote(accuracy: f64) -> f64 {
    let a = accuracy.clamp(0.02, 0.98);
    (FALSE_READINGS * a / (1.0 - a)).ln()
}

/// The share of `votes[chosen]` among the readings and the unseen false readings (a vote of
/// zero each), computed without overflow.
fn probability(votes: &[f64], chosen: usize) -> f64 {
    let unseen = (FALSE_READINGS + 1.0 - votes.len() as f64).max(0.0);
    let top = votes.iter().copied().fold(0.0, f64::max);
    let total: f64 = votes.iter().map(|v| (v - top).exp()).sum::<f64>() + unseen * (-top).exp();
    votes.get(chosen).map_or(0.0, |v| (v - top).exp() / total)
}

#[cfg(test)]
mod tests {
    use super::{Accuracy, backing};

    fn accuracy(accuracy: f64, interval: (f64, f64)) -> Accuracy {
        Accuracy {
            accuracy,
            claims: 0,
            interval,
        }
    }

    #[test]
    fn one_source_alone_backs_its_reading_with_its_accuracy() {
        let source = accuracy(0.8, (0.6, 0.9));
        let alone = backing(&[vec![&source]], 0);
        assert!((alone.confidence - 0.8).abs() < 1e-9, "{alone:?}");
        assert!((alone.range.0 - 0.6).abs() < 1e-9 && (alone.range.1 - 0.9).abs() < 1e-9);
    }

    #[test]
    fn rivals_and_uncertain_sources_widen_the_range() {
        let sure = accuracy(0.9, (0.88, 0.92));
        let unsure = accuracy(0.9, (0.5, 0.98));
        let backed = backing(&[vec![&sure, &sure], vec![&sure]], 0);
        let contested = backing(&[vec![&unsure, &unsure], vec![&unsure]], 0);
        assert!(backed.confidence > 0.9 && backed.confidence < 1.0, "{backed:?}");
        assert!((contested.confidence - backed.confidence).abs() < 1e-9);
        assert!(contested.range.0 < backed.range.0 && contested.range.1 > backed.range.1);
        let against = backing(&[vec![&sure], vec![&sure, &sure]], 0);
        assert!(against.confidence < 0.5, "{against:?}");
    }
}
