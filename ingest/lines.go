package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/storybrief/storybrief"
)

type sourceKind int

const (
	kindDoc       sourceKind = iota // one document
	kindJSONL                       // one story per JSON line
	kindMultiNews                   // one story per line, documents separated by |||||
)

// maxLine bounds one JSON Lines line (one story).
const maxLine = 64 << 20

// lineSource reads stories one line at a time.
type lineSource struct {
	name   string
	sc     *bufio.Scanner
	closer io.Closer
	kind   sourceKind
	line   int
	good   int // stories yielded
}

func newLineSource(name string, r io.Reader, c io.Closer, k sourceKind) *lineSource {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	return &lineSource{name: name, sc: sc, closer: c, kind: k}
}

func (s *lineSource) close() {
	if s.closer != nil {
		s.closer.Close()
	}
}

// jsonStory is one line of a data set.
type jsonStory struct {
	ID        string   `json:"id"`
	Documents []string `json:"documents"`
	Summaries []string `json:"summaries"`
	// Titles gives each document's headline, in the order of Documents
	// ("doc_titles" as NeuS names it); a document without one gets "".
	Titles    []string `json:"titles"`
	DocTitles []string `json:"doc_titles"`
}

// next returns the next story; problems with single lines go to probs.
func (s *lineSource) next(probs *storybrief.ErrorList) (Story, bool) {
	for s.sc.Scan() {
		s.line++
		line := bytes.TrimSpace(s.sc.Bytes())
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", s.name, s.line)
		var st Story
		switch s.kind {
		case kindJSONL:
			var js jsonStory
			if err := json.Unmarshal(line, &js); err != nil {
				probs.Add(where, fmt.Errorf("not a JSON story line: %w", err))
				continue
			}
			st = Story{ID: js.ID, Source: where, Summaries: js.Summaries}
			if st.ID == "" {
				st.ID = fmt.Sprintf("line-%d", s.line)
			}
			titles := js.Titles
			if titles == nil {
				titles = js.DocTitles
			}
			for i, d := range js.Documents {
				raw := Raw{Source: fmt.Sprintf("%s#%d", where, i+1), Data: []byte(d)}
				if i < len(titles) {
					raw.Title = strings.TrimSpace(titles[i])
				}
				st.Docs = append(st.Docs, raw)
			}
		case kindMultiNews:
			st = Story{ID: fmt.Sprintf("line-%d", s.line), Source: where}
			for i, d := range strings.Split(string(line), multiNewsSep) {
				d = multiNewsNewlines(d)
				if strings.TrimSpace(d) == "" {
					continue
				}
				st.Docs = append(st.Docs, Raw{Source: fmt.Sprintf("%s#%d", where, i+1), Data: []byte(d)})
			}
		}
		if len(st.Docs) == 0 {
			probs.Add(where, fmt.Errorf("%w: the story has no documents", storybrief.ErrEmpty))
			continue
		}
		s.good++
		return st, true
	}
	if err := s.sc.Err(); err != nil {
		probs.Add(s.name, fmt.Errorf("read line %d: %w", s.line+1, err))
	}
	return Story{}, false
}

// multiNewsNewlines turns the NEWLINE_CHAR tokens of raw Multi-News text into
// line breaks, padded to the same length so that byte offsets are kept.
func multiNewsNewlines(s string) string {
	const tok = "NEWLINE_CHAR"
	if !strings.Contains(s, tok) {
		return s
	}
	return strings.ReplaceAll(s, tok, "\n"+strings.Repeat(" ", len(tok)-1))
}

// isJSONLName reports whether a path names a JSON Lines file.
func isJSONLName(p string) bool {
	p = strings.ToLower(p)
	return strings.HasSuffix(p, ".jsonl") || strings.HasSuffix(p, ".jsonl.gz") || strings.HasSuffix(p, ".ndjson")
}

// maybeGunzip wraps r in a gzip reader when the name or the magic says so.
func maybeGunzip(name string, r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, nil
	}
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		return nil, fmt.Errorf("named .gz but not gzip data")
	}
	return br, nil
}

// kindOf tells a document from JSON Lines and raw Multi-News by content.
func kindOf(data []byte) sourceKind {
	if looksJSONL(data) {
		return kindJSONL
	}
	if bytes.Contains(data, []byte(multiNewsSep)) && !looksMarkup(data) {
		return kindMultiNews
	}
	return kindDoc
}

// looksMarkup reports whether data starts like an HTML or XML page, which
// may well hold "|||||" without being Multi-News.
func looksMarkup(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '<'
}

// looksJSONL reports whether data starts with a JSON object holding a
// "documents" array on its first line.
func looksJSONL(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	first := t
	if i := bytes.IndexByte(t, '\n'); i >= 0 {
		first = t[:i]
	}
	var probe struct {
		Documents json.RawMessage `json:"documents"`
	}
	return json.Unmarshal(first, &probe) == nil && len(probe.Documents) > 0
}
