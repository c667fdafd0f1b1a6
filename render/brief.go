package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/storybrief/storybrief"
)

// Options says how to render a brief.
type Options struct {
	Format Format
	Width  int // wrap text output at this many columns; 0 means 80
}

type jsonSource struct {
	Doc   string `json:"doc"`
	Line  int    `json:"line"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonSummary struct {
	Text    string       `json:"text"`
	Sources []jsonSource `json:"sources"`
	Speaker string       `json:"speaker,omitempty"`
	Cut     bool         `json:"cut,omitempty"`
}

type jsonDoc struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Title  string `json:"title"`
	Format string `json:"format"`
	Lang   string `json:"lang,omitempty"`
}

type jsonQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Entity  string `json:"entity,omitempty"` // id of the speaker's entity
	Doc     string `json:"doc"`
	Line    int    `json:"line"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

type jsonMention struct {
	Doc   string `json:"doc"`
	Line  int    `json:"line"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonEntity struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Mentions []string      `json:"mentions"` // the distinct ways the documents write the name
	Titles   []string      `json:"titles,omitempty"`
	Docs     []string      `json:"docs"`
	Salience float64       `json:"salience"`
	Count    int           `json:"count"`
	Spans    []jsonMention `json:"spans"`
}

// BriefJSON is the JSON form of a brief: a contract that tests and other
// tools rely on. Fields may be added; none is removed.
type BriefJSON struct {
	Story     string        `json:"story,omitempty"`
	Title     string        `json:"title"`
	Documents []jsonDoc     `json:"documents"`
	Summary   []jsonSummary `json:"summary"`
	Words     int           `json:"words"`
	Quotes    []jsonQuote   `json:"quotes"`
	Entities  []jsonEntity  `json:"entities"`
	Facts     []jsonFact    `json:"facts"`
	// Stories lists, when the documents seem to tell several stories, the
	// ids of the documents of each, the largest story first.
	Stories  [][]string `json:"stories,omitempty"`
	Problems []Problem  `json:"problems,omitempty"`
}

// ToJSON converts a brief to its JSON form.
func ToJSON(story string, b *storybrief.Brief, problems storybrief.ErrorList) BriefJSON {
	j := BriefJSON{Story: story, Title: Headline(b), Documents: []jsonDoc{}, Summary: []jsonSummary{}, Problems: Problems(problems)}
	for _, d := range b.Documents {
		j.Documents = append(j.Documents, jsonDoc{ID: d.ID, Source: d.Source, Title: d.Title, Format: d.Format, Lang: d.Lang})
	}
	for _, s := range b.Summary {
		js := jsonSummary{Text: s.Text, Sources: []jsonSource{}, Speaker: s.Speaker, Cut: s.Cut}
		for _, c := range s.Sources {
			js.Sources = append(js.Sources, jsonSource{Doc: c.Doc, Line: c.Line, Start: c.Start, End: c.End})
		}
		j.Summary = append(j.Summary, js)
		j.Words += len(strings.Fields(s.Text))
	}
	j.Quotes, j.Entities = []jsonQuote{}, []jsonEntity{}
	docs := docsByID(b)
	for _, q := range b.Quotes {
		d := docs[q.Doc]
		if d == nil {
			continue
		}
		jq := jsonQuote{Text: spanText(d, q.Span), Speaker: q.Speaker, Entity: q.Entity, Doc: q.Doc, Line: q.Line, Kind: string(q.Kind), Start: q.Start, End: q.End}
		if q.Cue.Len() > 0 {
			jq.Cue = spanText(d, q.Cue)
		}
		j.Quotes = append(j.Quotes, jq)
	}
	for i := range b.Entities {
		e := &b.Entities[i]
		je := jsonEntity{ID: e.ID, Name: e.Name, Type: string(e.Type), Mentions: e.Names(b.Documents), Titles: e.Titles, Docs: e.Docs, Salience: e.Salience, Count: len(e.Mentions), Spans: []jsonMention{}}
		if je.Docs == nil {
			je.Docs = []string{}
		}
		if je.Mentions == nil {
			je.Mentions = []string{}
		}
		for _, m := range e.Mentions {
			je.Spans = append(je.Spans, jsonMention{Doc: m.Doc, Line: m.Line, Start: m.Start, End: m.End})
		}
		j.Entities = append(j.Entities, je)
	}
	j.Facts = factsJSON(b.Facts, docs)
	for _, g := range b.Stories {
		j.Stories = append(j.Stories, storyIDs(b, g))
	}
	return j
}

// storyIDs returns the ids of the documents of b that g indexes.
func storyIDs(b *storybrief.Brief, g []int) []string {
	ids := make([]string, 0, len(g))
	for _, i := range g {
		if i >= 0 && i < len(b.Documents) {
			ids = append(ids, b.Documents[i].ID)
		}
	}
	return ids
}

// The note on several stories lists their sources up to these counts;
// beyond, it counts them.
const (
	storiesListed = 4
	sourcesListed = 12
)

// StoriesNote returns the sentence that says which sources seem to tell
// another story than the rest ("Source [3] seems to tell another story
// than the others; the brief covers it too."), or "" when they tell one.
func StoriesNote(b *storybrief.Brief, md bool) string {
	if len(b.Stories) < 2 {
		return ""
	}
	marksOf := func(g []int) string { return markString(docNums(storyIDs(b, g), docNumbers(b)), md) }
	strays := true
	for _, g := range b.Stories[1:] {
		strays = strays && len(g) == 1
	}
	if strays {
		var others []int
		for _, g := range b.Stories[1:] {
			others = append(others, g...)
		}
		sort.Ints(others)
		if len(others) == 1 {
			return "Source " + marksOf(others) + " seems to tell another story than the others; the brief covers it too."
		}
		return "Sources " + marksOf(others) + " seem to tell other stories than the rest; the brief covers them too."
	}
	if len(b.Stories) > storiesListed || len(b.Documents) > sourcesListed {
		alone := 0
		for _, g := range b.Stories {
			if len(g) == 1 {
				alone++
			}
		}
		return fmt.Sprintf("The %d sources seem to tell %d stories (the largest: %s; %d stand alone); the brief covers them all.",
			len(b.Documents), len(b.Stories), Plural(len(b.Stories[0]), "source"), alone)
	}
	parts := make([]string, len(b.Stories))
	for k, g := range b.Stories {
		parts[k] = marksOf(g)
	}
	return fmt.Sprintf("The sources seem to tell %d stories: %s; the brief covers them all.", len(b.Stories), strings.Join(parts, " · "))
}

// docsByID maps document ids to the brief's documents.
func docsByID(b *storybrief.Brief) map[string]*storybrief.Document {
	m := make(map[string]*storybrief.Document, len(b.Documents))
	for _, d := range b.Documents {
		m[d.ID] = d
	}
	return m
}

// spanText returns the text of a span of d, white space collapsed; ""
// when d is nil or the span is out of range.
func spanText(d *storybrief.Document, sp storybrief.Span) string {
	if d == nil || sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
		return ""
	}
	return storybrief.CollapseSpace(sp.In(d.Text))
}

// Title returns the brief's title for readers: its Headline or, when no
// document has one (a story read as JSON Lines or plain text), the start
// of the summary's first sentence; "Brief" for an empty brief.
func Title(b *storybrief.Brief) string {
	if h := Readable(Headline(b)); h != "" {
		return h
	}
	if len(b.Summary) > 0 {
		return storybrief.Snippet(Readable(b.Summary[0].Text), titleBytes)
	}
	return "Brief"
}

// titleBytes bounds a title made from a summary sentence.
const titleBytes = 90

// Headline returns the brief's title: the headline of the document cited
// most often by the summary, the first document's on a tie.
func Headline(b *storybrief.Brief) string {
	count := map[string]int{}
	for _, s := range b.Summary {
		for _, c := range s.Sources {
			count[c.Doc]++
		}
	}
	best, bestN := "", -1
	for _, d := range b.Documents {
		if d.Title != "" && count[d.ID] > bestN {
			best, bestN = d.Title, count[d.ID]
		}
	}
	return best
}

// Brief writes one brief in the format of o. With JSON and HTML, problems
// are listed in the output; with text and Markdown the caller reports
// them.
func Brief(w io.Writer, story string, b *storybrief.Brief, problems storybrief.ErrorList, o Options) error {
	switch o.Format {
	case JSON:
		return writeJSON(w, ToJSON(story, b, problems))
	case Markdown:
		return briefMarkdown(w, b)
	case HTML:
		return WriteHTML(w, PageOf(story, b, problems))
	default:
		return briefText(w, b, o)
	}
}

// docNumbers maps document ids to the 1-based numbers shown in citations.
func docNumbers(b *storybrief.Brief) map[string]int {
	m := make(map[string]int, len(b.Documents))
	for i, d := range b.Documents {
		m[d.ID] = i + 1
	}
	return m
}

// citedLines returns, per document id, the sorted lines the summary cites.
func citedLines(b *storybrief.Brief) map[string][]int {
	m := map[string][]int{}
	for _, s := range b.Summary {
		for _, c := range s.Sources {
			m[c.Doc] = append(m[c.Doc], c.Line)
		}
	}
	for k, v := range m {
		sort.Ints(v)
		out := v[:0]
		for i, x := range v {
			if i == 0 || x != v[i-1] {
				out = append(out, x)
			}
		}
		m[k] = out
	}
	return m
}

// marks returns the citations of a summary sentence, each source once.
func marks(s storybrief.SummarySentence, num map[string]int, md bool) string {
	ids := make([]string, len(s.Sources))
	for i, c := range s.Sources {
		ids[i] = c.Doc
	}
	return markString(docNums(ids, num), md)
}

func briefText(w io.Writer, b *storybrief.Brief, o Options) error {
	width := o.Width
	if width <= 0 {
		width = 80
	}
	ew := &errWriter{w: w}
	num := docNumbers(b)
	title := Title(b)
	words := 0
	for _, s := range b.Summary {
		words += len(strings.Fields(s.Text))
	}
	ew.printf("%s\n%s\n", title, strings.Repeat("─", min(width, max(8, len([]rune(title))))))
	ew.printf("%s, %s, from %s\n\n", Plural(len(b.Summary), "sentence"), Plural(words, "word"), Plural(len(b.Documents), "source"))
	if note := StoriesNote(b, false); note != "" {
		ew.printf("%s\n\n", wrap("Note: "+note, width, "  "))
	}
	if len(b.Summary) == 0 {
		ew.printf("(no sentence could be selected)\n\n")
	}
	for _, s := range b.Summary {
		ew.printf("%s\n", wrap("• "+ReadableSummary(s)+" "+marks(s, num, false)+who(s.Speaker), width, "  "))
	}
	writeFactsText(ew, b, b.Facts, num, width)
	if qs := keyQuotes(b); len(qs) > 0 {
		ew.printf("\nWho said what\n")
		for _, q := range qs {
			ew.printf("%s\n", wrap("• "+q.speaker+": "+q.text+" "+markString(docNums([]string{q.doc}, num), false), width, "  "))
		}
	}
	if groups := keyEntities(b); len(groups) > 0 {
		ew.printf("\n")
		for _, g := range groups {
			parts := make([]string, len(g.es))
			for i, e := range g.es {
				parts[i] = Readable(e.Name) + " " + markString(docNums(e.Docs, num), false)
			}
			ew.printf("%s\n", wrap(g.label+": "+strings.Join(parts, ", "), width, "  "))
		}
	}
	ew.printf("\nSources\n")
	lines := citedLines(b)
	for i, d := range b.Documents {
		t := Readable(d.Title)
		if t == "" {
			t = "(no headline)"
		}
		cited := ""
		if ls := lines[d.ID]; len(ls) > 0 {
			cited = fmt.Sprintf(" (cited: line %s)", joinInts(ls))
		}
		ew.printf("%s\n", wrap(fmt.Sprintf("[%d] %s — %s%s%s", i+1, t, d.Source, langNote(d), cited), width, "    "))
	}
	return ew.err
}

func briefMarkdown(w io.Writer, b *storybrief.Brief) error {
	ew := &errWriter{w: w}
	num := docNumbers(b)
	title := Title(b)
	ew.printf("# %s\n\n", mdEscape(title))
	if note := StoriesNote(b, true); note != "" {
		ew.printf("> **Note:** %s\n\n", note)
	}
	for _, s := range b.Summary {
		ew.printf("- %s %s%s\n", mdEscape(ReadableSummary(s)), marks(s, num, true), mdEscape(who(s.Speaker)))
	}
	writeFactsMarkdown(ew, b, b.Facts, num)
	if qs := keyQuotes(b); len(qs) > 0 {
		ew.printf("\n## Who said what\n\n")
		for _, q := range qs {
			ew.printf("- **%s**: %s %s\n", mdEscape(q.speaker), mdEscape(q.text), markString(docNums([]string{q.doc}, num), true))
		}
	}
	if groups := keyEntities(b); len(groups) > 0 {
		ew.printf("\n## People, organizations and places\n\n")
		for _, g := range groups {
			parts := make([]string, len(g.es))
			for i, e := range g.es {
				parts[i] = mdEscape(Readable(e.Name)) + " " + markString(docNums(e.Docs, num), true)
			}
			ew.printf("- **%s**: %s\n", g.label, strings.Join(parts, ", "))
		}
	}
	ew.printf("\n## Sources\n\n")
	lines := citedLines(b)
	for i, d := range b.Documents {
		t := Readable(d.Title)
		if t == "" {
			t = "(no headline)"
		}
		cited := ""
		if ls := lines[d.ID]; len(ls) > 0 {
			cited = " — cited: line " + joinInts(ls)
		}
		ew.printf("%d. <a id=\"source-%d\"></a>**%s** — `%s`%s%s\n", i+1, i+1, mdEscape(t), strings.ReplaceAll(d.Source, "`", "'"), langNote(d), cited)
	}
	return ew.err
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

// wrap breaks s into lines of at most width columns, indenting continuation
// lines.
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	col := 0
	for i, word := range strings.Fields(s) {
		n := len([]rune(word))
		if i > 0 {
			if col+1+n > width {
				b.WriteString("\n")
				b.WriteString(indent)
				col = len(indent)
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(word)
		col += n
	}
	return b.String()
}

// langNote marks a source that is not in English, whose entities and
// quotes a brief leaves out: " (language: de; no entities or quotes
// read)".
func langNote(d *storybrief.Document) string {
	if d.Lang == "" || d.Lang == "en" {
		return ""
	}
	return " (language: " + d.Lang + "; no entities or quotes read)"
}
