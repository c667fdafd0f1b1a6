package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden splits the seed articles, page furniture, captions and reader
// comments included, and compares the sentences with testdata/seeds/*.golden:
// one sentence a line, after its 1-based line number, white space collapsed.
// Refresh with go test -run Golden -update, and read the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			lines := storybrief.LineStarts(text)
			var got strings.Builder
			for _, s := range Sentences(text) {
				line := 0
				for line < len(lines) && lines[line] <= s.Start {
					line++
				}
				fmt.Fprintf(&got, "%d\t%s\n", line, storybrief.CollapseSpace(s.In(text)))
			}
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				gl, wl := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s differs at sentence %d:\n got %q\nwant %q", golden, i+1, g, w)
					}
				}
			}
		})
	}
}
