//! Rebuild when a message catalog changes: the catalogs are compiled in.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
