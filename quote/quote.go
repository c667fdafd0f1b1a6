package quote

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/gender"
	"github.com/storybrief/storybrief/segment"
)

// Find returns the quotes of doc, in text order, each with its speaker:
// direct quotes (curly or straight marks, whole or partial, running on
// across paragraphs), block quotes, quoted posts and reported speech
// ("Psaki said that …"). ents are the story's entities (from
// entity.Resolve; nil is allowed): a speaker that the document names as
// one of their mentions, or by a pronoun or surname that refers back to
// one, is resolved to it. Only the article's paragraphs are read, never
// reader comments. Find does not modify doc or ents and is safe for
// concurrent use.
func Find(doc *storybrief.Document, ents []storybrief.Entity) []storybrief.Quote {
	f := &finder{doc: doc, ents: ents, lines: storybrief.LineStarts(doc.Text), lastPara: -10, openRun: -1, genders: map[int]gender.Gender{}, last: none}
	for ei := range ents {
		for _, m := range ents[ei].Mentions {
			if m.Doc == doc.ID && m.End <= len(doc.Text) && m.Start < m.End {
				f.ments = append(f.ments, ment{Span: m.Span, ent: ei})
			}
		}
	}
	slices.SortFunc(f.ments, func(a, b ment) int { return cmp.Compare(a.Start, b.Start) })
	for i := 0; i < len(doc.Paragraphs); i++ {
		p := &doc.Paragraphs[i]
		switch p.Kind {
		case storybrief.KindQuote:
			i = f.block(i)
		case storybrief.KindBody, storybrief.KindDek, storybrief.KindNote:
			f.paragraph(i)
		}
	}
	slices.SortStableFunc(f.quotes, func(a, b storybrief.Quote) int { return cmp.Compare(a.Start, b.Start) })
	return f.quotes
}

// ment is a mention of an entity in the document.
type ment struct {
	storybrief.Span
	ent int // index in ents
}

// speaker is who a cue or a quote is attributed to.
type speaker struct {
	name    string
	ent     int // index in ents, -1 if none
	span    storybrief.Span
	pronoun bool // he or she, resolved to ent when ent >= 0
}

func (s speaker) ok() bool { return s.name != "" || s.ent >= 0 }

// word is a word of a paragraph.
type word struct {
	s, e int    // offsets in the document's text
	key  string // lower case, straight apostrophes
	q    int    // index of the quote the word is inside, -1 if none
	sent int    // index of the sentence in the paragraph
	m    int    // index in f.ments of the mention covering the word, -1 if none
}

// para is one paragraph being read.
type para struct {
	idx   int
	words []word
	qs    []mark // offsets in the document's text
}

type finder struct {
	doc   *storybrief.Document
	ents  []storybrief.Entity
	ments []ment
	lines []int
	spans []storybrief.Span
	wbuf  []word // the words of the paragraph being read, reused

	quotes      []storybrief.Quote
	quotedSpans []storybrief.Span // the quoted stretches of the paragraphs read so far
	genders     map[int]gender.Gender
	last        speaker // the speaker of the last attribution
	lastPara    int     // the paragraph it was in
	lastAt      int     // the offset of its cue
	openRun     int     // index in quotes of a quote that runs on into the next paragraph, -1 if none
	runPara     int
	runKind     storybrief.QuoteKind // the kind of the last direct quote
}

func (f *finder) text() string { return f.doc.Text }

func (f *finder) line(off int) int {
	i, _ := slices.BinarySearch(f.lines, off+1)
	return i
}

// read splits paragraph i into words, quotes and sentences.
func (f *finder) read(i int) *para {
	p := &f.doc.Paragraphs[i]
	t := f.text()
	pa := &para{idx: i, words: f.wbuf[:0]}
	for _, m := range marks(p.In(t)) {
		m.open += p.Start
		if m.close >= 0 {
			m.close += p.Start
		}
		m.closeEnd += p.Start
		m.inner[0] += p.Start
		m.inner[1] += p.Start
		pa.qs = append(pa.qs, m)
		f.quotedSpans = append(f.quotedSpans, storybrief.Span{Start: m.open, End: m.closeEnd})
	}
	f.spans = segment.AppendWords(f.spans[:0], p.In(t))
	if cap(pa.words) < len(f.spans) {
		pa.words = make([]word, 0, len(f.spans)+len(f.spans)/2)
	}
	qi, si, mi := 0, 0, 0
	for mi < len(f.ments) && f.ments[mi].End <= p.Start {
		mi++
	}
	for _, sp := range f.spans {
		w := word{s: sp.Start + p.Start, e: sp.End + p.Start, q: -1, m: -1}
		w.key = key(t[w.s:w.e])
		for qi < len(pa.qs) && pa.qs[qi].closeEnd <= w.s {
			qi++
		}
		if qi < len(pa.qs) && pa.qs[qi].open < w.s {
			w.q = qi
		}
		for si+1 < len(p.Sentences) && p.Sentences[si+1].Start <= w.s {
			si++
		}
		w.sent = si
		for mi < len(f.ments) && f.ments[mi].End <= w.s {
			mi++
		}
		if mi < len(f.ments) && f.ments[mi].Start <= w.s {
			w.m = mi
		}
		pa.words = append(pa.words, w)
	}
	return pa
}

// key returns the lower-case form of a word with straight apostrophes.
func key(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// gap returns the text between words a and b of pa.
func (f *finder) gap(pa *para, a, b int) string {
	return f.text()[pa.words[a].e:pa.words[b].s]
}

// boundary reports whether the text between two words ends a clause for
// the purpose of finding a speaker: sentence punctuation, quotation
// marks, dashes or brackets.
func boundary(gap string) bool {
	return strings.ContainsAny(gap, ".!?;:\"“”«»()[]—–") || strings.Contains(gap, "--") || strings.Contains(gap, "\n\n") || strings.Contains(gap, "‘") || strings.Contains(gap, "’")
}

// name returns the speaker for the mention mi.
func (f *finder) nameOf(mi int) speaker {
	m := f.ments[mi]
	e := &f.ents[m.ent]
	return speaker{name: e.Name, ent: m.ent, span: m.Span}
}

func (f *finder) isPerson(s speaker) bool {
	return s.ent >= 0 && f.ents[s.ent].Type == storybrief.Person
}
