package facts

import (
	"math"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/noise"
	"github.com/storybrief/storybrief/segment"
)

// Name is one mention of a name in a document: its span and the entity it
// refers to, the same ID for every mention of the entity in the story
// (Kerry, John Kerry and Secretary of State John Kerry). Type and Full,
// when the Namer knows them, say what the entity is and give its fullest
// name: a pronoun that speaks ("It said …", "he added") is resolved to
// them.
type Name struct {
	storybrief.Span
	ID   string
	Type storybrief.EntityType // "" when unknown
	Full string                // the entity's fullest name; "" when unknown
}

// Namer finds the names mentioned in a sentence of a document.
type Namer interface {
	Names(d *storybrief.Document, s storybrief.Span) []Name
}

// Attributor says who is quoted in a sentence of a document, or "" when
// no one is: a quote finder's reading of direct and partial quotes.
type Attributor interface {
	Speaker(d *storybrief.Document, s storybrief.Span) string
}

// AttributorFunc adapts a function to Attributor.
type AttributorFunc func(d *storybrief.Document, s storybrief.Span) string

// Speaker calls f(d, s).
func (f AttributorFunc) Speaker(d *storybrief.Document, s storybrief.Span) string { return f(d, s) }

// NamerFunc adapts a function to Namer.
type NamerFunc func(d *storybrief.Document, s storybrief.Span) []Name

// Names calls f(d, s).
func (f NamerFunc) Names(d *storybrief.Document, s storybrief.Span) []Name { return f(d, s) }

// Background weighs a word stem (Porter2, lower case) by how rare it is in
// news at large: its inverse document frequency, log(N/df), in a large news
// corpus. summarize.Background is one.
type Background interface {
	IDF(stem string) float64
}

// Default thresholds, set on the seed story and the annotated NeuS stories
// in testdata (see eval_test.go).
const (
	DefaultLink    = 0.12 // similarity at which two sentences of different documents state the same fact
	DefaultRepeat  = 0.50 // similarity at which two sentences of one document repeat a fact
	DefaultOppose  = 0.15 // similarity at which a denial is about the same claim
	DefaultNumbers = 0.15 // similarity, numbers aside, at which different figures contradict
)

// Finder groups the sentences of a story's documents into facts. The zero
// value is ready to use; New returns one that also remembers, from one
// story to the next, what it learnt of each word. Its fields are set once,
// and it is then safe for concurrent use.
type Finder struct {
	Namer      Namer      // nil: capitalized words are names, each word its own entity
	Speakers   Attributor // nil: the finder's own reading of reported speech only
	Background Background // nil: words weigh by their rarity in the story alone
	// Boilerplate reports a sentence that sites repeat word for word on
	// page after page ("The news and stories that matter, delivered
	// weekday mornings."): it states no fact. nil: none is.
	// summarize.Model.IsBoilerplate is one.
	Boilerplate func(text string) bool
	Link        float64 // 0: DefaultLink
	Repeat      float64 // 0: DefaultRepeat
	Oppose      float64 // 0: DefaultOppose
	Numbers     float64 // 0: DefaultNumbers

	cache *cache // what is known of words, shared by calls; nil: each story alone
}

// New returns a Finder that weighs words against bg (nil: the story
// alone) and keeps what it learns of words from one story to the next.
func New(bg Background) *Finder {
	return &Finder{Background: bg, cache: newCache()}
}

func (f *Finder) link() float64    { return or(f.Link, DefaultLink) }
func (f *Finder) repeat() float64  { return or(f.Repeat, DefaultRepeat) }
func (f *Finder) oppose() float64  { return or(f.Oppose, DefaultOppose) }
func (f *Finder) numbers() float64 { return or(f.Numbers, DefaultNumbers) }

func or(x, def float64) float64 {
	if x == 0 {
		return def
	}
	return x
}

// Find returns the facts of a story: corroborated facts first (most
// sources that restate the shown sentence first, then most outlets), then disputed facts, then what a single document states,
// in document order. Sentences of every kind of paragraph take part
// (headlines, body, block quotes with their speaker, standfirsts) except
// editor's notes; reader comments never do. Questions and fragments stand
// as no fact of their own.
func (f *Finder) Find(docs []*storybrief.Document) []storybrief.Fact {
	s := f.prepare(docs)
	if len(s.units) == 0 {
		return nil
	}
	s.compare()
	groups := s.group()
	return s.facts(groups, s.disputes(groups))
}

