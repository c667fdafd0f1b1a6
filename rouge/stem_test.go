package rouge

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestPorterGolden checks the stemmer against testdata/porter.golden: words
// with the stems the script's own stem subroutine gives them (a sample of a
// 1.3-million-word comparison, plus the words that exercise each rule).
func TestPorterGolden(t *testing.T) {
	f, err := os.Open("testdata/porter.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		word, want, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		if got := porter(word); got != want {
			t.Errorf("porter(%q) = %q, want %q", word, got, want)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 2000 {
		t.Fatalf("only %d words in the golden file", n)
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		in   string
		want string
	}{
		{"lower and split", Options{}, "The U.S.-led talks, in 2015!", "the u s led talks in 2015"},
		{"non-ASCII separates", Options{}, "don’t café", "don t caf"},
		{"stopwords", Options{Stopwords: true}, "The talks said it would fail", "talks fail"},
		{"stem after exceptions", Options{Stem: true}, "He said the best children went running", "he say the good child go run"},
		{"short words unstemmed", Options{Stem: true}, "was has its dogs", "was has its dog"},
		{"stopwords before stems", Options{Stem: true, Stopwords: true}, "Saying says sayings", "sai"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := NewScorer(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			sents := sc.Analyze([]string{tt.in})
			words := make([]string, len(sc.ids))
			for w, id := range sc.ids {
				words[id] = w
			}
			var got []string
			for _, id := range sents[0].tok {
				got = append(got, words[id])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("tokens of %q = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}
