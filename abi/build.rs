fn main() {
    // One SONAME for every DLL name linked to this object (see lib.rs).
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libwinsession.so");
}
