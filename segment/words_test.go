package segment

import (
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviation", "U.S. officials", []string{"U.S.", "officials"}},
		{"abbreviation_sentence_end", "in the U.S. The", []string{"in", "the", "U.S.", "The"}},
		{"abbreviation_hyphen", "U.S.-backed rebels", []string{"U.S.-backed", "rebels"}},
		{"lower_abbreviation", "10:30 a.m. today", []string{"10:30", "a.m.", "today"}},
		{"degree", "a Ph.D. student", []string{"a", "Ph.D.", "student"}},
		{"title", "Mr. Smith", []string{"Mr", "Smith"}},
		{"contraction", "don't won’t", []string{"don't", "won’t"}},
		{"possessive", "Iran’s Assad's", []string{"Iran’s", "Assad's"}},
		{"hyphen", "al-Assad co-operation 30-plus", []string{"al-Assad", "co-operation", "30-plus"}},
		{"decimal", "3.5% growth", []string{"3.5", "growth"}},
		{"money", "$1.2 billion", []string{"1.2", "billion"}},
		{"thousands", "1,000.5 points and 16,483 posts", []string{"1,000.5", "points", "and", "16,483", "posts"}},
		{"list_of_numbers", "1,2,3", []string{"1", "2", "3"}},
		{"sentence_end", "end. Next", []string{"end", "Next"}},
		{"domain", "see cnn.com now", []string{"see", "cnn.com", "now"}},
		{"domain_sentence_end", "at cnn.com. The", []string{"at", "cnn.com", "The"}},
		{"email", "news@example.com.", []string{"news@example.com"}},
		{"date_time", "9/11 at 10:30", []string{"9/11", "at", "10:30"}},
		{"ampersand", "AT&T and Q&A, but R & D", []string{"AT&T", "and", "Q&A", "but", "R", "D"}},
		{"ampersand reference", "AT&amp;T and S&amp;P 500; rag &amp; bone, Q&amp;", []string{"AT&amp;T", "and", "S&amp;P", "500", "rag", "amp", "bone", "Q", "amp"}},
		{"quotes", `"quoted" 'single' “curly”`, []string{"quoted", "single", "curly"}},
		{"free_apostrophes", "rock 'n' roll", []string{"rock", "n", "roll"}},
		{"dashes", "-- dash — and – more", []string{"dash", "and", "more"}},
		{"plus", "P5+1 talks", []string{"P5", "1", "talks"}},
		{"accents", "naïve café Zürich", []string{"naïve", "café", "Zürich"}},
		{"cjk", "北京 is", []string{"北京", "is"}},
		{"invalid_utf8", "\xffabc\xfe d", []string{"abc", "d"}},
		{"empty", "", nil},
		{"punctuation_only", " ... !? -- ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range Words(tt.text) {
				got = append(got, w.In(tt.text))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Words(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Iran’s U.S.-Backed Rebels DON’T", []string{"iran", "u.s.-backed", "rebels", "don't"}},
		{"Assad's forces", []string{"assad", "forces"}},
		{"Zürich ÉCOLE", []string{"zürich", "école"}},
		{"'s", []string{"s"}},
	}
	for _, tt := range tests {
		if got := Terms(nil, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTermsAllocations(t *testing.T) {
	text := strings.Repeat("the talks with iran went on for weeks, 3.5 days and more. ", 20)
	dst := make([]string, 0, 1000)
	allocs := testing.AllocsPerRun(20, func() {
		dst = Terms(dst[:0], text)
	})
	if allocs != 0 {
		t.Errorf("Terms on lower-case text: %v allocations, want 0", allocs)
	}
}
