#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimcheck_fuzz::config(data));
