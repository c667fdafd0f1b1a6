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
