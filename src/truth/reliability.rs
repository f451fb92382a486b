//! How far each source can be relied on: the mean probability that its claims are right,
//! overall and per property, with the number of claims it rests on and a 95% interval that
//! is wide when they are few (Wilson's score interval).

use super::table::Table;
use std::collections::BTreeMap;

/// An accuracy with what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Accuracy {
    /// The mean probability that a claim is right, from 0 to 1.
    pub accuracy: f64,
    /// How many claims it rests on.
    pub claims: usize,
    /// The 95% interval of the accuracy given so many claims.
    pub interval: (f64, f64),
}

/// One source's reliability.
#[derive(Debug, Clone, PartialEq)]
pub struct Reliability {
    /// The source, by index in the corpus.
    pub source: usize,
    /// Over all its claims.
    pub overall: Accuracy,
    /// Per property id.
    pub by_property: BTreeMap<String, Accuracy>,
}

/// The reliability of every source from the truth of each row.
pub fn of_sources(table: &Table, truth: &[f64]) -> Vec<Reliability> {
    let mut overall = vec![(0.0, 0usize); table.sources];
    let mut by_property: Vec<BTreeMap<u32, (f64, usize)>> = vec![BTreeMap::new(); table.sources];
    for (row, &t) in table.rows.iter().zip(truth) {
        let property = table.item_property.get(row.item as usize).copied().unwrap_or(0);
        if let Some((sum, count)) = overall.get_mut(row.source as usize) {
            *sum += t;
            *count += 1;
        }
        if let Some(map) = by_property.get_mut(row.source as usize) {
            let (sum, count) = map.entry(property).or_insert((0.0, 0));
            *sum += t;
            *count += 1;
        }
    }
    overall
        .into_iter()
        .zip(by_property)
        .enumerate()
        .map(|(source, ((sum, count), properties))| Reliability {
            source,
            overall: accuracy(sum, count),
            by_property: properties
                .into_iter()
                .filter_map(|(property, (sum, count))| {
                    Some((table.properties.get(property as usize)?.clone(), accuracy(sum, count)))
                })
                .collect(),
        })
        .collect()
}

fn accuracy(sum: f64, claims: usize) -> Accuracy {
    let mean = if claims == 0 { 0.0 } else { sum / claims as f64 };
    Accuracy {
        accuracy: mean,
        claims,
        interval: wilson(mean, claims),
    }
}

/// Wilson's 95% score interval of a proportion observed over `n` trials.
fn wilson(p: f64, n: usize) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let n = n as f64;
    let z = 1.96_f64;
    let centre = p + z * z / (2.0 * n);
    let spread = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    let scale = 1.0 + z * z / n;
    (
        ((centre - spread) / scale).max(0.0),
        ((centre + spread) / scale).min(1.0),
    )
}

#[cfg(test)]
mod tests {
    use super::wilson;

    #[test]
    fn the_interval_narrows_with_more_claims() {
        let (lo3, hi3) = wilson(1.0, 3);
        let (lo300, hi300) = wilson(1.0, 300);
        assert!(lo3 < 0.5 && hi3 > 0.99, "{lo3} {hi3}");
        assert!(lo300 > 0.98 && hi300 > 0.99, "{lo300}");
        assert_eq!(wilson(0.5, 0), (0.0, 1.0));
    }
}
