//! ucrtbase (skeleton; being written).
