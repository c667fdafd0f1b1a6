package extract

import (
	"testing"
	"unicode/utf8"
)

func TestFixMojibake(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"San Fernando Magistratesâ€™ Court", "San Fernando Magistrates’ Court"},
		{"Mrs. Joan HonorÃ© said", "Mrs. Joan Honoré said"},
		{"â€œWe will not do it alone,â€� Power said.", "“We will not do it alone,” Power said."},
		{"â€œQuoted,â€\u009d she said.", "“Quoted,” she said."},
		{"It costs Â£5 â€“ or â‚¬6.", "It costs £5 – or €6."},
		{"Ã¼ber cafÃ© naÃ¯ve", "über café naïve"},
		{"æ—¥æœ¬", "日本"},
		{"Nice ðŸ‘\u008d and ðŸ˜€", "Nice 👍 and 😀"},
		// Two layers: ’ written out as mojibake twice.
		{"Yahooâ€™s", "Yahoo’s"},
		{"YahooÃ¢â‚¬â„¢s", "Yahoo’s"},
		// Text that only looks the part stays.
		{"Öl, ÉTÉ», SÃO PAULO, Â alone, Ñ» and «Ó»", "Öl, ÉTÉ», SÃO PAULO, Â alone, Ñ» and «Ó»"},
		{"plain ASCII text", "plain ASCII text"},
		{"Déjà vu — “quoted” – café", "Déjà vu — “quoted” – café"},
		{"line one â€“\nline two", "line one –\nline two"},
		{"cut short Ã", "cut short Ã"},
	} {
		if got := FixMojibake(tc.in); got != tc.want {
			t.Errorf("FixMojibake(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzFixMojibake(f *testing.F) {
	for _, s := range []string{"Magistratesâ€™ Court", "HonorÃ©", "â€œQuoted,â€� she said.", "Öl ÉTÉ»", "æ—¥æœ¬ ðŸ‘"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := FixMojibake(s)
		if !utf8.ValidString(got) {
			t.Fatalf("FixMojibake(%q) = %q: not UTF-8", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("FixMojibake(%q) = %q: longer", s, got)
		}
		if countNewlines(got) != countNewlines(s) {
			t.Fatalf("FixMojibake(%q) = %q: lines moved", s, got)
		}
	})
}

func countNewlines(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			n++
		}
	}
	return n
}
