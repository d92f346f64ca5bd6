fn main() {
    almanac::panic::install();
    leptos::mount::mount_to_body(almanac::app::App);
}
