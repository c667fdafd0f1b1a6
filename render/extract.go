package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/storybrief/storybrief"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	JSON     Format = "json"
)

// ParseFormat returns the format named s, or an error naming the choices.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case Text, Markdown, JSON, HTML:
		return f, nil
	case "md":
		return Markdown, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, markdown, json or html)", s)
}

// Problem is an input that could not be read, for JSON output.
type Problem struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// Problems converts an error list for JSON output.
func Problems(l storybrief.ErrorList) []Problem {
	out := make([]Problem, 0, len(l))
	for _, e := range l {
		out = append(out, Problem{Source: e.Source, Error: e.Err.Error()})
	}
	return out
}

type jsonParagraph struct {
	Line    int    `json:"line"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Speaker string `json:"speaker,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

type jsonDropped struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

type jsonComment struct {
	Line   int    `json:"line"`
	Author string `json:"author"`
	Text   string `json:"text"`
}

type jsonExtractDoc struct {
	ID         string          `json:"id"`
	Story      string          `json:"story,omitempty"`
	Source     string          `json:"source"`
	Format     string          `json:"format"`
	Title      string          `json:"title"`
	TitleLine  int             `json:"title_line,omitempty"`
	Paragraphs []jsonParagraph `json:"paragraphs"`
	Dropped    []jsonDropped   `json:"dropped"`
	Comments   []jsonComment   `json:"comments"`
}

// StoryDocs is the documents of one story, for extract output.
type StoryDocs struct {
	Story string // story id, "" for loose inputs
	Docs  []*storybrief.Document
}

// Extract writes the cleaned documents of stories in format f.
func Extract(w io.Writer, stories []StoryDocs, problems storybrief.ErrorList, f Format) error {
	switch f {
	case JSON:
		out := struct {
			Documents []jsonExtractDoc `json:"documents"`
			Problems  []Problem        `json:"problems,omitempty"`
		}{Documents: []jsonExtractDoc{}, Problems: Problems(problems)}
		for _, st := range stories {
			for _, d := range st.Docs {
				out.Documents = append(out.Documents, extractDoc(st.Story, d))
			}
		}
		return writeJSON(w, out)
	case Markdown:
		return extractMarkdown(w, stories)
	default:
		return extractText(w, stories)
	}
}

func extractDoc(story string, d *storybrief.Document) jsonExtractDoc {
	j := jsonExtractDoc{ID: d.ID, Story: story, Source: d.Source, Format: d.Format, Title: d.Title, TitleLine: d.TitleLine,
		Paragraphs: []jsonParagraph{}, Dropped: []jsonDropped{}, Comments: []jsonComment{}}
	for _, p := range d.Paragraphs {
		j.Paragraphs = append(j.Paragraphs, jsonParagraph{Line: p.Line, Text: storybrief.CollapseSpace(p.In(d.Text)), Kind: string(p.Kind), Speaker: p.Speaker, Start: p.Start, End: p.End})
	}
	for _, x := range d.Dropped {
		j.Dropped = append(j.Dropped, jsonDropped{Line: x.Line, Text: storybrief.CollapseSpace(x.In(d.Text)), Reason: x.Reason})
	}
	for _, c := range d.Comments {
		j.Comments = append(j.Comments, jsonComment{Line: c.Line, Author: c.Author, Text: c.Text})
	}
	return j
}

func extractText(w io.Writer, stories []StoryDocs) error {
	ew := &errWriter{w: w}
	for _, st := range stories {
		for _, d := range st.Docs {
			title := d.Title
			if title == "" {
				title = "(no headline)"
			}
			ew.printf("%s  %s\n%s\n", d.ID, d.Source, title)
			ew.printf("%s\n", strings.Repeat("=", min(72, max(8, len([]rune(title))))))
			for _, p := range d.Paragraphs {
				tag := ""
				if p.Kind != storybrief.KindBody {
					tag = "[" + string(p.Kind)
					if p.Speaker != "" {
						tag += ": " + p.Speaker
					}
					tag += "] "
				}
				ew.printf("%4d  %s%s\n", p.Line, tag, storybrief.CollapseSpace(p.In(d.Text)))
			}
			if len(d.Dropped) > 0 {
				ew.printf("\n  dropped:\n")
				for _, x := range d.Dropped {
					ew.printf("%4d  (%s) %s\n", x.Line, x.Reason, clip(storybrief.CollapseSpace(x.In(d.Text)), 70))
				}
			}
			if len(d.Comments) > 0 {
				ew.printf("\n  %d reader comments (line %d on), kept apart\n", len(d.Comments), d.Comments[0].Line)
			}
			ew.printf("\n")
		}
	}
	return ew.err
}

func extractMarkdown(w io.Writer, stories []StoryDocs) error {
	ew := &errWriter{w: w}
	for _, st := range stories {
		for _, d := range st.Docs {
			title := d.Title
			if title == "" {
				title = "(no headline)"
			}
			ew.printf("## %s: %s\n\n_%s_\n\n", d.ID, mdEscape(title), mdEscape(d.Source))
			for _, p := range d.Paragraphs {
				text := mdEscape(storybrief.CollapseSpace(p.In(d.Text)))
				if p.Kind == storybrief.KindQuote {
					ew.printf("> %s\n\n", text)
				} else {
					ew.printf("%s\n\n", text)
				}
			}
			if len(d.Dropped) > 0 {
				ew.printf("<details><summary>%d lines dropped</summary>\n\n", len(d.Dropped))
				for _, x := range d.Dropped {
					ew.printf("- line %d (%s): %s\n", x.Line, x.Reason, mdEscape(clip(storybrief.CollapseSpace(x.In(d.Text)), 70)))
				}
				ew.printf("\n</details>\n\n")
			}
		}
	}
	return ew.err
}

// writeJSON writes v indented, with HTML characters left as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// clip shortens s to at most n runes, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`)

// mdEscape escapes the characters Markdown would read as markup.
func mdEscape(s string) string { return mdReplacer.Replace(s) }
