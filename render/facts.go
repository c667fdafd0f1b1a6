package render

import (
	"fmt"
	"strings"

	"github.com/storybrief/storybrief"
)

// How many facts the text and Markdown briefs show; JSON and HTML show
// them all.
const (
	corroboratedShown = 8
	disputedShown     = 5
	singleShownPerDoc = 3
)

// jsonFactSource is one sentence that states a fact.
type jsonFactSource struct {
	Doc     string `json:"doc"`
	Line    int    `json:"line"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker,omitempty"`
	Related bool   `json:"related,omitempty"` // of a corroborated fact: reports something related, does not restate its text
}

// jsonSide is one side of a disputed fact.
type jsonSide struct {
	Stance   string           `json:"stance"`
	Speakers []string         `json:"speakers,omitempty"`
	Sources  []jsonFactSource `json:"sources"`
}

// jsonFact is one fact of a brief: its representative sentence, its
// status, the number of documents that state it and every sentence that
// does; a disputed fact cites both sides in sources and names them in
// sides.
type jsonFact struct {
	Text    string           `json:"text"`
	Status  string           `json:"status"`
	Outlets int              `json:"outlets"`
	Sources []jsonFactSource `json:"sources"`
	Sides   []jsonSide       `json:"sides,omitempty"`
	Basis   string           `json:"basis,omitempty"` // for a disputed fact: rebuttal or figures
	Cut     bool             `json:"cut,omitempty"`   // the source's text stops inside the representative sentence
}

func factSources(ss []storybrief.Support) []jsonFactSource {
	out := make([]jsonFactSource, 0, len(ss))
	for _, s := range ss {
		out = append(out, jsonFactSource{Doc: s.Doc, Line: s.Line, Start: s.Start, End: s.End, Speaker: s.Speaker, Related: s.Related})
	}
	return out
}

// factsJSON converts facts for JSON output; never nil. docs maps the
// brief's document ids to their documents, which tell whether a fact's
// representative sentence is cut.
func factsJSON(fs []storybrief.Fact, docs map[string]*storybrief.Document) []jsonFact {
	out := make([]jsonFact, 0, len(fs))
	for _, f := range fs {
		j := jsonFact{Text: f.Text, Status: string(f.Status), Outlets: f.Outlets, Sources: factSources(f.Sources), Basis: string(f.Basis)}
		if d := docs[f.Rep.Doc]; d != nil {
			j.Cut = d.Cut(f.Rep.Span)
		}
		for _, sd := range f.Sides {
			j.Sides = append(j.Sides, jsonSide{Stance: string(sd.Stance), Speakers: sd.Speakers, Sources: factSources(sd.Sources)})
		}
		out = append(out, j)
	}
	return out
}

// factLine is one fact as the text and Markdown briefs show it.
type factLine struct {
	Text    string
	Who     string
	Marks   []int  // document numbers, in order, once each
	Related []int  // of a corroborated fact: the documents that report something related, not its text
	Label   string // of the denying side of a dispute: what it does to the claim
}

// denialLabel names what the denying side of a dispute does to the claim,
// by the dispute's basis.
func denialLabel(b storybrief.Basis) string {
	switch b {
	case storybrief.Rebuttal:
		return "Denied"
	case storybrief.Figures:
		return "Other figures"
	}
	return "Denied or contradicted"
}

// factLines sorts facts into what the text and Markdown briefs show:
// corroborated facts, disputes (claim and denial), and per document the
// facts only it states, each list cut to its share, with the number left
// out.
type factLines struct {
	corroborated     []factLine
	moreCorroborated int
	disputes         [][2]factLine
	moreDisputes     int
	singles          map[string][]factLine
	moreSingles      map[string]int
}

func supportMarks(ss []storybrief.Support, num map[string]int) []int {
	ids := make([]string, len(ss))
	for i, s := range ss {
		ids[i] = s.Doc
	}
	return docNums(ids, num)
}

// splitRelated splits the sentences of a fact into those that restate its
// text and those that report something related (Support.Related).
func splitRelated(ss []storybrief.Support) (restate, related []storybrief.Support) {
	for _, s := range ss {
		if s.Related {
			related = append(related, s)
		} else {
			restate = append(restate, s)
		}
	}
	return restate, related
}

// relatedString writes the documents that report something related to a
// fact after its citations: " · related [3]". In text its words are
// joined by glue, which wrap keeps on one line (see unglue).
func relatedString(ns []int, md bool) string {
	if len(ns) == 0 {
		return ""
	}
	if md {
		return " · related " + markString(ns, md)
	}
	return " ·" + glue + "related" + glue + markString(ns, md)
}

// glue joins words that a wrapped line must not split; unglue turns it
// back into a space.
const glue = "\x00"