// story is one story's documents read into units, with the links between
// them.
type story struct {
	f     *Finder
	docs  []*storybrief.Document
	units []unit
	byDoc [][]int
	idf   []float32
	names []bool   // concept id → used as a name
	edges [][]edge // per unit, its links to other units, sorted by unit

	increase int32 // the story's id of the concept of a rise ("rose", "growth"; negated: "fell")
	truth    int32 // the story's id of the concept of truth ("true"; negated: "lied", "false")
}

// edge is a link from one unit to another.
type edge struct {
	to      int
	sim     float32 // weighted Dice coefficient of the two units' concepts
	numSim  float32 // the same without numbers
	support bool    // states the same fact
	opposed bool    // one denies what the other asserts
	numDiff bool    // different figures for the same quantity
}

// prepare reads the documents into units.
func (f *Finder) prepare(docs []*storybrief.Document) *story {
	s := &story{f: f, docs: docs, byDoc: make([][]int, len(docs))}
	a := newAnalyzer(f.Namer, f.Background, f.cache)
	s.increase = a.id("increase")
	s.truth = a.id("true")
	add := func(di int, kind storybrief.Kind, sp storybrief.Span, line int, speaker string) {
		d := docs[di]
		// A caption or credit run into the sentence: the sentence starts
		// after it; a sentence that is noise throughout is no fact.
		sp, line, text, clean := noise.Sentence(d.Text, sp, line)
		u := unit{doc: di, kind: kind, span: sp, line: line, text: text}
		if u.text == "" {
			return
		}
		a.analyze(&u, d, speaker)
		u.eligible = clean && eligible(&u) && (f.Boilerplate == nil || !f.Boilerplate(text))
		s.byDoc[di] = append(s.byDoc[di], len(s.units))
		s.units = append(s.units, u)
	}
	perDoc := perDocLimit(docs)
	for di, d := range docs {
		if sp, ok := d.TitleSpan(); ok {
			add(di, kindTitle, sp, d.TitleLine, "")
		}
		for _, p := range d.Paragraphs {
			if p.Kind == storybrief.KindNote || len(s.byDoc[di]) > perDoc {
				continue
			}
			speaker := ""
			if p.Kind == storybrief.KindQuote {
				speaker = p.Speaker
				if speaker == "" {
					speaker = "(quoted)"
				}
			}
			for _, se := range p.Sentences {
				who := speaker
				if who == "" && f.Speakers != nil {
					who = f.Speakers.Speaker(d, se.Span)
				}
				add(di, p.Kind, se.Span, se.Line, who)
			}
		}
	}
	s.names = a.names
	s.weigh(len(a.globals))
	return s
}

// MaxUnits bounds the sentences of a story that are compared: comparing is
// pairwise, so a story of a hundred long articles would otherwise cost time
// quadratic in its size. Beyond the bound each document contributes only
// its leading paragraphs, an equal share of the bound (at least one).
const MaxUnits = 2500

// perDocLimit returns how many sentences each document may contribute.
func perDocLimit(docs []*storybrief.Document) int {
	total := 0
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			total += len(p.Sentences)
		}
	}
	if total <= MaxUnits || len(docs) == 0 {
		return total + 1
	}
	return max(1, MaxUnits/len(docs))
}

// eligible reports whether a unit may stand as a fact of its own: not a
// question (also one that a headline's added stop closes: "Did Trump Try
// to Shut Down the Investigation?."), not a fragment, not a short sentence
// that tells no news (segment.NoNews: "The FBI declined to comment ahead
// of the news conference.", "NBC News has not seen the cable.").
func eligible(u *unit) bool {
	t := strings.TrimRight(u.text, "\"”’' ).")
	if strings.HasSuffix(t, "?") || u.words <= noNewsWords && segment.NoNews(u.text) {
		return false // a question; "NBC News has not seen the cable."
	}
	minWords := 6
	if u.kind == kindTitle {
		minWords = 4
	}
	return u.words >= minWords && len(u.terms) >= 3
}

// noNewsWords is the longest sentence that tells no news when
// segment.NoNews says so: a longer one tells something besides ("The
// country's first lady, Martine Moise, was hospitalized following the
// attack, though more details about her condition were not immediately
// available.").
const noNewsWords = 18

// weigh computes inverse document frequencies over the story's units and
// each unit's term weights: rarity in the story times rarity in news.
func (s *story) weigh(vocab int) {
	df := make([]int32, vocab)
	for i := range s.units {
		for _, t := range s.units[i].terms {
			df[t.id]++
		}
	}
	n := float64(len(s.units))
	s.idf = make([]float32, vocab)
	for t, c := range df {
		if c > 0 {
			s.idf[t] = float32(math.Log(1 + n/float64(c)))
		}
	}
	for i := range s.units {
		u := &s.units[i]
		u.w = make([]float32, len(u.terms))
		u.sum, u.numSum = 0, 0
		for k, t := range u.terms {
			w := s.idf[t.id] * t.bg
			u.w[k] = w
			u.sum += w
			if t.num {
				u.numSum += w
			}
		}
	}
}

