//! How the budget is split. The untimed phases (the checks: corpus,
//! conformance and compat on every engine; replaying the baseline's
//! findings) run first and take what they take; the timed ones share what
//! is left by weight, each taking its weight's part of the time left when it
//! starts, so a phase that overran shortens the later ones instead of the
//! run. A reserve at the end covers writing the reports and a reduction
//! still running when its campaign ends.

use std::time::{Duration, Instant};

/// The timed phases and their weights.
pub const FUZZ_WEIGHT: f64 = 0.65;
pub const SMITH_WEIGHT: f64 = 0.15;
pub const BENCH_WEIGHT: f64 = 0.20;

/// The fuzz share split between lanes: the generated lane varies most.
pub fn lane_weight(lane: crate::guest::Lane) -> f64 {
    if lane.is_guest() {
        1.0
    } else {
        2.0
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Clock {
    pub start: Instant,
    pub budget: Duration,
    pub reserve: Duration,
}

impl Clock {
    pub fn new(start: Instant, budget: Duration) -> Clock {
        // 5% of the budget, at least 3 s, at most a minute.
        let reserve = budget.mul_f64(0.05).clamp(Duration::from_secs(3), Duration::from_secs(60)).min(budget / 2);
        Clock { start, budget, reserve }
    }

    /// When the timed phases must be done.
    pub fn deadline(&self) -> Instant {
        self.start + self.budget - self.reserve
    }

    pub fn left(&self, now: Instant) -> Duration {
        self.deadline().saturating_duration_since(now)
    }

    /// The share of a phase of `weight` when `rest` is its weight plus that
    /// of every timed phase after it.
    pub fn share(&self, now: Instant, weight: f64, rest: f64) -> Duration {
        if rest <= 0.0 {
            return Duration::ZERO;
        }
        self.left(now).mul_f64((weight / rest).clamp(0.0, 1.0))
    }
}

/// How long one reduction may run in a campaign of `phase` (a tenth of it,
/// 2 s to a minute): the phase may overrun by about that much.
pub fn reduce_time(phase: Duration) -> Duration {
    (phase / 10).clamp(Duration::from_secs(2), Duration::from_secs(60))
}

/// Measurement time per repetition when `share` covers `sets` engine sets
/// of `reps` repetitions each (a repetition also times the engine floor on
/// the same cases, about as long again).
pub fn bench_time(share: Duration, sets: usize, reps: usize) -> Duration {
    let per = share.as_secs_f64() / (sets.max(1) * reps.max(1)) as f64 / 2.0;
    Duration::from_secs_f64(per.max(0.25))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_take_their_weight_of_what_is_left() {
        let t0 = Instant::now();
        let c = Clock::new(t0, Duration::from_secs(200));
        assert_eq!(c.reserve, Duration::from_secs(10));
        assert_eq!(c.left(t0), Duration::from_secs(190));
        // Three phases of weight 2, 1, 1: the first takes half.
        assert_eq!(c.share(t0, 2.0, 4.0), Duration::from_secs(95));
        // An overrun leaves the later phases less, never negative time.
        assert_eq!(c.share(t0 + Duration::from_secs(300), 1.0, 2.0), Duration::ZERO);
        assert_eq!(c.share(t0, 1.0, 0.0), Duration::ZERO);
        // A tiny budget keeps half for the phases.
        assert_eq!(Clock::new(t0, Duration::from_secs(4)).reserve, Duration::from_secs(2));
    }

    #[test]
    fn reductions_and_bench_runs_are_bounded() {
        assert_eq!(reduce_time(Duration::from_secs(5)), Duration::from_secs(2));
        assert_eq!(reduce_time(Duration::from_secs(100)), Duration::from_secs(10));
        assert_eq!(reduce_time(Duration::from_secs(3600)), Duration::from_secs(60));
        assert_eq!(bench_time(Duration::from_secs(60), 5, 3), Duration::from_secs(2));
        assert_eq!(bench_time(Duration::ZERO, 5, 3), Duration::from_millis(250));
    }
}