func unglue(s string) string { return strings.ReplaceAll(s, glue, " ") }

// repFirst returns ss with the sentences of document doc first, the rest
// in their order: a fact cites first the source whose words it shows, as a
// summary sentence does.
func repFirst(ss []storybrief.Support, doc string) []storybrief.Support {
	out := make([]storybrief.Support, 0, len(ss))
	for _, s := range ss {
		if s.Doc == doc {
			out = append(out, s)
		}
	}
	for _, s := range ss {
		if s.Doc != doc {
			out = append(out, s)
		}
	}
	return out
}

// docNums returns the source numbers of document ids, each once, in order;
// ids without a number are left out.
func docNums(ids []string, num map[string]int) []int {
	var out []int
	seen := map[int]bool{}
	for _, id := range ids {
		if n := num[id]; n > 0 && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func newFactLines(b *storybrief.Brief, fs []storybrief.Fact, num map[string]int) factLines {
	fl := factLines{singles: map[string][]factLine{}, moreSingles: map[string]int{}}
	byID := map[string]*storybrief.Document{}
	for _, d := range b.Documents {
		byID[d.ID] = d
	}
	shared := sharedSentences(fs)
	restated := restatedBefore()
	for _, f := range fs {
		switch f.Status {
		case storybrief.Corroborated:
			if restated(f) {
				continue
			}
			if len(fl.corroborated) == corroboratedShown {
				fl.moreCorroborated++
				continue
			}
			restate, related := splitRelated(repFirst(f.Sources, f.Rep.Doc))
			fl.corroborated = append(fl.corroborated, factLine{Text: readableIn(byID[f.Rep.Doc], f.Rep.Span, f.Text), Marks: supportMarks(restate, num), Related: supportMarks(related, num)})
		case storybrief.Disputed:
			claim, denial := f.Side(storybrief.Asserts), f.Side(storybrief.Denies)
			if claim == nil || denial == nil || len(denial.Sources) == 0 {
				continue
			}
			if len(fl.disputes) == disputedShown {
				fl.moreDisputes++
				continue
			}
			first := denial.Sources[0]
			fl.disputes = append(fl.disputes, [2]factLine{
				{Text: readableIn(byID[f.Rep.Doc], f.Rep.Span, f.Text), Who: strings.Join(claim.Speakers, "; "), Marks: supportMarks(repFirst(claim.Sources, f.Rep.Doc), num)},
				{Text: readableIn(byID[first.Doc], first.Span, spanText(byID[first.Doc], first.Span)), Who: strings.Join(denial.Speakers, "; "), Marks: supportMarks(repFirst(denial.Sources, first.Doc), num), Label: denialLabel(f.Basis)},
			})
		case storybrief.Single:
			if len(b.Documents) < 2 {
				continue // one article: every fact is its own, and the summary shows the best
			}
			if shared[anchorKey(f.Rep.Doc, f.Rep.Start)] {
				continue // its sentence shows among the facts of several sources
			}
			if isHeadline(byID[f.Rep.Doc], f.Rep.Span) {
				continue // the headline heads its document's facts already
			}
			d := f.Rep.Doc
			if len(fl.singles[d]) == singleShownPerDoc {
				fl.moreSingles[d]++
				continue
			}
			fl.singles[d] = append(fl.singles[d], factLine{Text: readableIn(byID[f.Rep.Doc], f.Rep.Span, f.Text), Who: f.Rep.Speaker, Marks: supportMarks(f.Sources, num)})
		}
	}
	return fl
}

// isHeadline reports whether sp is d's headline, which the facts of one
// source show as their document's heading.
func isHeadline(d *storybrief.Document, sp storybrief.Span) bool {
	if d == nil {
		return false
	}
	t, ok := d.TitleSpan()
	return ok && t == sp
}

// restatedBefore returns a test that tells, of corroborated facts taken in
// order, whether a fact's own sentence is one that an earlier fact cites
// as restating its text: the reader has it already, and its fact would
// show one thing twice ("The CDC is conflating the results of two
// different types of tests" [2][1], then the sentence of [1] it cites).
func restatedBefore() func(f storybrief.Fact) bool {
	cited := map[string]bool{}
	return func(f storybrief.Fact) bool {
		if cited[anchorKey(f.Rep.Doc, f.Rep.Start)] {
			return true
		}
		for _, s := range f.Sources {
			if !s.Related {
				cited[anchorKey(s.Doc, s.Start)] = true
			}
		}
		return false
	}
}

// sharedSentences returns the sentences (doc@start) of facts of several
// sources: a fact of one source that such a sentence also states is shown
// with them, not again under its document.
func sharedSentences(fs []storybrief.Fact) map[string]bool {
	m := map[string]bool{}
	for _, f := range fs {
		if f.Status == storybrief.Single {
			continue
		}
		for _, s := range f.Sources {
			m[anchorKey(s.Doc, s.Start)] = true
		}
	}
	return m
}

// markString writes source numbers as citations: [n] for text, a link to
// the source's anchor for Markdown.
func markString(ns []int, md bool) string {
	var b strings.Builder
	for _, n := range ns {
		if md {
			fmt.Fprintf(&b, "[\\[%d\\]](#source-%d)", n, n)
		} else {
			fmt.Fprintf(&b, "[%d]", n)
		}
	}
	return b.String()
}

// writeFactsText writes the sections Corroborated, In dispute and Only one
// source (grouped by document) of a text brief; nothing when there are no
// facts.
func writeFactsText(ew *errWriter, b *storybrief.Brief, fs []storybrief.Fact, num map[string]int, width int) {
	if len(fs) == 0 {
		return
	}
	fl := newFactLines(b, fs, num)
	if len(fl.corroborated) > 0 {
		ew.printf("\nCorroborated\n")
		for _, l := range fl.corroborated {
			ew.printf("%s\n", unglue(wrap("• "+l.Text+" "+markString(l.Marks, false)+relatedString(l.Related, false), width, "  ")))
		}
		if fl.moreCorroborated > 0 {
			ew.printf("  (%d more)\n", fl.moreCorroborated)
		}
	}
	if len(fl.disputes) > 0 {
		ew.printf("\nIn dispute\n")
		for _, d := range fl.disputes {
			ew.printf("%s\n", wrap("• Claim: "+d[0].Text+" "+markString(d[0].Marks, false)+who(d[0].Who), width, "  "))
			ew.printf("  %s\n", wrap(d[1].Label+": "+d[1].Text+" "+markString(d[1].Marks, false)+who(d[1].Who), width-2, "    "))
		}
		if fl.moreDisputes > 0 {
			ew.printf("  (%d more)\n", fl.moreDisputes)
		}
	}
	if len(fl.singles) > 0 {
		ew.printf("\nOnly one source\n")
		for i, d := range b.Documents {
			ls := fl.singles[d.ID]
			if len(ls) == 0 {
				continue
			}
			ew.printf("[%d] %s\n", i+1, outletName(d))
			for _, l := range ls {
				ew.printf("%s\n", wrap("• "+l.Text+" "+markString(l.Marks, false)+who(l.Who), width, "  "))
			}
			if n := fl.moreSingles[d.ID]; n > 0 {
				ew.printf("  (%d more)\n", n)
			}
		}
	}
}

// writeFactsMarkdown writes the same sections in Markdown.
func writeFactsMarkdown(ew *errWriter, b *storybrief.Brief, fs []storybrief.Fact, num map[string]int) {
	if len(fs) == 0 {
		return
	}
	fl := newFactLines(b, fs, num)
	if len(fl.corroborated) > 0 {
		ew.printf("\n## Corroborated\n\n")
		for _, l := range fl.corroborated {
			ew.printf("- %s %s%s\n", mdEscape(l.Text), markString(l.Marks, true), relatedString(l.Related, true))
		}
		if fl.moreCorroborated > 0 {
			ew.printf("- (%d more)\n", fl.moreCorroborated)
		}
	}
	if len(fl.disputes) > 0 {
		ew.printf("\n## In dispute\n\n")
		for _, d := range fl.disputes {
			ew.printf("- **Claim:** %s %s%s\n", mdEscape(d[0].Text), markString(d[0].Marks, true), mdEscape(who(d[0].Who)))
			ew.printf("  **%s:** %s %s%s\n", d[1].Label, mdEscape(d[1].Text), markString(d[1].Marks, true), mdEscape(who(d[1].Who)))
		}
		if fl.moreDisputes > 0 {
			ew.printf("- (%d more)\n", fl.moreDisputes)
		}
	}
	if len(fl.singles) > 0 {
		ew.printf("\n## Only one source\n")
		for i, d := range b.Documents {
			ls := fl.singles[d.ID]
			if len(ls) == 0 {
				continue
			}
			ew.printf("\n### [%d] %s\n\n", i+1, mdEscape(outletName(d)))
			for _, l := range ls {
				ew.printf("- %s %s%s\n", mdEscape(l.Text), markString(l.Marks, true), mdEscape(who(l.Who)))
			}
			if n := fl.moreSingles[d.ID]; n > 0 {
				ew.printf("- (%d more)\n", n)
			}
		}
	}
}

// who writes a speaker after a cited sentence.
func who(s string) string {
	if s == "" {
		return ""
	}
	return " — " + Readable(s)
}

// outletName names a document: its headline, else its source.
func outletName(d *storybrief.Document) string {
	if d.Title != "" {
		return Readable(d.Title)
	}
	return d.Source
}
