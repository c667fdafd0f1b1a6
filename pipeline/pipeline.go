package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/extract"
	"github.com/storybrief/storybrief/ingest"
	"github.com/storybrief/storybrief/lang"
)

// Splitter finds the sentences of a text, as spans relative to it.
type Splitter interface {
	Sentences(text string) []storybrief.Span
}

// SplitterFunc adapts a function to Splitter.
type SplitterFunc func(text string) []storybrief.Span

// Sentences calls f(text).
func (f SplitterFunc) Sentences(text string) []storybrief.Span { return f(text) }

// Summarizer selects summary sentences from the documents of one story.
type Summarizer interface {
	Summarize(docs []*storybrief.Document, b storybrief.Budget) []storybrief.SummarySentence
}

// FactSummarizer is a Summarizer that can use a story's facts: to prefer
// corroborated ones and cite their sources.
type FactSummarizer interface {
	SummarizeFacts(docs []*storybrief.Document, facts []storybrief.Fact, b storybrief.Budget) []storybrief.SummarySentence
}

// SummarizerFunc adapts a function to Summarizer.
type SummarizerFunc func(docs []*storybrief.Document, b storybrief.Budget) []storybrief.SummarySentence

// Summarize calls f(docs, b).
func (f SummarizerFunc) Summarize(docs []*storybrief.Document, b storybrief.Budget) []storybrief.SummarySentence {
	return f(docs, b)
}

// Resolver finds the people, organizations and places that the documents
// of one story name, grouped into entities across the documents.
type Resolver interface {
	Resolve(docs []*storybrief.Document) []storybrief.Entity
}

// ResolverFunc adapts a function to Resolver.
type ResolverFunc func(docs []*storybrief.Document) []storybrief.Entity

// Resolve calls f(docs).
func (f ResolverFunc) Resolve(docs []*storybrief.Document) []storybrief.Entity { return f(docs) }

// QuoteFinder finds who said what in one document, resolving speakers to
// the story's entities.
type QuoteFinder interface {
	Quotes(doc *storybrief.Document, ents []storybrief.Entity) []storybrief.Quote
}

// QuoteFinderFunc adapts a function to QuoteFinder.
type QuoteFinderFunc func(doc *storybrief.Document, ents []storybrief.Entity) []storybrief.Quote

// Quotes calls f(doc, ents).
func (f QuoteFinderFunc) Quotes(doc *storybrief.Document, ents []storybrief.Entity) []storybrief.Quote {
	return f(doc, ents)
}

// FactFinder groups the sentences of a story's documents into facts:
// corroborated, reported by one document, or disputed. The story's
// entities and quotes may be empty.
type FactFinder interface {
	Facts(docs []*storybrief.Document, ents []storybrief.Entity, quotes []storybrief.Quote) []storybrief.Fact
}

// FactFinderFunc adapts a function to FactFinder.
type FactFinderFunc func(docs []*storybrief.Document, ents []storybrief.Entity, quotes []storybrief.Quote) []storybrief.Fact

// Facts calls f(docs, ents, quotes).
func (f FactFinderFunc) Facts(docs []*storybrief.Document, ents []storybrief.Entity, quotes []storybrief.Quote) []storybrief.Fact {
	return f(docs, ents, quotes)
}

// Engine runs the pipeline. Its fields are set once; it is then safe for
// concurrent use. Stages left nil are skipped.
type Engine struct {
	Extractor  *extract.Extractor
	Splitter   Splitter
	Summarizer Summarizer
	Entities   Resolver    // people, organizations and places of the story
	Quotes     QuoteFinder // who said what, speakers resolved to Entities
	Facts      FactFinder  // what the documents agree on, what one reports, what is disputed
	Stories    Grouper     // the stories that documents given as one tell; nil: one
	Workers    int         // documents extracted at once; 0 means GOMAXPROCS
}

// Grouper tells the stories that documents given as one story tell: each
// group lists indexes into docs, the largest first; one group (or none)
// when they tell one.
type Grouper interface {
	Group(docs []*storybrief.Document) [][]int
}

// GrouperFunc adapts a function to Grouper.
type GrouperFunc func(docs []*storybrief.Document) [][]int

// Group calls f(docs).
func (f GrouperFunc) Group(docs []*storybrief.Document) [][]int { return f(docs) }

