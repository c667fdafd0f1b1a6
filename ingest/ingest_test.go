package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

// write creates files under dir from a map of relative path → content.
func write(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// readAll drains a reader: the stories' document sources, and the problems.
func readAll(tb testing.TB, inputs []string, stdin string) (stories [][]string, problems storybrief.ErrorList) {
	tb.Helper()
	r := NewReader(inputs, strings.NewReader(stdin))
	for r.Scan() {
		var srcs []string
		for _, d := range r.Story().Docs {
			srcs = append(srcs, filepath.Base(d.Source))
		}
		stories = append(stories, srcs)
	}
	if err := r.Err(); err != nil {
		tb.Fatal(err)
	}
	return stories, r.Problems()
}

func TestReader(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.txt":               "Headline\n\nA sentence of an article.\n",
		"b.html":              "<html><body><p>Text.</p></body></html>",
		"empty.txt":           "",
		"blank.txt":           "\n\n   \n",
		"binary.bin":          "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"latin1.txt":          "Caf\xe9 au lait, na\xefve r\xe9sum\xe9.",
		"nested/c.txt":        "Another article.",
		".hidden/x.txt":       "skipped",
		"stories.jsonl":       `{"id":"s1","documents":["Doc one.","Doc two."],"summaries":["Ref."]}` + "\nnot json\n" + `{"id":"s2","documents":["Only doc."]}` + "\n",
		"multi.src":           "First doc text. ||||| Second doc text.\nThird doc. NEWLINE_CHAR More. ||||| Fourth.\n",
		"bars.html":           "<html><body><p>A divider ||||| in a page.</p></body></html>",
		"nodocs/empty.txt":    "",
		"README.md":           "# Scrapes of one story\n\nCollected in autumn 2014 from three outlets.\n",
		"LICENSE":             "Permission is hereby granted, free of charge, to any person obtaining a copy.",
		"reference-brief.txt": "A hand-written brief of the articles above.",
		"gold-prices.txt":     "Gold prices rose on Monday.",
	})
	tests := []struct {
		name     string
		inputs   []string
		stdin    string
		stories  []string // each story's document names joined by ","
		problems []string // substrings expected in the problems, in order
		is       []error
	}{
		{
			name:    "one file",
			inputs:  []string{filepath.Join(dir, "a.txt")},
			stories: []string{"a.txt"},
		},
		{
			name:     "missing path",
			inputs:   []string{filepath.Join(dir, "nope.txt"), filepath.Join(dir, "a.txt")},
			stories:  []string{"a.txt"},
			problems: []string{"nope.txt: no such file or directory"},
		},
		{
			name:     "empty, blank and binary files are named, others kept",
			inputs:   []string{filepath.Join(dir, "empty.txt"), filepath.Join(dir, "blank.txt"), filepath.Join(dir, "binary.bin"), filepath.Join(dir, "latin1.txt")},
			stories:  []string{"latin1.txt"},
			problems: []string{"empty.txt: empty input: the file is empty", "blank.txt: empty input: only white space", "binary.bin: binary data, not text (a PNG image)"},
			is:       []error{storybrief.ErrEmpty, storybrief.ErrEmpty, storybrief.ErrBinary},
		},
		{
			name:    "directory recursively, hidden skipped, line files as stories",
			inputs:  []string{dir},
			stories: []string{"multi.src:1#1,multi.src:1#2", "multi.src:2#1,multi.src:2#2", "stories.jsonl:1#1,stories.jsonl:1#2", "stories.jsonl:3#1", "a.txt,b.html,bars.html,gold-prices.txt,latin1.txt,c.txt"},
			problems: []string{
				"LICENSE: a project's notes file", "README.md: a project's notes file",
				"binary.bin: binary data", "blank.txt: empty input", "empty.txt: empty input", "nodocs/empty.txt: empty input",
				"reference-brief.txt: a reference summary, not an article",
				"stories.jsonl:2: not a JSON story line",
			},
		},
		{
			name:     "directory with no articles",
			inputs:   []string{filepath.Join(dir, "nodocs")},
			problems: []string{"nodocs: no articles found (1 files, none readable as text"},
		},
		{
			name:    "a README named on the command line is read",
			inputs:  []string{filepath.Join(dir, "README.md")},
			stories: []string{"README.md"},
		},
		{
			name:    "a reference summary named on the command line is read",
			inputs:  []string{filepath.Join(dir, "reference-brief.txt")},
			stories: []string{"reference-brief.txt"},
		},
		{
			name:    "stdin",
			inputs:  []string{"-"},
			stdin:   "From standard input.",
			stories: []string{"stdin"},
		},
		{
			name:    "stdin JSON Lines",
			inputs:  []string{"-"},
			stdin:   `{"id":"x","documents":["a","b"]}` + "\n",
			stories: []string{"stdin:1#1,stdin:1#2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, problems := readAll(t, tt.inputs, tt.stdin)
			var got []string
			for _, s := range stories {
				got = append(got, strings.Join(s, ","))
			}
			if strings.Join(got, " | ") != strings.Join(tt.stories, " | ") {
				t.Errorf("stories\n got %q\nwant %q", got, tt.stories)
			}
			if len(problems) != len(tt.problems) {
				t.Fatalf("problems:\n%v\nwant %d", problems, len(tt.problems))
			}
			for i, want := range tt.problems {
				if !strings.Contains(problems[i].Error(), want) {
					t.Errorf("problem %d: %q, want it to contain %q", i, problems[i].Error(), want)
				}
			}
			for i, want := range tt.is {
				if !errors.Is(problems[i], want) {
					t.Errorf("problem %d: %v is not %v", i, problems[i], want)
				}
			}
		})
	}
}