// compare links every pair of units that are similar enough to state the
// same fact, to deny one another or to give different figures.
func (s *story) compare() {
	n := len(s.units)
	s.edges = make([][]edge, n)
	link, repeat, oppose, numbers := s.f.link(), s.f.repeat(), s.f.oppose(), s.f.numbers()
	floor := math.Min(math.Min(link, oppose), numbers)
	for i := 0; i < n; i++ {
		a := &s.units[i]
		for j := i + 1; j < n; j++ {
			b := &s.units[j]
			e := s.pair(a, b)
			if float64(e.sim) < floor && float64(e.numSim) < floor {
				continue
			}
			threshold := link
			if a.doc == b.doc {
				threshold = repeat
			}
			e.support = e.support && float64(e.sim) >= threshold
			e.opposed = e.opposed && float64(e.sim) >= oppose && a.doc != b.doc
			e.numDiff = e.numDiff && float64(e.numSim) >= 2*numbers && a.doc != b.doc
			if !e.support && !e.opposed && !e.numDiff {
				continue
			}
			e.to = j
			s.edges[i] = append(s.edges[i], e)
			e.to = i
			s.edges[j] = append(s.edges[j], e)
		}
	}
	// A sentence loosely like many of another document's sentences shares
	// the story's topic rather than a fact: below twice a threshold, a
	// link holds only between sentences that are among each other's
	// closest few in their documents.
	rank := make([][]int, n)
	for i, es := range s.edges {
		rank[i] = make([]int, len(es))
		for k := range es {
			for l := range es {
				if l != k && s.units[es[l].to].doc == s.units[es[k].to].doc && es[l].sim > es[k].sim {
					rank[i][k]++
				}
			}
		}
	}
	rankOf := func(i, to int) int {
		for k, e := range s.edges[i] {
			if e.to == to {
				return rank[i][k]
			}
		}
		return n
	}
	for i := range s.edges {
		for k := range s.edges[i] {
			e := &s.edges[i][k]
			if s.units[e.to].doc == s.units[i].doc || rank[i][k] < topRank && rankOf(e.to, i) < topRank {
				continue
			}
			e.support = e.support && float64(e.sim) >= 2*link
			e.opposed = e.opposed && float64(e.sim) >= 2*oppose
			e.numDiff = e.numDiff && float64(e.numSim) >= 2*numbers
		}
	}
}

// topRank is how many of a document's closest sentences a sentence may be
// linked to below twice a threshold.
const topRank = 2

// pair compares two units: the weighted Dice coefficient of their
// concepts, with and without numbers; whether they share a predicate,
// whether one negates what the other asserts, whether their figures
// differ.
func (s *story) pair(a, b *unit) edge {
	var e edge
	var shared, sharedNum float64
	var predW, oppW, firmW float64
	n, pred := 0, 0
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		ta, tb := a.terms[i], b.terms[j]
		switch {
		case ta.id < tb.id:
			i++
		case ta.id > tb.id:
			j++
		default:
			w := float64(a.w[i]+b.w[j]) / 2
			shared += w
			n++
			if ta.num {
				sharedNum += w
			} else if !ta.name && !tb.name && !s.names[ta.id] {
				pred++
				predW += w
				// A rise and a fall oppose only when they are of one
				// thing: "job growth" and "the unemployment rate
				// dropped" are two.
				otherThing := ta.id == s.increase && (ta.subj < 0 || tb.subj < 0 || ta.subj != tb.subj)
				if ta.neg != tb.neg && (ta.firm || tb.firm) && !ta.mixed && !tb.mixed && !otherThing {
					oppW += w
					// a word of denial or an antonym, or a plain
					// negation someone is reported saying
					if !(ta.neg && ta.plain || tb.neg && tb.plain) || ta.neg && a.speaker != "" || tb.neg && b.speaker != "" {
						firmW += w
					}
				}
			}
			i++
			j++
		}
	}
	if tot := float64(a.sum + b.sum); tot > 0 {
		e.sim = float32(2 * shared / tot)
	}
	if len(a.clauses) > 0 || len(b.clauses) > 0 {
		e.sim = max(e.sim, float32(clauseFactor*clauseSim(a, b)))
	}
	if tot := float64(a.sum - a.numSum + b.sum - b.numSum); tot > 0 {
		e.numSim = float32(2 * (shared - sharedNum) / tot)
	}
	e.numSim = max(e.numSim, e.sim)
	// opposed: the negated concepts carry a good part of what the two
	// share, and they share more than those (what the claim is about).
	// A denial that names the report it answers ("denied reports that it
	// is considering a free streaming service") may negate all it shares
	// with the claim: the claim stands whole inside it.
	opposed := oppW >= 0.25*shared && (oppW <= 0.75*shared || a.rebuts || b.rebuts) && oppW >= 0.3*predW
	// A plain negation ("not", "won't") in a sentence's own voice most
	// often restates the other sentence in other words ("CDC asks public
	// not to travel" and "Americans should avoid travel"): it opposes it
	// only when someone is reported saying it ("The administration
	// insists that it will not coordinate"). A word of denial or an
	// antonym opposes in any voice.
	opposed = opposed && firmW > 0
	conflict := numbersConflict(a.nums, b.nums)
	e.support = n >= 2 && pred >= 1 && !opposed && !conflict
	// Two denials report one denial, whatever each says of what was
	// denied ("Trump refuted a story … stating he wanted to increase the
	// arsenal", "Trump denied a report that he asked to expand it").
	e.opposed = opposed && pred >= 1 && n >= 2 && a.eligible && b.eligible && !a.hedged && !b.hedged && !(a.denial && b.denial)
	e.numDiff = conflict && pred >= 2 && a.eligible && b.eligible
	return e
}

