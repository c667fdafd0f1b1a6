package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/storybrief/storybrief"
)

// HTML is the format of a brief as one self-contained web page.
const HTML Format = "html"

//go:embed brief.html.tmpl
var briefHTML string

// pageTemplate is parsed once; it is read-only and safe for concurrent use.
var pageTemplate = template.Must(template.New("brief").Parse(briefHTML))

// Page is what an HTML brief shows: the brief (its documents and summary),
// its facts, and, when there are any, who said what and who is named.
type Page struct {
	Story    string
	Brief    *storybrief.Brief
	Facts    []storybrief.Fact
	Quotes   []PageQuote
	Entities []PageEntity
	Problems storybrief.ErrorList
}

// PageQuote is one quote as the page shows it: Text as shown, in
// quotation marks where they belong.
type PageQuote struct {
	Speaker string
	Text    string
	Cite    storybrief.Citation
}

// PageEntity is one entity as the page shows it.
type PageEntity struct {
	Name     string
	Type     string
	Mentions []string // distinct forms, in order of first use
	Docs     []string // ids of the documents that name it
}

// PageOf returns the page of a brief: its facts, and the quotes and
// entities that the text brief shows (the key quotes, cut; the key people
// and organizations).
func PageOf(story string, b *storybrief.Brief, problems storybrief.ErrorList) Page {
	p := Page{Story: story, Brief: b, Facts: b.Facts, Problems: problems}
	byID := make(map[string]*storybrief.Document, len(b.Documents))
	for _, d := range b.Documents {
		byID[d.ID] = d
	}
	for _, q := range keyQuotes(b) {
		p.Quotes = append(p.Quotes, PageQuote{Speaker: q.speaker, Text: q.text, Cite: sentenceAt(byID[q.doc], q.start)})
	}
	for _, g := range keyEntities(b) {
		for _, e := range g.es {
			p.Entities = append(p.Entities, PageEntity{Name: Readable(e.Name), Type: string(e.Type), Mentions: e.Names(b.Documents), Docs: e.Docs})
		}
	}
	return p
}

// sentenceAt cites the sentence of d that holds byte offset off, or the
// document when none does.
func sentenceAt(d *storybrief.Document, off int) storybrief.Citation {
	if d == nil {
		return storybrief.Citation{}
	}
	for _, p := range d.Paragraphs {
		for _, s := range p.Sentences {
			if s.Start <= off && off < s.End {
				return storybrief.Citation{Doc: d.ID, Line: s.Line, Span: s.Span}
			}
		}
	}
	return storybrief.Citation{Doc: d.ID, Line: d.Line(off), Span: storybrief.Span{Start: off, End: off}}
}

// WriteHTML writes p as one HTML page with its style and a few lines of
// script inline: the summary, the facts by status, quotes and entities
// when there are any, and every source's article text with each sentence
// a citation points to marked; a citation [n] links to its sentence in its
// article, which is highlighted when followed. All text from the articles
// is escaped.
func WriteHTML(w io.Writer, p Page) error {
	v := newPageView(p)
	return pageTemplate.Execute(w, v)
}

// pageView is the data of the template.
type pageView struct {
	Title        string
	Meta         string
	Story        string
	Words        int
	Docs         []docView
	Summary      []lineView
	Corroborated []lineView
	Disputed     []disputeView
	Singles      []outletView
	Quotes       []lineView
	Entities     []entityView
	Problems     []Problem
	Note         string // which sources seem to tell another story
}

type citeView struct {
	N      int
	Target string // id of the element the citation points to
	Title  string // the document's headline, for a tooltip
}

type lineView struct {
	Text    string
	Who     string
	Outlets int
	Cites   []citeView
	Related []citeView // of a corroborated fact: the sources that report something related
}

type disputeView struct {
	Claim, Denial lineView
	Label         string // what the denial does to the claim: Denied, Other figures
}

type outletView struct {
	N     int
	Title string
	Shown []lineView
	More  []lineView
}

type entityView struct {
	Name     string
	Type     string
	Mentions string
	Cites    []citeView
}