func TestMultiNewsNewlinesKeepOffsets(t *testing.T) {
	in := "a NEWLINE_CHAR b"
	out := multiNewsNewlines(in)
	if len(out) != len(in) || !strings.Contains(out, "\n") || out[len(out)-1] != 'b' {
		t.Fatalf("%q", out)
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("All work and no play. "), 50<<20/22), 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, dir, map[string]string{"ok.txt": "Fine text."})
	stories, problems := readAll(t, []string{big, filepath.Join(dir, "ok.txt")}, "")
	if len(stories) != 1 || len(problems) != 1 || !errors.Is(problems[0], storybrief.ErrTooLarge) {
		t.Fatalf("stories %v problems %v", stories, problems)
	}
	if !strings.Contains(problems[0].Error(), "50.0 MB") {
		t.Errorf("message %q should give the size", problems[0])
	}
}

func TestGzipJSONL(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id":"g1","documents":["x","y"],"summaries":["s"]}` + "\n"))
	zw.Close()
	p := filepath.Join(dir, "set.jsonl.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := NewReader([]string{p}, nil)
	if !r.Scan() {
		t.Fatalf("no story: %v", r.Problems())
	}
	st := r.Story()
	if st.ID != "g1" || len(st.Docs) != 2 || st.Summaries[0] != "s" {
		t.Fatalf("%+v", st)
	}
	if r.Scan() {
		t.Fatal("one story expected")
	}
}

func TestJSONLTitles(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"titles", `{"id":"t","documents":["a","b","c"],"titles":["First. ","Second"]}`, []string{"First.", "Second", ""}},
		{"NeuS doc_titles", `{"id":"n","documents":["a","b"],"doc_titles":["One","Two"]}`, []string{"One", "Two"}},
		{"none", `{"id":"x","documents":["a"]}`, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "s.jsonl")
			if err := os.WriteFile(p, []byte(tt.line+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			r := NewReader([]string{p}, nil)
			if !r.Scan() {
				t.Fatalf("no story: %v", r.Problems())
			}
			var got []string
			for _, d := range r.Story().Docs {
				got = append(got, d.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("titles %q, want %q", got, tt.want)
			}
		})
	}
}
