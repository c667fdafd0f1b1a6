package render

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storybrief/storybrief"
)

// The "Who said what" section and the key people, organizations and places.
const (
	maxQuotes     = 8  // quotes shown in a brief
	maxPerSpeaker = 2  // quotes of one speaker shown
	maxQuoteWords = 24 // words of a quote shown before it is cut
	maxPeople     = 8
	maxOrgs       = 6
	maxPlaces     = 6
	minQuoteWords = 4 // shorter quotes (a word or two in quotation marks) are not shown alone
)

// shownQuote is a quote as the brief shows it.
type shownQuote struct {
	speaker, text, doc string
	start              int
}

// kindRank orders the kinds of quotes by how much a reader learns from
// them: direct words first, reported speech last.
func kindRank(k storybrief.QuoteKind) int {
	switch k {
	case storybrief.QuoteDirect, storybrief.QuotePost:
		return 0
	case storybrief.QuoteBlock:
		return 1
	case storybrief.QuotePartial:
		return 2
	}
	return 3
}

// keyQuotes picks the quotes a brief shows: attributed ones, direct before
// reported, speakers that matter most first, at most two a speaker; shown
// in source order.
func keyQuotes(b *storybrief.Brief) []shownQuote {
	docs := docsByID(b)
	order := map[string]int{}
	for i, d := range b.Documents {
		order[d.ID] = i
	}
	sal := map[string]float64{}
	for _, e := range b.Entities {
		sal[e.ID] = e.Salience
	}
	type cand struct {
		q     *storybrief.Quote
		words int
	}
	var cs []cand
	for i := range b.Quotes {
		q := &b.Quotes[i]
		d := docs[q.Doc]
		if q.Speaker == "" || d == nil {
			continue
		}
		text := spanText(d, q.Span)
		n := len(strings.Fields(text))
		if n < minQuoteWords || inSummary(b, text) {
			continue
		}
		cs = append(cs, cand{q, n})
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		return cmp.Or(
			cmp.Compare(kindRank(a.q.Kind), kindRank(b.q.Kind)),
			cmp.Compare(sal[b.q.Entity], sal[a.q.Entity]),
			cmp.Compare(order[a.q.Doc], order[b.q.Doc]),
			cmp.Compare(a.q.Start, b.q.Start))
	})
	per := map[string]int{}
	shown := map[string][]storybrief.Span{} // by document: the spans of the quotes chosen
	var out []shownQuote
	for _, c := range cs {
		if len(out) == maxQuotes {
			break
		}
		who := c.q.Speaker
		if c.q.Entity != "" {
			who = c.q.Entity
		}
		if per[who] == maxPerSpeaker {
			continue
		}
		if slices.ContainsFunc(shown[c.q.Doc], func(sp storybrief.Span) bool { return sp.Start < c.q.End && c.q.Start < sp.End }) {
			continue // the reported speech around a direct quote already shown, or the quote inside it
		}
		shown[c.q.Doc] = append(shown[c.q.Doc], c.q.Span)
		per[who]++
		out = append(out, shownQuote{speaker: Readable(c.q.Speaker), text: Readable(shortQuote(spanText(docs[c.q.Doc], c.q.Span), c.q.Kind)), doc: c.q.Doc, start: c.q.Start})
	}
	slices.SortStableFunc(out, func(a, b shownQuote) int {
		return cmp.Or(cmp.Compare(order[a.doc], order[b.doc]), cmp.Compare(a.start, b.start))
	})
	return out
}

// shortQuote returns a quote cut to maxQuoteWords words, in quotation marks
// unless it is reported speech.
func shortQuote(s string, k storybrief.QuoteKind) string {
	ws := strings.Fields(s)
	if len(ws) > maxQuoteWords {
		s = strings.Join(ws[:maxQuoteWords], " ") + " …"
	}
	s = strings.TrimRight(s, ",;: ")
	if k == storybrief.QuoteReported {
		return "(reported) " + s
	}
	return "“" + s + "”"
}

// entityGroup is one line of a brief's named entities: its label and the
// most salient entities of one type.
type entityGroup struct {
	label string
	es    []*storybrief.Entity
}

// keyEntities returns the most salient people, organizations and places,
// a group each, leaving out the empty ones.
func keyEntities(b *storybrief.Brief) []entityGroup {
	var people, orgs, places []*storybrief.Entity
	for i := range b.Entities {
		e := &b.Entities[i]
		switch {
		case e.Type == storybrief.Person && len(people) < maxPeople:
			people = append(people, e)
		case e.Type == storybrief.Org && len(orgs) < maxOrgs:
			orgs = append(orgs, e)
		case e.Type == storybrief.Place && len(places) < maxPlaces:
			places = append(places, e)
		}
	}
	var out []entityGroup
	for _, g := range []entityGroup{{"People", people}, {"Organizations", orgs}, {"Places", places}} {
		if len(g.es) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// inSummary reports whether the summary already quotes text.
func inSummary(b *storybrief.Brief, text string) bool {
	head := text
	if len(head) > 40 {
		head = head[:40]
	}
	for _, s := range b.Summary {
		if strings.Contains(s.Text, head) {
			return true
		}
	}
	return false
}
