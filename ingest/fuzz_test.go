package ingest

import (
	"bytes"
	"testing"
)

// FuzzReader feeds arbitrary bytes as standard input: the reader must never
// panic, every story it yields must hold documents, and every input it
// cannot use must be named in the problems.
func FuzzReader(f *testing.F) {
	f.Add([]byte("Plain text article."))
	f.Add([]byte(`{"id":"a","documents":["x","y"],"summaries":["s"]}` + "\n" + `{"id":"b","documents":[]}` + "\nnot json\n"))
	f.Add([]byte("doc one ||||| doc two NEWLINE_CHAR more\n||||| \n"))
	f.Add([]byte("<html><body>||||| in markup</body></html>"))
	f.Add([]byte{0x1f, 0x8b, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader([]string{"-"}, bytes.NewReader(data))
		stories := 0
		for r.Scan() {
			st := r.Story()
			if len(st.Docs) == 0 {
				t.Fatalf("story %q without documents", st.ID)
			}
			for _, d := range st.Docs {
				if d.Source == "" {
					t.Fatal("document without a source")
				}
			}
			stories++
		}
		if r.Err() != nil {
			return
		}
		if stories == 0 && len(r.Problems()) == 0 && len(bytes.TrimSpace(data)) > 0 {
			t.Fatalf("input of %d bytes vanished: no story, no problem", len(data))
		}
	})
}
