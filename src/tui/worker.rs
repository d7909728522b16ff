//! The slow reads off the UI thread: Today's ranking, the report and the
//! search as it is typed run on a thread of their own, with its own connection to the book, so a key is
//! answered while they are counted. Each request carries its slot and a
//! generation; the thread runs only the newest waiting request of a slot
//! (a burst of period changes counts one report), and an answer to a
//! request a newer one replaced is dropped.

use super::action::{Action, Effect};
use super::perform::Performer;
use crate::book::{Access, Book};
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::time::Duration;

/// What a slow read is for; one answer a slot is wanted at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Today,
    Report,
    /// The search as the person types: a short or rare term can read
    /// thousands of names on a department's book, and the next letter
    /// replaces a search still waiting.
    Search,
}

/// How many slots there are.
const SLOTS: usize = 3;

impl Slot {
    /// What the status line says while this is counted.
    pub fn in_words(self) -> String {
        match self {
            Slot::Today => crate::t!("counting-today"),
            Slot::Report => crate::t!("counting-report"),
            Slot::Search => crate::t!("counting-search"),
        }
    }

    /// The slot of an effect the worker takes, if it is one.
    pub fn of(effect: &Effect) -> Option<Slot> {
        match effect {
            Effect::LoadToday => Some(Slot::Today),
            Effect::LoadReport { .. } => Some(Slot::Report),
            Effect::Search(_) => Some(Slot::Search),
            _ => None,
        }
    }
    fn index(self) -> usize {
        match self {
            Slot::Today => 0,
            Slot::Report => 1,
            Slot::Search => 2,
        }
    }
}

struct Job {
    slot: Slot,
    generation: u64,
    effect: Effect,
    today: NaiveDate,
}

/// The UI's side of the worker thread.
pub struct Worker {
    jobs: Sender<Job>,
    answers: Receiver<(Slot, u64, Vec<Action>)>,
    /// The newest generation asked for, a slot.
    latest: [u64; SLOTS],
    /// The generation whose answer arrived, a slot.
    answered: [u64; SLOTS],
}

impl Worker {
    /// Start the thread on the book at `path` (it opens its own connection).
    pub fn start(path: PathBuf) -> Worker {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, answers) = channel();
        std::thread::spawn(move || {
            let mut performer = match Book::open(&path, Access::Existing) {
                Ok(book) => Performer::new(book),
                Err(e) => {
                    // Every request is answered with why, rather than never.
                    let why = e.to_string();
                    while let Ok(job) = inbox.recv() {
                        let failed = vec![Action::Failed(why.clone())];
                        if outbox.send((job.slot, job.generation, failed)).is_err() {
                            return;
                        }
                    }
                    return;
                }
            };
            while let Ok(first) = inbox.recv() {
                // Keep only the newest waiting request of each slot.
                let mut newest: [Option<Job>; SLOTS] = [None, None, None];
                let mut put = |job: Job| {
                    let i = job.slot.index();
                    newest[i] = Some(job);
                };
                put(first);
                loop {
                    match inbox.try_recv() {
                        Ok(job) => put(job),
                        Err(TryRecvError::Empty) => break,
                        Err(TryRecvError::Disconnected) => return,
                    }
                }
                // The search first: someone is typing and waits for it.
                newest.rotate_right(1);
                for job in newest.into_iter().flatten() {
                    let actions = performer.perform(job.effect, job.today);
                    if outbox.send((job.slot, job.generation, actions)).is_err() {
                        return;
                    }
                }
            }
        });
        Worker {
            jobs,
            answers,
            latest: [0; SLOTS],
            answered: [0; SLOTS],
        }
    }

    /// Ask for a slow read; its answer comes through `answers`.
    pub fn ask(&mut self, slot: Slot, effect: Effect, today: NaiveDate) {
        let i = slot.index();
        self.latest[i] += 1;
        let job = Job {
            slot,
            generation: self.latest[i],
            effect,
            today,
        };
        if self.jobs.send(job).is_err() {
            // The thread is gone: the answer will never come, so stop waiting.
            self.answered[i] = self.latest[i];
        }
    }

    /// True while an answer the UI wants is still being counted.
    pub fn busy(&self) -> bool {
        self.latest != self.answered
    }

    /// What is being counted: the slots whose answer the UI still wants.
    pub fn waiting(&self) -> Vec<Slot> {
        [Slot::Today, Slot::Report, Slot::Search]
            .into_iter()
            .filter(|s| self.latest[s.index()] != self.answered[s.index()])
            .collect()
    }

    /// The answers that arrived, the stale ones left out; never waits.
    pub fn answers(&mut self) -> Vec<Action> {
        let mut out = Vec::new();
        while let Ok(answer) = self.answers.try_recv() {
            out.extend(self.keep(answer));
        }
        out
    }

    /// Wait up to `timeout` for the next wanted answer (tests, and the
    /// loop's last look before drawing).
    pub fn wait(&mut self, timeout: Duration) -> Vec<Action> {
        let deadline = std::time::Instant::now() + timeout;
        while self.busy() {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.answers.recv_timeout(left) {
                Ok(answer) => {
                    let kept = self.keep(answer);
                    if !kept.is_empty() {
                        return kept;
                    }
                }
                Err(_) => break,
            }
        }
        Vec::new()
    }

    fn keep(&mut self, (slot, generation, actions): (Slot, u64, Vec<Action>)) -> Vec<Action> {
        let i = slot.index();
        if generation < self.latest[i] {
            return Vec::new();
        }
        self.answered[i] = generation;
        actions
    }
}
