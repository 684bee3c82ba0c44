//! Running files on every core while writing their results in a fixed order:
//! each result goes out as soon as it and every one before it are done, so the
//! output is the same for any number of threads and a long run shows its first
//! results at once.

use miette::{miette, Result};
use rayon::iter::{ParallelBridge, ParallelIterator};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// What the writer wants after a result: more, or no more (the reader of the
/// output went away).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    More,
    Stop,
}

/// Runs `work` on each of `items` on `threads` threads and hands the results to
/// `emit` in the items' order. Items are taken from the iterator in order as
/// threads come free, so the results waiting for an earlier one stay few; the
/// iterator is read lazily, so a stream of records is never held whole.
pub fn in_order<T, R>(
    items: impl Iterator<Item = T> + Send,
    threads: usize,
    work: impl Fn(T) -> R + Sync,
    mut emit: impl FnMut(R) -> Result<Flow>,
) -> Result<()>
where
    T: Send,
    R: Send,
{
    if threads <= 1 {
        for item in items {
            if emit(work(item))? == Flow::Stop {
                break;
            }
        }
        return Ok(());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| miette!("cannot start {threads} threads: {e}"))?;
    let stop = AtomicBool::new(false);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, R)>(threads * 2);
    std::thread::scope(|scope| {
        let (stop, work) = (&stop, &work);
        scope.spawn(move || {
            pool.install(|| {
                // Once stopped, no more items are taken: a stream of records
                // is not read to its end for nothing.
                items
                    .take_while(|_| !stop.load(Ordering::Relaxed))
                    .enumerate()
                    .par_bridge()
                    .for_each_with(tx, |tx, (i, item)| {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        if tx.send((i, work(item))).is_err() {
                            stop.store(true, Ordering::Relaxed);
                        }
                    });
            });
        });
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0;
        let mut outcome = Ok(());
        'results: for (i, result) in rx.iter() {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&next) {
                next += 1;
                match emit(result) {
                    Ok(Flow::More) => {}
                    Ok(Flow::Stop) => break 'results,
                    Err(e) => {
                        outcome = Err(e);
                        break 'results;
                    }
                }
            }
        }
        // The workers see the stop (or a closed channel) and skip what is left.
        stop.store(true, Ordering::Relaxed);
        drop(rx);
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(threads: usize, n: usize) -> Vec<usize> {
        let mut seen = Vec::new();
        in_order(
            0..n,
            threads,
            |i| {
                // Uneven work, so threads finish out of order.
                std::thread::sleep(std::time::Duration::from_micros(
                    ((i * 7919) % 13) as u64 * 50,
                ));
                i * 2
            },
            |r| {
                seen.push(r);
                Ok(Flow::More)
            },
        )
        .unwrap();
        seen
    }

    #[test]
    fn results_come_in_the_items_order_for_any_number_of_threads() {
        let want: Vec<usize> = (0..200).map(|i| i * 2).collect();
        for threads in [1, 2, 4] {
            assert_eq!(run(threads, 200), want, "{threads} threads");
        }
    }

    #[test]
    fn a_stop_ends_the_run_and_an_error_comes_back() {
        for threads in [1, 3] {
            let mut seen = 0;
            in_order(
                0..10_000,
                threads,
                |i| i,
                |_| {
                    seen += 1;
                    Ok(if seen == 5 { Flow::Stop } else { Flow::More })
                },
            )
            .unwrap();
            assert_eq!(seen, 5);
            let e = in_order(
                0..100,
                threads,
                |i| i,
                |i| {
                    if i == 3 {
                        Err(miette!("disk full"))
                    } else {
                        Ok(Flow::More)
                    }
                },
            )
            .unwrap_err();
            assert!(e.to_string().contains("disk full"));
        }
    }
}