// Documents extracts and segments the documents of a story. Documents that
// cannot be read are reported in the error list, each naming its source;
// the others are returned in input order with ids d1, d2, ….
func (e *Engine) Documents(ctx context.Context, st ingest.Story) ([]*storybrief.Document, storybrief.ErrorList) {
	type result struct {
		doc *storybrief.Document
		err error
	}
	res := make([]result, len(st.Docs))
	work := func(i int) {
		raw := st.Docs[i]
		doc, err := e.Extract(raw.Source, raw.Data)
		if err == nil {
			AdoptTitle(doc, raw.Title)
		}
		res[i] = result{doc, err}
	}
	workers := e.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 || len(st.Docs) < 2 {
		for i := range st.Docs {
			if ctx.Err() != nil {
				res[i].err = ctx.Err()
				continue
			}
			work(i)
		}
	} else {
		var wg sync.WaitGroup
		next := make(chan int)
		for w := 0; w < min(workers, len(st.Docs)); w++ {
			wg.Go(func() {
				for i := range next {
					work(i)
				}
			})
		}
		for i := range st.Docs {
			if ctx.Err() != nil {
				res[i].err = ctx.Err()
				continue
			}
			next <- i
		}
		close(next)
		wg.Wait()
	}
	var docs []*storybrief.Document
	var problems storybrief.ErrorList
	for i, r := range res {
		if r.err != nil {
			problems.Add(st.Docs[i].Source, r.err)
			continue
		}
		r.doc.ID = fmt.Sprintf("d%d", len(docs)+1)
		docs = append(docs, r.doc)
	}
	return docs, problems
}

// AdoptTitle gives doc the headline that its input named beside the text
// (a JSON Lines story's "titles", a feed item's title, an API caller's),
// when extraction found none. The sources and the brief's title carry it.
// When the text's first paragraph is that headline, as data sets that put
// the headline on the text's first line have it, the paragraph becomes the
// title line: a headline is no body sentence for a summary to repeat, and
// the fact finder reads it as a headline.
func AdoptTitle(doc *storybrief.Document, title string) {
	title = storybrief.CollapseSpace(title)
	if doc.Title != "" || title == "" {
		return
	}
	doc.Title = title
	line, text := firstLine(doc.Text)
	if line == 0 || !sameHeadline(text, title) {
		return
	}
	for i, p := range doc.Paragraphs {
		if p.Line != line {
			continue
		}
		if len(doc.Paragraphs) == 1 || storybrief.CollapseSpace(p.In(doc.Text)) != text {
			return // the headline is all the text there is, or runs into it
		}
		doc.Paragraphs = slices.Delete(doc.Paragraphs, i, i+1)
		break
	}
	doc.Dropped = slices.DeleteFunc(doc.Dropped, func(d storybrief.Dropped) bool { return d.Line == line })
	doc.TitleLine = line
}

// firstLine returns the 1-based number and the text, white space
// collapsed, of the first line of text that is not blank (0 if none).
func firstLine(text string) (int, string) {
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		if t := storybrief.CollapseSpace(line); t != "" {
			return n, t
		}
		text = rest
	}
	return 0, ""
}

// sameHeadline reports whether a line of text is the headline title: the
// same words, whatever their case and the marks that end them.
func sameHeadline(line, title string) bool {
	trim := func(s string) string { return strings.TrimRight(s, ".!:;, ") }
	return strings.EqualFold(trim(line), trim(title))
}

// Extract cleans and segments one document. The id is left empty.
func (e *Engine) Extract(source string, data []byte) (*storybrief.Document, error) {
	x := e.Extractor
	if x == nil {
		x = extract.New()
	}
	doc, err := x.Extract("", source, data)
	if err != nil {
		return nil, err
	}
	e.Segment(doc)
	return doc, nil
}

// Segment fills the sentences of each paragraph of doc.
func (e *Engine) Segment(doc *storybrief.Document) {
	if e.Splitter == nil {
		return
	}
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		text := p.In(doc.Text)
		spans := e.Splitter.Sentences(text)
		p.Sentences = make([]storybrief.Sentence, 0, len(spans))
		for _, s := range spans {
			s.Start += p.Start
			s.End += p.Start
			if strings.TrimSpace(s.In(doc.Text)) == "" {
				continue
			}
			p.Sentences = append(p.Sentences, storybrief.Sentence{Span: s, Line: doc.Line(s.Start)})
		}
	}
}

