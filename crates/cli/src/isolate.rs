//! Running one file's check so that a fault in it (a panic: a bug of ours) is
//! caught and named, not the end of the whole run.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside `isolated`.
    static ISOLATING: Cell<bool> = const { Cell::new(false) };
    /// The last panic's message and place on this thread, kept by the hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The hook is installed once, for the whole process, and decides per thread:
/// swapping the global hook around each file would race when files are
/// checked on several threads.
static HOOK: Once = Once::new();

/// Runs `f`; a panic inside it comes back as its message ("… at
/// crates/x/src/y.rs:12:5") instead of unwinding further. The default hook's
/// report to stderr is held back while `f` runs: the caller reports the fault
/// once, naming the file. A panic elsewhere, or on another thread outside
/// `isolated`, is reported by the hook that was there before.
pub fn isolated<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if ISOLATING.with(Cell::get) {
                LAST_PANIC.with(|last| *last.borrow_mut() = Some(info.to_string()));
            } else {
                previous(info);
            }
        }));
    });
    let outer = ISOLATING.with(|i| i.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    ISOLATING.with(|i| i.set(outer));
    result.map_err(|payload| {
        LAST_PANIC
            .with(|last| last.borrow_mut().take())
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic with no message".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::isolated;

    #[test]
    fn a_panic_comes_back_as_its_message_and_later_calls_still_work() {
        assert_eq!(isolated(|| 2 + 2), Ok(4));
        let caught = isolated(|| -> u8 { panic!("bad span 7..3") }).unwrap_err();
        assert!(caught.contains("bad span 7..3"), "{caught}");
        assert!(caught.contains("isolate.rs"), "{caught}");
        assert_eq!(isolated(|| "still works"), Ok("still works"));
    }

    #[test]
    fn threads_keep_their_own_panics() {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                std::thread::spawn(move || {
                    (0..50)
                        .map(|n| isolated(move || -> u8 { panic!("thread {t} file {n}") }))
                        .all(|r| r.is_err_and(|m| m.contains(&format!("thread {t} file "))))
                })
            })
            .collect();
        assert!(handles.into_iter().all(|h| h.join().unwrap()));
    }
}