// clauseFactor discounts the similarity of two clauses against that of two
// whole sentences.
const clauseFactor = 0.9

// clauseSim returns the best weighted Dice coefficient between a clause (or
// the whole) of a and a clause (or the whole) of b, one clause at least.
func clauseSim(a, b *unit) float64 {
	best := 0.0
	as, bs := a.clauses, b.clauses
	if len(as) == 0 {
		as = [][]int{a.all}
	}
	if len(bs) == 0 {
		bs = [][]int{b.all}
	}
	for _, ca := range as {
		for _, cb := range bs {
			best = math.Max(best, diceOf(a, ca, b, cb))
		}
	}
	if len(a.clauses) > 0 && len(b.clauses) > 0 {
		for _, ca := range a.clauses {
			best = math.Max(best, diceOf(a, ca, b, b.all))
		}
		for _, cb := range b.clauses {
			best = math.Max(best, diceOf(a, a.all, b, cb))
		}
	}
	return best
}

// diceOf is the weighted Dice coefficient of two sets of terms, given as
// sorted indexes into each unit's terms.
func diceOf(a *unit, ai []int, b *unit, bi []int) float64 {
	var sa, sb, shared float64
	for _, i := range ai {
		sa += float64(a.w[i])
	}
	for _, j := range bi {
		sb += float64(b.w[j])
	}
	i, j := 0, 0
	for i < len(ai) && j < len(bi) {
		ta, tb := a.terms[ai[i]].id, b.terms[bi[j]].id
		switch {
		case ta < tb:
			i++
		case ta > tb:
			j++
		default:
			shared += float64(a.w[ai[i]]+b.w[bi[j]]) / 2
			i++
			j++
		}
	}
	if sa+sb == 0 {
		return 0
	}
	return 2 * shared / (sa + sb)
}

// linked returns the units that state the same fact as u, with their
// similarity.
func (s *story) supports(u int) []edge {
	var out []edge
	for _, e := range s.edges[u] {
		if e.support {
			out = append(out, e)
		}
	}
	return out
}

// shared returns the concepts two units share, sorted.
func (s *story) shared(a, b int) []int32 {
	ua, ub := &s.units[a], &s.units[b]
	var out []int32
	i, j := 0, 0
	for i < len(ua.terms) && j < len(ub.terms) {
		switch {
		case ua.terms[i].id < ub.terms[j].id:
			i++
		case ua.terms[i].id > ub.terms[j].id:
			j++
		default:
			out = append(out, ua.terms[i].id)
			i++
			j++
		}
	}
	return out
}

// overlap is the weight two sorted concept sets share over the weight of
// the lighter one.
func (s *story) overlap(a, b []int32) float64 {
	var wa, wb, both float64
	for _, t := range a {
		wa += float64(s.idf[t])
	}
	for _, t := range b {
		wb += float64(s.idf[t])
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both += float64(s.idf[a[i]])
			i++
			j++
		}
	}
	if m := math.Min(wa, wb); m > 0 {
		return both / m
	}
	return 0
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
