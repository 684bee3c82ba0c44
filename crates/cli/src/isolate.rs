//! Running one file's check so that a fault in it (a panic: a bug of ours) is
//! caught and named, not the end of the whole run.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

/// The last panic's message and place, kept by the quiet hook.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Runs `f`; a panic inside it comes back as its message ("… at
/// crates/x/src/y.rs:12:5") instead of unwinding further. The default hook's
/// report to stderr is held back while `f` runs: the caller reports the fault
/// once, naming the file.
pub fn isolated<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(info.to_string());
        }
    }));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    result.map_err(|payload| {
        LAST_PANIC
            .lock()
            .ok()
            .and_then(|mut last| last.take())
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic with no message".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::isolated;

    #[test]
    fn a_panic_comes_back_as_its_message_and_the_hook_is_restored() {
        assert_eq!(isolated(|| 2 + 2), Ok(4));
        let caught = isolated(|| -> u8 { panic!("bad span 7..3") }).unwrap_err();
        assert!(caught.contains("bad span 7..3"), "{caught}");
        assert!(caught.contains("isolate.rs"), "{caught}");
        assert_eq!(isolated(|| "still works"), Ok("still works"));
    }
}
