//! The C ABI of the platform's helper functions and descriptors (mfplat).