type docView struct {
	ID     string
	N      int
	Title  string
	Source string
	Head   *segView // the headline, when a fact cites it
	Paras  []paraView
}

type paraView struct {
	Kind    string
	Speaker string
	Segs    []segView
}

// segView is a piece of a paragraph: a sentence (with an id) or the text
// between sentences.
type segView struct {
	Text  string
	ID    string
	Cited bool
}

// singlesShown is how many facts of one outlet the page shows before the
// rest fold away.
const singlesShown = 5

func newPageView(p Page) pageView {
	b := p.Brief
	if b == nil {
		b = &storybrief.Brief{}
	}
	v := pageView{Title: Title(b), Story: p.Story, Problems: Problems(p.Problems), Note: StoriesNote(b, false)}
	num := docNumbers(b)
	byID := make(map[string]*storybrief.Document, len(b.Documents))
	for _, d := range b.Documents {
		byID[d.ID] = d
	}
	// every citation on the page, to mark the sentences they point to
	cited := map[string]bool{}
	anchors := map[string]string{} // doc id + start → element id
	for _, d := range b.Documents {
		for _, para := range d.Paragraphs {
			for _, s := range para.Sentences {
				anchors[anchorKey(d.ID, s.Start)] = sentenceID(d.ID, s.Start)
			}
		}
		if sp, ok := d.TitleSpan(); ok {
			anchors[anchorKey(d.ID, sp.Start)] = sentenceID(d.ID, sp.Start)
		}
	}
	// Citations of the summary, of facts of several sources, of disputes
	// and of quotes mark their sentences in the articles; those of facts
	// of one source link without marking (they would mark nearly all).
	mark := true
	cite := func(c storybrief.Citation) citeView {
		target, ok := anchors[anchorKey(c.Doc, c.Start)]
		if !ok {
			target = c.Doc
		} else if mark {
			cited[target] = true
		}
		t := ""
		if d := byID[c.Doc]; d != nil {
			t = Readable(d.Title)
		}
		return citeView{N: num[c.Doc], Target: target, Title: t}
	}
	cites := func(cs []storybrief.Citation) []citeView {
		var out []citeView
		seen := map[int]bool{}
		for _, c := range cs {
			cv := cite(c)
			if seen[cv.N] {
				continue
			}
			seen[cv.N] = true
			out = append(out, cv)
		}
		return out
	}
	citations := func(ss []storybrief.Support) []storybrief.Citation {
		out := make([]storybrief.Citation, len(ss))
		for i, s := range ss {
			out[i] = s.Citation
		}
		return out
	}
	for _, s := range b.Summary {
		v.Summary = append(v.Summary, lineView{Text: ReadableSummary(s), Who: Readable(s.Speaker), Cites: cites(s.Sources)})
		v.Words += len(strings.Fields(s.Text))
	}
	v.Meta = fmt.Sprintf("%s, %s, from %s", Plural(len(b.Summary), "sentence"), Plural(v.Words, "word"), Plural(len(b.Documents), "source"))
	singles := map[string][]lineView{}
	shared := sharedSentences(p.Facts)
	restated := restatedBefore()
	for _, f := range p.Facts {
		switch f.Status {
		case storybrief.Corroborated:
			if restated(f) {
				continue
			}
			restate, related := splitRelated(repFirst(f.Sources, f.Rep.Doc))
			v.Corroborated = append(v.Corroborated, lineView{Text: readableIn(byID[f.Rep.Doc], f.Rep.Span, f.Text), Outlets: f.Outlets, Cites: cites(citations(restate)), Related: cites(citations(related))})
		case storybrief.Disputed:
			claim, denial := f.Side(storybrief.Asserts), f.Side(storybrief.Denies)
			if claim == nil || denial == nil || len(denial.Sources) == 0 {
				continue
			}
			dv := disputeView{
				Claim:  lineView{Text: readableIn(byID[f.Rep.Doc], f.Rep.Span, f.Text), Who: Readable(strings.Join(claim.Speakers, "; ")), Cites: cites(citations(repFirst(claim.Sources, f.Rep.Doc)))},
				Denial: lineView{Text: readableIn(byID[denial.Sources[0].Doc], denial.Sources[0].Span, spanText(byID[denial.Sources[0].Doc], denial.Sources[0].Span)), Who: Readable(strings.Join(denial.Speakers, "; ")), Cites: cites(citations(repFirst(denial.Sources, denial.Sources[0].Doc)))},
				Label:  denialLabel(f.Basis),
			}
			v.Disputed = append(v.Disputed, dv)
		case storybrief.Single:
			if len(b.Documents) < 2 || shared[anchorKey(f.Rep.Doc, f.Rep.Start)] || isHeadline(byID[f.Rep.Doc], f.Rep.Span) {
				continue // one article's facts are all its own; shared sentences show above; the headline heads them
			}
			doc := f.Rep.Doc
			mark = false
			singles[doc] = append(singles[doc], lineView{Text: readableIn(byID[f.Rep.Doc], f.Rep.Span, f.Text), Who: Readable(f.Rep.Speaker), Cites: cites(citations(f.Sources))})
			mark = true
		}
	}
	for _, d := range b.Documents {
		ls := singles[d.ID]
		if len(ls) == 0 {
			continue
		}
		o := outletView{N: num[d.ID], Title: Readable(d.Title)}
		if o.Title == "" {
			o.Title = d.Source
		}
		if len(ls) > singlesShown {
			o.Shown, o.More = ls[:singlesShown], ls[singlesShown:]
		} else {
			o.Shown = ls
		}
		v.Singles = append(v.Singles, o)
	}
	for _, q := range p.Quotes {
		v.Quotes = append(v.Quotes, lineView{Text: q.Text, Who: q.Speaker, Cites: cites([]storybrief.Citation{q.Cite})})
	}
	for _, e := range p.Entities {
		ev := entityView{Name: Readable(e.Name), Type: strings.ToLower(e.Type), Mentions: strings.Join(e.Mentions, ", ")}
		docs := append([]string(nil), e.Docs...)
		sort.SliceStable(docs, func(i, j int) bool { return num[docs[i]] < num[docs[j]] })
		for _, id := range docs {
			if d := byID[id]; d != nil {
				ev.Cites = append(ev.Cites, citeView{N: num[id], Target: id, Title: Readable(d.Title)})
			}
		}
		v.Entities = append(v.Entities, ev)
	}
	for i, d := range b.Documents {
		dv := docView{ID: d.ID, N: i + 1, Title: Readable(d.Title), Source: d.Source}
		if dv.Title == "" {
			dv.Title = "(no headline)"
		}
		if sp, ok := d.TitleSpan(); ok {
			id := sentenceID(d.ID, sp.Start)
			dv.Head = &segView{Text: Readable(d.Title), ID: id, Cited: cited[id]}
		}
		for _, para := range d.Paragraphs {
			pv := paraView{Kind: string(para.Kind), Speaker: para.Speaker}
			at := para.Start
			for _, s := range para.Sentences {
				if s.Start > at {
					pv.Segs = append(pv.Segs, segView{Text: Readable(d.Text[at:s.Start])})
				}
				id := sentenceID(d.ID, s.Start)
				pv.Segs = append(pv.Segs, segView{Text: Readable(s.In(d.Text)), ID: id, Cited: cited[id]})
				at = max(at, s.End)
			}
			if at < para.End {
				pv.Segs = append(pv.Segs, segView{Text: Readable(d.Text[at:para.End])})
			}
			dv.Paras = append(dv.Paras, pv)
		}
		v.Docs = append(v.Docs, dv)
	}
	return v
}

// Plural writes a count of things: "1 source", "3 sources", "2 new
// stories" (a y after a consonant turns to "ies").
func Plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	if k := len(thing); k >= 2 && thing[k-1] == 'y' && !strings.ContainsRune("aeiou", rune(thing[k-2])) {
		return fmt.Sprintf("%d %sies", n, thing[:k-1])
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

func anchorKey(doc string, start int) string { return fmt.Sprintf("%s@%d", doc, start) }

// sentenceID is the id of a sentence's element: its document and its first
// byte.
func sentenceID(doc string, start int) string { return fmt.Sprintf("%s-%d", doc, start) }
