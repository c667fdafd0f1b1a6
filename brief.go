package storybrief

import "strings"

// Citation points at one sentence of one document that supports a statement.
type Citation struct {
	Doc  string `json:"doc"`  // document id (d1, d2, …)
	Line int    `json:"line"` // 1-based line in the document's input
	Span
}

// SummarySentence is one sentence of a brief's summary: verbatim text of the
// document it was taken from, and the citations of every document that says
// the same thing (the first citation is the sentence itself).
type SummarySentence struct {
	Text    string     `json:"text"`
	Sources []Citation `json:"sources"`
	// Speaker is who the sentence quotes when it does not name them
	// itself (the attribution stood in a sentence before it), so that a
	// quote never reaches the reader without its speaker.
	Speaker string `json:"speaker,omitempty"`
	// Cut is set when the source's text ends inside the sentence: the
	// article was cut short (a truncated copy, a feed excerpt, a paywall)
	// and the sentence stops mid-phrase. Text stays verbatim; the views
	// people read close it with an ellipsis.
	Cut bool `json:"cut,omitempty"`
}

// Brief is the result of summarizing one story: its documents, a cited
// summary, the quotes with their speakers, the entities the documents name
// and the facts they state, with how each stands across the documents.
type Brief struct {
	Documents []*Document
	Summary   []SummarySentence
	Quotes    []Quote  // who said what, in document order
	Entities  []Entity // people, organizations and places, most salient first
	Facts     []Fact   // what the documents state: corroborated, disputed, then single
	// Stories holds, when the documents given as one story seem to tell
	// several (or one of them is no part of it), the documents of each:
	// indexes into Documents, the largest story first. It is nil when
	// they tell one.
	Stories [][]int
}

// Budget bounds the length of a summary: at most Words words (0: no bound)
// and at most Sentences sentences (0: no bound).
type Budget struct {
	Words     int
	Sentences int
}

// EntityType says what kind of thing an entity is.
type EntityType string

// The types of entities.
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"   // organizations, companies, agencies, outlets, armed groups
	Place  EntityType = "PLACE" // countries, cities, regions, geographic features
	Other  EntityType = "OTHER" // named events, works and anything else with a proper name
)

// Mention is one place where a document names an entity. Its span covers
// the whole mention, leading titles included ("Secretary of State John
// Kerry"); Name covers the name without them ("John Kerry") and Title the
// title just before the name ("Secretary of State"), empty when there is
// none. Mentions come from the article's paragraphs and photo captions,
// never from reader comments.
type Mention struct {
	Doc  string `json:"doc"`  // document id
	Line int    `json:"line"` // 1-based line of the mention's first byte
	Span
	Name   Span   `json:"-"`
	Title  Span   `json:"-"`
	Entity string `json:"entity"` // id of the entity the mention belongs to
}

// Entity is a person, organization or place named by the documents of a
// story, its mentions grouped across documents: name variants, titles,
// surnames, acronyms and aliases (ISIS, ISIL, the Islamic State) and close
// misspellings resolve to one entity.
type Entity struct {
	ID       string     `json:"id"`   // e1, e2, … in order of salience
	Name     string     `json:"name"` // the fullest name the sources use
	Type     EntityType `json:"type"`
	Mentions []Mention  `json:"mentions"`         // in document order, then text order
	Docs     []string   `json:"docs"`             // ids of the documents that mention it, in input order
	Titles   []string   `json:"titles,omitempty"` // the titles the sources give it before its name, lower case, each once: "former vice president"
	Salience float64    `json:"salience"`         // in (0, 1]; 1 for the most salient entity
}

// QuoteKind says how a quote is given.
type QuoteKind string

// The kinds of quotes.
const (
	QuoteDirect   QuoteKind = "direct"   // quoted sentences, between quotation marks
	QuotePartial  QuoteKind = "partial"  // quoted words inside the author's own sentence
	QuoteBlock    QuoteKind = "block"    // a block quote: whole paragraphs of someone else's words
	QuotePost     QuoteKind = "post"     // a quoted social-media post (tweeted, posted)
	QuoteReported QuoteKind = "reported" // reported speech: "Psaki said that …"
)

// Quote is something a speaker said, as one document reports it. Its span
// covers the quoted words without the quotation marks (for reported speech,
// the reported clause; for a block quote, its paragraphs). Attribution
// covers the words that name the speaker for this quote and Cue the verb
// of saying ("said", "tweeted", "according to"); both are empty when the
// speaker is inferred, as for a quote that continues the previous one.
type Quote struct {
	Doc  string    `json:"doc"`  // document id
	Line int       `json:"line"` // 1-based line of the quote's first byte
	Kind QuoteKind `json:"kind"`
	Span
	Speaker     string `json:"speaker"` // the speaker's resolved name, or the words that name the speaker; "" if unknown
	Entity      string `json:"entity"`  // id of the speaker's entity, "" if none
	Cue         Span   `json:"-"`
	Attribution Span   `json:"-"`
}

// Names returns the distinct ways the documents write e's name: each
// mention as written, then without its titles but the last, then the bare
// name (Supreme Leader Ayatollah Ali Khamenei, Ayatollah Ali Khamenei, Ali
// Khamenei), in order of first use, white space collapsed; for a person,
// last, the surname alone, by which news refers back to them. docs are the
// documents the mentions index into; mentions of other documents are
// skipped.
func (e *Entity) Names(docs []*Document) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = CollapseSpace(s)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	var d *Document
	for _, m := range e.Mentions {
		if d == nil || d.ID != m.Doc {
			d = nil
			for _, x := range docs {
				if x.ID == m.Doc {
					d = x
					break
				}
			}
		}
		if d == nil || m.Start < 0 || m.End > len(d.Text) || m.Start > m.End {
			continue
		}
		add(m.In(d.Text))
		if m.Title.Len() > 0 && m.Title.Start > m.Start && m.Title.Start < m.Name.End && m.Name.End <= len(d.Text) {
			add(d.Text[m.Title.Start:m.Name.End])
		}
		if m.Name.Len() > 0 && m.Name.Start >= 0 && m.Name.End <= len(d.Text) {
			add(m.Name.In(d.Text))
		}
	}
	if f := strings.Fields(e.Name); e.Type == Person && len(f) > 1 {
		add(f[len(f)-1])
	}
	return out
}