// Brief summarizes the documents of one story within budget b, and finds
// their entities, quotes and facts. The summary is chosen from sentences
// that state no disputed claim: a claim that another document denies or
// contradicts shows among the facts, with both sides, never as settled.
// When the documents seem to tell several stories, the brief says which
// (Stories), and still covers them all.
func (e *Engine) Brief(docs []*storybrief.Document, b storybrief.Budget) *storybrief.Brief {
	br := &storybrief.Brief{Documents: docs}
	if e.Stories != nil && len(docs) > 1 {
		if g := e.Stories.Group(docs); len(g) > 1 {
			br.Stories = g
		}
	}
	// Entities and quotes follow English rules (titles, verbs of saying,
	// capitals for names): documents in other languages keep their summary
	// and facts, and are left out of these rather than misread.
	var english []*storybrief.Document
	for _, d := range docs {
		if lang.English(d) {
			english = append(english, d)
		}
	}
	if e.Entities != nil && len(english) > 0 {
		br.Entities = e.Entities.Resolve(english)
	}
	if e.Quotes != nil {
		for _, d := range english {
			br.Quotes = append(br.Quotes, e.Quotes.Quotes(d, br.Entities)...)
		}
	}
	if e.Facts != nil && len(docs) > 0 {
		br.Facts = e.Facts.Facts(docs, br.Entities, br.Quotes)
	}
	if e.Summarizer != nil && len(docs) > 0 {
		kept := settled(docs, br.Facts)
		if fs, ok := e.Summarizer.(FactSummarizer); ok {
			br.Summary = fs.SummarizeFacts(kept, br.Facts, b)
		} else {
			br.Summary = e.Summarizer.Summarize(kept, b)
		}
		attributeQuotes(br)
	}
	return br
}

// attributeQuotes sets the Speaker of each summary sentence that quotes
// someone it does not name: the speaker of the quote its own text holds,
// when the sentence carries none of the names the documents give the
// speaker's entity (the surname among them), nor the speaker as written.
func attributeQuotes(br *storybrief.Brief) {
	entities := make(map[string]*storybrief.Entity, len(br.Entities))
	for i := range br.Entities {
		entities[br.Entities[i].ID] = &br.Entities[i]
	}
	for k := range br.Summary {
		s := &br.Summary[k]
		if len(s.Sources) == 0 {
			continue
		}
		own := s.Sources[0]
		var best *storybrief.Quote
		bestLen := 0
		for i, q := range br.Quotes {
			if q.Doc != own.Doc || q.Speaker == "" {
				continue
			}
			if n := min(q.End, own.End) - max(q.Start, own.Start); n > bestLen {
				best, bestLen = &br.Quotes[i], n
			}
		}
		if best == nil {
			continue
		}
		names := []string{best.Speaker}
		if e := entities[best.Entity]; e != nil {
			names = append(names, e.Names(br.Documents)...)
		}
		lower := strings.ToLower(s.Text)
		if !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(lower, strings.ToLower(n)) }) {
			s.Speaker = best.Speaker
		}
	}
}

// settled returns docs without the sentences that assert a disputed claim:
// shallow copies of the documents that have any, the others as they are.
// Spans and ids are unchanged, so citations of the copies hold for docs.
func settled(docs []*storybrief.Document, facts []storybrief.Fact) []*storybrief.Document {
	claims := map[string]map[int]bool{} // doc id → starts of claim sentences
	for _, f := range facts {
		if side := f.Side(storybrief.Asserts); f.Status == storybrief.Disputed && side != nil {
			for _, s := range side.Sources {
				if claims[s.Doc] == nil {
					claims[s.Doc] = map[int]bool{}
				}
				claims[s.Doc][s.Start] = true
			}
		}
	}
	if len(claims) == 0 {
		return docs
	}
	out := make([]*storybrief.Document, len(docs))
	for i, d := range docs {
		out[i] = d
		starts := claims[d.ID]
		if starts == nil {
			continue
		}
		c := *d
		c.Paragraphs = make([]storybrief.Paragraph, len(d.Paragraphs))
		for k, p := range d.Paragraphs {
			kept := make([]storybrief.Sentence, 0, len(p.Sentences))
			for _, s := range p.Sentences {
				if !starts[s.Start] {
					kept = append(kept, s)
				}
			}
			p.Sentences = kept
			c.Paragraphs[k] = p
		}
		out[i] = &c
	}
	return out
}
