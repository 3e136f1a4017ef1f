//! `bitext clean` on fixtures and on bad input.

use crate::util::bitext;

#[test]
fn cleans_stdin_to_stdout() {
    let run = bitext(
        &["clean", "-"],
        Some("Türkiye’nin ÅžanlÄ±urfa ili\r\n".as_bytes()),
    )
    .expect_code(0);
    assert_eq!(run.stdout, "Türkiye'nin Şanlıurfa ili\n");
    assert_eq!(run.stderr, "");
}
