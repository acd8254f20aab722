//! kernel32: the Win32 base that Windows programs need around the four
//! APIs, exported from `libwinsession.so`.
//!
//! Kernel objects (events, mutexes, semaphores, threads, files) live behind
//! handles of the foundation's one handle table ([`object`]); waits on them
//! go through one process-wide wait lock ([`wait`]); the user-mode locks
//! (critical sections, SRW locks, condition variables, one-time
//! initialisation) work in the caller's memory with futexes ([`lock`]).
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod account;
pub mod event;
pub mod file;
pub mod lock;
pub mod memory;
pub mod message;
pub mod module;
pub mod mutex;
pub mod object;
pub mod process;
pub mod semaphore;
pub mod startup;
pub mod string;
pub mod thread;
pub mod time;
pub mod wait;
