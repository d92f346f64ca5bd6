//! Prints the home page as a first-time visitor sees it, drawn by the app's own components, for
//! `scripts/build-wasm.sh` to put into `index.html`: it shows before the app's code has arrived.

fn main() {
    print!("{}", almanac::app::prerendered_home());
}
