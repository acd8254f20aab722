//! The process-wide generational handle table.
//!
//! A handle names a slot and the generation the slot had when the handle was
//! issued, so a closed handle stays invalid after its slot is reused. Values
//! are multiples of 4 (as Windows handles are), never 0 (NULL means "the
//! current server" in wtsapi32) and never `INVALID_HANDLE_VALUE` (-1).
//!
//! Objects are held as `Arc`s: a lookup hands out a clone, so a close that
//! races a call on another thread only drops the table's reference and the
//! object lives until that call returns.

use std::any::Any;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use crate::Win32Error;

/// A raw handle value as the C ABI carries it.
pub type Handle = usize;

/// Why a handle was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandleError {
    /// Never issued, closed, or stale after slot reuse.
    Invalid,
    /// Valid, but names an object of another type.
    WrongType,
}

impl From<HandleError> for Win32Error {
    fn from(_: HandleError) -> Self {
        Win32Error::INVALID_HANDLE
    }
}

type Object = Arc<dyn Any + Send + Sync>;

struct Slot {
    generation: u32,
    object: Option<Object>,
}

#[derive(Default)]
struct Table {
    slots: Vec<Slot>,
    free: Vec<usize>,
}

/// Generations use 28 bits so a handle never has all high bits set.
const GENERATION_MASK: u32 = 0x0FFF_FFFF;
/// Slot indices use 30 bits (after the 2 low zero bits).
const MAX_SLOTS: usize = 1 << 30;

fn table() -> MutexGuard<'static, Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    crate::sync::lock(TABLE.get_or_init(Mutex::default))
}

fn encode(index: usize, generation: u32) -> Handle {
    (((generation & GENERATION_MASK) as usize) << 32) | ((index + 1) << 2)
}

fn decode(handle: Handle) -> Option<(usize, u32)> {
    if handle & 3 != 0 {
        return None;
    }
    let low = (handle & 0xFFFF_FFFF) >> 2;
    let index = low.checked_sub(1)?;
    let generation = u32::try_from(handle >> 32).ok()?;
    Some((index, generation))
}

/// Store an object and issue a new handle for it.
pub fn insert<T: Any + Send + Sync>(object: Arc<T>) -> Result<Handle, Win32Error> {
    let mut t = table();
    let index = match t.free.pop() {
        Some(i) => i,
        None if t.slots.len() < MAX_SLOTS => {
            t.slots.push(Slot {
                generation: 0,
                object: None,
            });
            t.slots.len() - 1
        }
        None => return Err(Win32Error::NOT_ENOUGH_MEMORY),
    };
    let slot = &mut t.slots[index];
    slot.generation = (slot.generation + 1) & GENERATION_MASK;
    if slot.generation == 0 {
        slot.generation = 1;
    }
    slot.object = Some(object);
    Ok(encode(index, slot.generation))
}

fn lookup(t: &Table, handle: Handle) -> Result<(usize, &Object), HandleError> {
    let (index, generation) = decode(handle).ok_or(HandleError::Invalid)?;
    let slot = t.slots.get(index).ok_or(HandleError::Invalid)?;
    match &slot.object {
        Some(obj) if slot.generation == generation => Ok((index, obj)),
        _ => Err(HandleError::Invalid),
    }
}

/// The object behind a handle, if the handle is live and of type `T`.
pub fn get<T: Any + Send + Sync>(handle: Handle) -> Result<Arc<T>, HandleError> {
    let t = table();
    let (_, obj) = lookup(&t, handle)?;
    Arc::clone(obj)
        .downcast::<T>()
        .map_err(|_| HandleError::WrongType)
}

/// Close a handle that names a `T`; other types are left open.
pub fn remove<T: Any + Send + Sync>(handle: Handle) -> Result<Arc<T>, HandleError> {
    let mut t = table();
    let (index, obj) = lookup(&t, handle)?;
    let typed = Arc::clone(obj)
        .downcast::<T>()
        .map_err(|_| HandleError::WrongType)?;
    t.slots[index].object = None;
    t.free.push(index);
    Ok(typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_are_never_null_nor_invalid_handle_value() {
        let h = insert(Arc::new(1u8)).ok();
        let h = h.unwrap_or_default();
        assert_ne!(h, 0);
        assert_ne!(h, usize::MAX);
        assert_eq!(h & 3, 0);
        assert_eq!(remove::<u8>(h).map(|v| *v), Ok(1));
    }

    #[test]
    fn closed_handle_stays_invalid_after_slot_reuse() {
        let first = insert(Arc::new(String::from("a"))).unwrap_or_default();
        assert!(remove::<String>(first).is_ok());
        assert_eq!(get::<String>(first).err(), Some(HandleError::Invalid));
        // The freed slot is reused with a new generation.
        let second = insert(Arc::new(String::from("b"))).unwrap_or_default();
        assert_ne!(first, second);
        assert_eq!(get::<String>(first).err(), Some(HandleError::Invalid));
        assert_eq!(remove::<String>(first).err(), Some(HandleError::Invalid));
        assert_eq!(get::<String>(second).map(|s| s.to_string()), Ok("b".into()));
        assert!(remove::<String>(second).is_ok());
    }

    #[test]
    fn never_issued_and_misaligned_values_are_invalid() {
        for bogus in [0usize, 1, 3, 4, usize::MAX, 0xdead_beef_0000, 1 << 40] {
            assert_eq!(get::<u8>(bogus).err(), Some(HandleError::Invalid));
        }
    }

    #[test]
    fn wrong_type_is_reported_and_does_not_close() {
        let h = insert(Arc::new(7u32)).unwrap_or_default();
        assert_eq!(get::<u64>(h).err(), Some(HandleError::WrongType));
        assert_eq!(remove::<u64>(h).err(), Some(HandleError::WrongType));
        assert_eq!(get::<u32>(h).map(|v| *v), Ok(7));
        assert!(remove::<u32>(h).is_ok());
    }

    #[test]
    fn close_racing_use_keeps_the_object_alive() {
        let h = insert(Arc::new(vec![1u8; 1024])).unwrap_or_default();
        let held = get::<Vec<u8>>(h);
        let closer = std::thread::spawn(move || remove::<Vec<u8>>(h).is_ok()).join();
        assert_eq!(closer.ok(), Some(true));
        // The lookup made before the close still owns a live object.
        assert_eq!(held.map(|v| v.len()), Ok(1024));
        assert!(get::<Vec<u8>>(h).is_err());
    }

    #[test]
    fn concurrent_insert_get_remove() {
        let threads: Vec<_> = (0..8)
            .map(|i| {
                std::thread::spawn(move || {
                    for n in 0..2000u32 {
                        let Ok(h) = insert(Arc::new((i, n))) else {
                            return false;
                        };
                        if get::<(i32, u32)>(h).map(|v| *v) != Ok((i, n)) {
                            return false;
                        }
                        if remove::<(i32, u32)>(h).is_err() || get::<(i32, u32)>(h).is_ok() {
                            return false;
                        }
                    }
                    true
                })
            })
            .collect();
        for t in threads {
            assert_eq!(t.join().ok(), Some(true));
        }
    }
}
