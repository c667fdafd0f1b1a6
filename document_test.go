package storybrief

import (
	"errors"
	"strings"
	"testing"
)

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"clean", "a b c", "a b c"},
		{"edges", "  a b \n", "a b"},
		{"runs", "a \t\n b", "a b"},
		{"tab alone", "a\tb", "a b"},
		{"no-break space", "a\u00a0 b", "a b"},
		{"unicode kept", "café – “x”", "café – “x”"},
		{"a line break after non-ASCII text", "“I’m not going.\nWe’re thinking,” he said.", "“I’m not going. We’re thinking,” he said."},
		{"a double space after non-ASCII text", "café  au lait", "café au lait"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CollapseSpace(tt.in); got != tt.want {
				t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	d := &Document{Text: "one\ntwo\n\nfour"}
	tests := []struct{ off, want int }{{0, 1}, {3, 1}, {4, 2}, {8, 3}, {9, 4}, {12, 4}}
	for _, tt := range tests {
		if got := d.Line(tt.off); got != tt.want {
			t.Errorf("Line(%d) = %d, want %d", tt.off, got, tt.want)
		}
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Fatal("empty list must give a nil error")
	}
	l.Add("a.txt", ErrEmpty)
	l.Add("b.bin", ErrBinary)
	err := l.Err()
	if err == nil || err.Error() != "a.txt: empty input\nb.bin: binary data, not text" {
		t.Fatalf("Err() = %v", err)
	}
	if !errors.Is(err, ErrBinary) {
		t.Error("errors.Is must see the listed errors")
	}
	var ie *InputError
	if !errors.As(err, &ie) || ie.Source != "a.txt" {
		t.Errorf("errors.As gave %+v", ie)
	}
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     string
	}{
		{"short", "Quake hits Chile", 90, "Quake hits Chile"},
		{"first line only", "Quake hits Chile\nA second line", 90, "Quake hits Chile"},
		{"white space collapsed", "  Quake \t hits  Chile ", 90, "Quake hits Chile"},
		{"cut at a word", "A strong earthquake struck off the coast of Chile, officials said", 40, "A strong earthquake struck off the coast…"},
		{"comma dropped at the cut", "A strong earthquake struck, officials said", 30, "A strong earthquake struck…"},
		{"one long word cut on a rune", "Ééééééééééééééééééé", 9, "Éééé…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Snippet(tt.in, tt.n); got != tt.want {
				t.Errorf("Snippet(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func TestDocumentCut(t *testing.T) {
	tests := []struct {
		name, text string
		sent       string // the sentence of text asked about
		want       bool
	}{
		{"text stops mid-phrase", "The vote was close. The identity of all donors will continue to", "The identity of all donors will continue to", true},
		{"then a newline and a closing mark", "The vote was close. \"We will keep every name private for\n”\n", "\"We will keep every name private for", true},
		{"closed by a full stop", "The vote was close. The donors stay secret.", "The donors stay secret.", false},
		{"closed by an ellipsis", "The vote was close. And then…", "And then…", false},
		{"closed by a colon", "He told reporters:", "He told reporters:", false},
		{"text goes on", "Budget talks resume\nThe vote was close.", "Budget talks resume", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Text: tt.text}
			i := strings.Index(tt.text, tt.sent)
			if got := d.Cut(Span{Start: i, End: i + len(tt.sent)}); got != tt.want {
				t.Errorf("Cut = %v, want %v", got, tt.want)
			}
		})
	}
	if (&Document{Text: "short"}).Cut(Span{Start: 2, End: 40}) {
		t.Error("a span past the text is not cut")
	}
}

func TestTitleSpan(t *testing.T) {
	const text = "Watch live\nKerry asks Iran for help\n\nThe body starts here."
	for _, tc := range []struct {
		name, title string
		line        int
		want        string
		ok          bool
	}{
		{"the title on its line", "Kerry asks Iran for help", 2, "Kerry asks Iran for help", true},
		{"a longer metadata title", "Kerry asks Iran for help | CBS News", 2, "Kerry asks Iran for help", true},
		{"no line", "Kerry asks Iran for help", 0, "", false},
		{"past the end", "Kerry asks Iran for help", 9, "", false},
		{"another line's words", "Something else entirely", 2, "", false},
		{"no title", "", 2, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &Document{Text: text, Title: tc.title, TitleLine: tc.line}
			sp, ok := d.TitleSpan()
			if ok != tc.ok || (ok && sp.In(text) != tc.want) {
				t.Errorf("TitleSpan() = %q, %v; want %q, %v", sp.In(text), ok, tc.want, tc.ok)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnew line", "no\u00a0break space", "em\u2003space", "caf\u00e9 au lait", "\xff broken"} {
		if got, want := CountWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestBody(t *testing.T) {
	text := "Headline\n\nFirst paragraph.\n\nEditor's note: corrected.\n\nSecond paragraph."
	d := &Document{Text: text, Paragraphs: []Paragraph{
		{Span: Span{Start: 10, End: 26}, Kind: KindBody},
		{Span: Span{Start: 28, End: 53}, Kind: KindNote},
		{Span: Span{Start: 55, End: 72}, Kind: KindBody},
	}}
	if got, want := d.Body(), "First paragraph.\n\nSecond paragraph."; got != want {
		t.Errorf("Body() = %q, want %q", got, want)
	}
	if got := (&Document{Text: text}).Body(); got != "" {
		t.Errorf("Body() of no paragraphs = %q, want none", got)
	}
}
