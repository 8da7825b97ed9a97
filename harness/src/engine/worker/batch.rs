//! Several cases in one message, for an engine whose round trip costs
//! milliseconds (workerd's HTTP, a browser's socket). A message that fails
//! loses the answers from its failure on: a timeout or a dead process names
//! none of the cases left unanswered. Those run again one at a time on the
//! fresh process until one fails by itself (that case's error), and the
//! cases after it go on in one message again.

use crate::engine::{Case, EngineError};
use crate::trace::Trace;

use super::reprl::Response;

/// What [`run`] needs of an engine that sends cases together.
pub trait Batched {
    /// Send `cases` (run numbers from `first` on, for injected test ops) in
    /// one message, under the respawn policy: their answers in order,
    /// ending at the first failure.
    fn send(&mut self, cases: &[Case], first: u64) -> Vec<Result<Response, EngineError>>;
    /// A case's answer as its result (sending it again alone if the answer
    /// asks for its module).
    fn finish(&mut self, case: &Case, answer: Result<Response, EngineError>) -> Result<Trace, EngineError>;
    /// How many cases the next message may carry (at least one).
    fn room(&self, cases: &[Case]) -> usize {
        cases.len()
    }
    /// Called after each message's answers are finished.
    fn settle(&mut self, _cases: &[Case]) {}
}

/// Run `cases`, whose run numbers start at `first`, in as few messages as
/// `engine` has room for: what running each alone gives, in order.
pub fn run(engine: &mut impl Batched, cases: &[Case], first: u64) -> Vec<Result<Trace, EngineError>> {
    let mut results = Vec::with_capacity(cases.len());
    let mut singly = false;
    while results.len() < cases.len() {
        let done = results.len();
        let room = if singly { 1 } else { engine.room(&cases[done..]).max(1) };
        let rest = &cases[done..cases.len().min(done + room)];
        let answers = engine.send(rest, first + done as u64);
        let failed = answers.last().is_none_or(|a| a.is_err());
        if failed && !singly && answers.len() < rest.len() && rest.len() > 1 {
            // Keep the answers that came; find the failing case alone.
            for (case, answer) in rest.iter().zip(answers).filter(|(_, a)| a.is_ok()) {
                results.push(engine.finish(case, answer));
            }
            singly = true;
            continue;
        }
        if singly && failed {
            singly = false;
        }
        let answered = answers.len();
        for (case, answer) in rest.iter().zip(answers) {
            results.push(engine.finish(case, answer));
        }
        // A message that failed on its only case, with no answer at all.
        if answered == 0 {
            results.push(Err(EngineError::Internal("the engine gave no answer".into())));
        }
        engine.settle(rest);
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::Program;

    /// An engine whose message fails at the case numbered `fails`, losing
    /// every answer from `loses` on; a run alone fails only at `fails`.
    struct Scripted {
        fails: u64,
        loses: u64,
        messages: Vec<Vec<u64>>,
    }

    impl Batched for Scripted {
        fn send(&mut self, cases: &[Case], first: u64) -> Vec<Result<Response, EngineError>> {
            let runs: Vec<u64> = (first..first + cases.len() as u64).collect();
            self.messages.push(runs.clone());
            let ok = |n: u64| Ok(Response { status: 0, payload: n.to_le_bytes().to_vec() });
            let fails = runs.contains(&self.fails);
            let mut out = Vec::new();
            for n in runs {
                if fails && (n >= self.loses.min(self.fails)) && cases.len() > 1 {
                    out.push(Err(EngineError::Crash("died".into())));
                    break;
                }
                if n == self.fails {
                    out.push(Err(EngineError::Crash(format!("case {n}"))));
                    break;
                }
                out.push(ok(n));
            }
            out
        }

        fn finish(&mut self, _case: &Case, answer: Result<Response, EngineError>) -> Result<Trace, EngineError> {
            answer.map(|_| Trace(vec![]))
        }
    }

    #[test]
    fn a_failed_message_names_its_case_by_running_the_unanswered_ones_alone() {
        let p = std::sync::Arc::new(Program::minimal());
        let case = || Case {
            program: &p,
            encoding: crate::compile::Encoding::Exnref,
            wasm: &[],
            module_key: 0,
            plan_json: "",
            mutant: None,
            guest_program: None,
            binding_js: None,
            worker: None,
        };
        let cases: Vec<Case> = (0..6).map(|_| case()).collect();
        // Case 3 kills the engine; the message lost the answers from 2 on.
        let mut e = Scripted { fails: 3, loses: 2, messages: vec![] };
        let out = run(&mut e, &cases, 0);
        let errors: Vec<usize> = out.iter().enumerate().filter(|(_, r)| r.is_err()).map(|(i, _)| i).collect();
        assert_eq!(errors, [3], "{out:?}");
        assert!(matches!(&out[3], Err(EngineError::Crash(m)) if m == "case 3"));
        // All six; then 2 and 3 alone (3 fails by itself); then 4 and 5 together.
        assert_eq!(e.messages, [vec![0, 1, 2, 3, 4, 5], vec![2], vec![3], vec![4, 5]]);
    }
}
