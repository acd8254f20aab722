//! kernel32 (skeleton; being written).
