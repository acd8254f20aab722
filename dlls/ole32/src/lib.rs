//! ole32 (skeleton; being written).
