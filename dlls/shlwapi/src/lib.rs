//! shlwapi (skeleton; being written).
