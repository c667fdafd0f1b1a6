package storybrief

import (
	"errors"
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
