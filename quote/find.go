package quote

import (
	"strings"

	"github.com/storybrief/storybrief"
)

// How a quote found its speaker.
const (
	byNone      = iota
	byAfter     // "…," said Kerry / "…," Power said
	byBefore    // Psaki said, "…"
	bySentence  // a cue elsewhere in the sentence: Maloney argued, Iran hopes "…"
	byParagraph // the speaker of the last attribution in the paragraph
	byRunOn     // a quote that continues the one before
)

// paragraph finds the quotes and the reported speech of paragraph i.
func (f *finder) paragraph(i int) {
	pa := f.read(i)
	defer func() { f.wbuf = pa.words[:0] }()
	if len(pa.words) == 0 {
		return
	}
	p := &f.doc.Paragraphs[i]
	t := f.text()
	consumed := map[int]bool{}
	// The quotes and the cues, in text order.
	qi := 0
	firstQuote := true
	for k := 0; k <= len(pa.words); k++ {
		for qi < len(pa.qs) && (k == len(pa.words) || pa.qs[qi].open < pa.words[k].s) {
			f.direct(pa, qi, consumed, firstQuote && strings.TrimSpace(t[p.Start:pa.qs[qi].open]) == "")
			firstQuote = false
			qi++
		}
		if k < len(pa.words) && !consumed[k] && f.isCue(pa, k) {
			f.reported(pa, k)
		}
	}
}

// wordsAround returns the index of the last word before offset a and of
// the first word at or after offset b (-1 and len(words) if none).
func wordsAround(pa *para, a, b int) (before, after int) {
	before, after = -1, len(pa.words)
	for k, w := range pa.words {
		if w.e <= a {
			before = k
		}
		if w.s >= b {
			after = k
			break
		}
	}
	return before, after
}

// direct attributes the quote qi of pa and records it.
func (f *finder) direct(pa *para, qi int, consumed map[int]bool, atStart bool) {
	t := f.text()
	m := pa.qs[qi]
	before, after := wordsAround(pa, m.open, m.closeEnd)
	inside, firstIn, lastIn := 0, -1, -1
	for k, w := range pa.words {
		if w.q == qi {
			inside++
			if firstIn < 0 {
				firstIn = k
			}
			lastIn = k
		}
	}
	ceil := len(pa.words)
	if qi+1 < len(pa.qs) {
		_, ceil = wordsAround(pa, pa.qs[qi+1].open, pa.qs[qi+1].open)
	}
	floor := 0
	if qi > 0 {
		_, floor = wordsAround(pa, pa.qs[qi-1].closeEnd, pa.qs[qi-1].closeEnd)
	}
	if f.titleQuoted(pa, m.open, before, firstIn, lastIn) {
		return
	}
	s, how, cue := none, byNone, -1
	// 1. A cue right after the quote, in its last sentence.
	if m.close >= 0 && after < ceil && lastIn >= 0 && !strings.ContainsAny(t[m.closeEnd:pa.words[after].s], ".!?;") {
		for c := after; c < min(after+10, ceil); c++ {
			if c > after && f.brk(pa, c-1, c) || pa.words[c].sent != pa.words[lastIn].sent {
				break
			}
			if !f.isCue(pa, c) {
				continue
			}
			if c == after {
				s = f.post(pa, c, ceil)
			} else {
				s = f.pre(pa, c, after)
			}
			// A few quoted words are a quote only when the attribution
			// follows at once: "the lost symbol," broke records, its
			// publisher said is a title.
			if s.ok() && (inside >= 4 || c == after || f.wordIndexAt(pa, s.span.Start) == after) {
				how, cue = byAfter, c
			} else {
				s = none
			}
			break
		}
	}
	// 2. A cue right before it. It also wins over a cue that follows the
	// quote only further on ("Mackey said in a memo that the “price
	// distinction …” as prices fell, Yahoo Finance reported"): what was
	// said is the clause the quote is in.
	if (how == byNone || how == byAfter && cue > after && f.thatBefore(pa, before, floor)) && before >= floor && !strings.ContainsAny(t[pa.words[before].e:m.open], ".!?;") {
		for c := before; c >= max(floor, before-8); c-- {
			if c < before && f.brk(pa, c, c+1) {
				break
			}
			if !f.isCue(pa, c) && !f.naming(pa, c, before) {
				continue
			}
			ps := f.pre(pa, c, floor)
			if !ps.ok() && f.inverted(pa, c) && !participles[pa.words[c].key] {
				ps = f.post(pa, c, before+1)
			}
			if ps.ok() && (ps.ent >= 0 || f.isCue(pa, c)) {
				s, how, cue = ps, byBefore, c
			}
			break
		}
	}
	short := inside < 4
	// 3. A cue elsewhere in the sentence: the nearest before the quote, else
	// the first after it.
	if how == byNone && firstIn >= 0 {
		sent := pa.words[firstIn].sent
		lo := firstIn
		for lo > 0 && pa.words[lo-1].sent == sent {
			lo--
		}
		for c := lo; c < len(pa.words) && pa.words[c].sent == sent; c++ {
			if pa.words[c].q >= 0 || (short && c > before) || !f.isCue(pa, c) && !(c <= before && f.naming(pa, c, before)) {
				continue
			}
			cs := f.pre(pa, c, lo)
			if !cs.ok() && f.inverted(pa, c) && !participles[pa.words[c].key] {
				cs = f.post(pa, c, len(pa.words))
			}
			// Who names something is a speaker only when named: "Trump
			// called CNN “fake news”", not "an hour-long interview".
			if cs.ok() && (cs.ent >= 0 || f.isCue(pa, c)) {
				s, how, cue = cs, bySentence, c
				if c > before {
					break
				}
			}
		}
	}
	// 4. The last speaker of the paragraph.
	if how == byNone && !short && f.last.ok() && f.lastPara == pa.idx {
		s, how = f.last, byParagraph
		s.span = storybrief.Span{}
	}
	// 5. A quote that continues the one in the paragraph before (photo
	// captions between them left aside).
	if how == byNone && atStart && f.last.ok() && f.follows(pa.idx) {
		s, how = f.last, byRunOn
		s.span = storybrief.Span{}
	}
	if how == byNone && (short || inside < 5) {
		return
	}
	if how == byAfter || how == byBefore {
		consumed[cue] = true
	}
	q := storybrief.Quote{
		Doc:  f.doc.ID,
		Line: f.line(m.inner[0]),
		Kind: storybrief.QuoteDirect,
		Span: storybrief.Span{Start: m.inner[0], End: m.inner[1]},
	}
	if how != byNone {
		f.setSpeaker(&q, s)
		at := m.open
		if cue >= 0 {
			q.Cue = f.cueSpan(pa, cue)
			at = q.Cue.Start
		}
		f.setLast(s, pa.idx, at)
	}
	switch {
	case cue >= 0 && f.isPost(pa, cue):
		q.Kind = storybrief.QuotePost
	case how == byRunOn && f.runKind == storybrief.QuotePost:
		q.Kind = storybrief.QuotePost
	case short || before >= 0 && firstIn >= 0 && pa.words[before].sent == pa.words[firstIn].sent && !strings.ContainsAny(t[pa.words[before].e:m.open], ",:") && !f.isCue(pa, before):
		q.Kind = storybrief.QuotePartial
	}
	// A quote that ran on from the paragraph before and had no speaker
	// takes this one's.
	if how == byAfter && atStart && f.openRun >= 0 && f.runPara == pa.idx-1 && f.quotes[f.openRun].Speaker == "" {
		f.quotes[f.openRun].Speaker, f.quotes[f.openRun].Entity = q.Speaker, q.Entity
	}
	f.openRun = -1
	if m.close < 0 {
		f.openRun, f.runPara = len(f.quotes), pa.idx
	}
	f.runKind = q.Kind
	f.quotes = append(f.quotes, q)
}

// titleQuoted reports whether the words firstIn..lastIn, quoted at open,
// are a title, not speech: two to six words, all capitalized but small
// ones, after where something was said or whose it is ("said … on "Fox
// News Sunday."", "told Fox News' "America's Newsroom"", "in "Francesco,"
// a new film").
func (f *finder) titleQuoted(pa *para, open, before, firstIn, lastIn int) bool {
	if firstIn < 0 || before < 0 || lastIn-firstIn < 1 || lastIn-firstIn > 5 {
		return false
	}
	t := f.text()
	lead := strings.TrimSpace(t[pa.words[before].s:open])
	possessive := strings.HasSuffix(lead, "'") || strings.HasSuffix(lead, "’") || strings.HasSuffix(lead, "'s") || strings.HasSuffix(lead, "’s")
	if possessive && networks[strings.TrimSuffix(strings.TrimSuffix(pa.words[before].key, "'s"), "’s")] {
		// "on CNN's "State of the Union"", and in text that lost its
		// capitals, "on cbs's " face the nation "": a network's show
		return true
	}
	if settingPreps[pa.words[before].key] && (networks[pa.words[firstIn].key] || knownShows[keysOf(pa, firstIn, lastIn)]) {
		// and in text that lost its capitals, "said on " fox news
		// sunday. "": a show named by its network or known by its name
		return true
	}
	for k := firstIn; k <= lastIn; k++ {
		if w := pa.words[k]; !startsUpper(t[w.s:]) && !titleSmall[w.key] {
			return false
		}
	}
	return possessive || settingPreps[pa.words[before].key]
}

// networks are broadcasters whose shows a quoted title after their
// possessive names.
var networks = wordSet(`cnn nbc abc cbs fox msnbc cnbc npr pbs bbc hbo espn cbc itv c-span`)

// knownShows are the news shows that carry no network's name.
var knownShows = wordSet(`meet_the_press face_the_nation state_of_the_union this_week 60_minutes
good_morning_america the_view today_show squawk_box morning_joe the_situation_room
tucker_carlson_tonight the_daily_show the_tonight_show real_time_with_bill_maher`)

// keysOf returns the keys of words a..b of pa joined by "_", as
// knownShows writes a name.
func keysOf(pa *para, a, b int) string {
	var sb strings.Builder
	for k := a; k <= b; k++ {
		if k > a {
			sb.WriteByte('_')
		}
		sb.WriteString(strings.Trim(pa.words[k].key, ".,"))
	}
	return sb.String()
}

// titleSmall are the words a title writes in lower case; settingPreps
// open where something was said or shown.
var (
	titleSmall   = wordSet(`of the and a an in on for to with at or by from`)
	settingPreps = wordSet(`on in to via at during`)
)

// thatBefore reports whether "that" stands among the few words before the
// quote that word before ends: the quote is in a clause of what was said.
func (f *finder) thatBefore(pa *para, before, floor int) bool {
	for c := before; c >= max(floor, before-3); c-- {
		if pa.words[c].key == "that" {
			return true
		}
		if c < before && f.brk(pa, c, c+1) {
			return false
		}
	}
	return false
}

// naming reports whether word c is "called" naming a thing in the words
// up to before, which a quote then follows: "McConnell called the debt
// “the transcendent issue of our era.”" (not "called for", "called on",
// nor a title: "a bill called the “…”"). Its speaker must be an entity.
func (f *finder) naming(pa *para, c, before int) bool {
	switch pa.words[c].key {
	case "called", "calls", "call", "dubbed", "labeled", "labelled", "branded":
	default:
		return false
	}
	if before-c > 6 || c+1 >= len(pa.words) || calledPreps[pa.words[c+1].key] {
		return false
	}
	// Something must be named before the quote: "a bill called the
	// “Fairness in Women's Sports Act”", "an event called “Salute to
	// America”" give a title, not what someone said.
	for k := c + 1; k <= before; k++ {
		if !determiners[pa.words[k].key] {
			return true
		}
	}
	return false
}

// calledPreps make "called" something other than naming: called for, on,
// off, in the police.
var calledPreps = wordSet(`for on upon to in into out off up back at from by about over after with`)

// inverted reports whether the cue at word c may have its speaker after
// it ("…, said Kerry"): it opens its clause.
func (f *finder) inverted(pa *para, c int) bool {
	if c == 0 {
		return true
	}
	g := f.gap(pa, c-1, c)
	return pa.words[c].key == "according" || strings.Contains(g, ",") || boundary(g) || pa.words[c-1].q >= 0
}

// follows reports whether paragraph i comes right after the one of the
// last attribution, but for photo captions (no closing punctuation) in
// between.
func (f *finder) follows(i int) bool {
	for j := i - 1; j > f.lastPara && j >= 0; j-- {
		p := strings.TrimSpace(f.doc.Paragraphs[j].In(f.text()))
		if p == "" {
			continue
		}
		switch p[len(p)-1] {
		case '.', '!', '?', '"', ':':
			return false
		}
		if strings.HasSuffix(p, "”") || strings.HasSuffix(p, "’") {
			return false
		}
	}
	return f.lastPara < i && f.lastPara >= i-3
}

// setLast records the speaker of the last attribution.
func (f *finder) setLast(s speaker, para, at int) {
	f.last, f.lastPara, f.lastAt = s, para, at
}

// setSpeaker fills the speaker fields of q from s.
func (f *finder) setSpeaker(q *storybrief.Quote, s speaker) {
	q.Attribution = s.span
	if s.ent >= 0 {
		q.Speaker, q.Entity = f.ents[s.ent].Name, f.ents[s.ent].ID
		return
	}
	q.Speaker = s.name
}

// cueSpan returns the span of the cue at word c ("according to" whole).
func (f *finder) cueSpan(pa *para, c int) storybrief.Span {
	sp := storybrief.Span{Start: pa.words[c].s, End: pa.words[c].e}
	if pa.words[c].key == "according" && c+1 < len(pa.words) {
		sp.End = pa.words[c+1].e
	}
	return sp
}

// isPost reports whether the cue at word c gives a post: "tweeted", "wrote
// on Twitter", "said in a tweet".
func (f *finder) isPost(pa *para, c int) bool {
	if postCues[pa.words[c].key] {
		return true
	}
	for k := c + 1; k < min(c+5, len(pa.words)); k++ {
		if f.brk(pa, k-1, k) {
			break
		}
		if platforms[pa.words[k].key] && (pa.words[k-1].key == "on" || pa.words[k-1].key == "a" || pa.words[k-1].key == "in") {
			return pa.words[k].key != "x" || pa.words[k-1].key == "on"
		}
	}
	return false
}

// reported records the reported speech that the cue at word c carries:
// "Psaki said that negotiations did not …", "Shahbandar told The
// Huffington Post he hoped …", "…, officials said", "…, said Jason
// Kersten".
func (f *finder) reported(pa *para, c int) {
	w := pa.words[c]
	if w.key == "according" {
		f.according(pa, c)
		return
	}
	if !reportCues[w.key] && !(w.key == "continued" && f.parenthetical(pa, c)) {
		return
	}
	lo, hi := c, c
	for lo > 0 && pa.words[lo-1].sent == w.sent {
		lo--
	}
	for hi+1 < len(pa.words) && pa.words[hi+1].sent == w.sent {
		hi++
	}
	s := f.pre(pa, c, lo)
	if s.ok() && f.objectOfPreposition(pa, s, lo) {
		// "In a bold business strategy announced yesterday, Netflix
		// declared …": the cue is a participle of the noun a preposition
		// governs, which says nothing
		return
	}
	speakerAfter := f.speakerAfter(pa, s, c, lo)
	if speakerAfter {
		// "…, said Jason Kersten." before "…, Kersten said".
		if ps := f.post(pa, c, hi+1); ps.ok() && !ps.pronoun && f.endsClause(pa, ps, hi) {
			f.setLast(ps, pa.idx, w.s)
			f.before(pa, c, ps, lo, c-1)
			return
		}
	}
	if !s.ok() {
		// "…, said Jason Kersten." (never "…, saying the footage
		// shows …": a participle's speaker comes before it)
		if speakerAfter {
			if s = f.post(pa, c, hi+1); s.ok() {
				f.before(pa, c, s, lo, c-1)
			}
		}
		return
	}
	a := f.wordIndexAt(pa, s.span.Start)
	if participles[w.key] || a < 0 || a > c {
		a = c
	}
	// "as severe as our leaders claim it to be": a comparison, not a report.
	if a > lo && (pa.words[a-1].key == "as" || pa.words[a-1].key == "than" || pa.words[a-1].key == "what") {
		return
	}
	// "does not deny that …" is no statement (but "The woman was not
	// pregnant, cops said" is: the negation is in what was said).
	for k := c - 1; k >= max(lo, c-3); k-- {
		if strings.Contains(f.gap(pa, k, k+1), ",") {
			break
		}
		if pa.words[k].key == "not" || pa.words[k].key == "never" || strings.HasSuffix(pa.words[k].key, "n't") {
			return
		}
	}
	f.setLast(s, pa.idx, w.s)
	if c < hi && pa.words[c+1].q >= 0 && strings.ContainsAny(f.gap(pa, c, c+1), ",:") {
		return // a direct quote follows: said, "…"
	}
	// The words that name the speaker may start before the mention:
	// "Transport Secretary Grant Shapps".
	for n := 0; n < 3 && a > lo && !strings.Contains(f.gap(pa, a-1, a), ",") && !f.brk(pa, a-1, a) && startsUpper(f.text()[pa.words[a-1].s:]); n++ {
		a--
	}
	// Two makers joined by "and": "…, Iranian and U.S. officials said".
	if a > lo+2 && pa.words[a-1].key == "and" && startsUpper(f.text()[pa.words[a-2].s:]) && strings.Contains(f.gap(pa, a-3, a-2), ",") && !f.brk(pa, a-2, a-1) && s.ent < 0 {
		a -= 2
		sp := storybrief.Span{Start: pa.words[a].s, End: pa.words[c-1].e}
		s = speaker{name: storybrief.CollapseSpace(sp.In(f.text())), ent: -1, span: sp}
	}
	// And the article before a name: "…, the Pentagon said"; and a title
	// in lower case: "…, police spokesperson Genae Cook said".
	if a > lo && (pa.words[a-1].key == "the" || pa.words[a-1].key == "a" || pa.words[a-1].key == "an") && !strings.Contains(f.gap(pa, a-1, a), ",") && !f.brk(pa, a-1, a) {
		a--
	} else if f.isPerson(s) && (c == hi || f.onlyCircumstance(pa, c+1, hi) || f.circumstanceThenComma(pa, c+1, hi)) {
		// (Only where the cue closes the sentence: "…, Brookings
		// Institution scholar Suzanne Maloney argued, Iran hopes …" reports
		// what follows.)
		for k := a - 1; k > lo && k >= a-3 && titleWord(pa.words[k].key) && !f.brk(pa, k, k+1) && !strings.Contains(f.gap(pa, k, k+1), ","); k-- {
			if strings.Contains(f.gap(pa, k-1, k), ",") {
				a = k
				break
			}
		}
	}
	if a > lo && strings.Contains(f.gap(pa, a-1, a), ",") && !participles[w.key] {
		switch {
		case c == hi || f.onlyCircumstance(pa, c+1, hi) || f.toldOnly(pa, c, hi) || f.circumstanceThenComma(pa, c+1, hi):
			// "…, officials said.": what was said comes before the speaker,
			// and before the words that say who the speaker is ("…, the
			// country's deputy director of public prosecution, Eva-Marie
			// Persson, told").
			end := a - 1
			if f.isPerson(s) {
				end = f.beforeAppositive(pa, lo, a-1)
			}
			f.before(pa, c, s, lo, end)
			return
		case strings.Contains(f.gap(pa, c, c+1), ","):
			// "The operation began …, authorities said, and …": the
			// sentence around the speaker.
			f.before(pa, c, s, lo, hi)
			return
		}
	}
	if c+1 <= hi && notSaying[pa.words[c+1].key] {
		return
	}
	j := c + 1
	if j > hi {
		return
	}
	if g := f.gap(pa, c, j); boundary(g) && !strings.Contains(g, "(") {
		if !strings.Contains(g, ":") {
			return
		}
	}
	addressed := w.key == "told" || w.key == "tells" || w.key == "reminded" || w.key == "reminds"
	if (w.key == "warned" || w.key == "warns" || w.key == "assured" || w.key == "assures") && !f.clauseAhead(pa, j, hi) && !clauseOpener(pa.words[j]) && !f.auxWithin(pa, j, hi, 4) {
		addressed = true // "warned members of Congress that …"
	}
	if addressed {
		// Skip who was told: "told The Huffington Post he hoped".
		k := j
		for k <= hi && k-j < 7 {
			kw := pa.words[k]
			if kw.key == "that" || (pronouns[kw.key] || kw.key == "it" || kw.key == "there") && k > j {
				break
			}
			// "told NBC News' Today show the final number … could be": a
			// clause whose subject is a noun phrase.
			if k > j && determiners[kw.key] && kw.key != "that" && !prepositions[pa.words[k-1].key] && f.auxWithin(pa, k+1, hi, 8) {
				break
			}
			k++
		}
		if k > hi || k-j >= 7 {
			return
		}
		j = k
	}
	// A subject pronoun opens a clause after any verb of saying: "revealed
	// she suffered", "stressed he had no proof".
	clause := f.clauseAhead(pa, j, hi) || pronouns[pa.words[j].key] && !f.brk(pa, j-1, j)
	if (prepositions[pa.words[j].key] || times[pa.words[j].key]) && !clause {
		// "said in her last major address that …"; verbs that need "that"
		// get it soon ("stressed on Thursday that").
		reach := 10
		if !bare[w.key] {
			reach = 5
		}
		k := j
		for k <= hi && k-j < reach && pa.words[k].key != "that" {
			if k < hi && f.brk(pa, k, k+1) {
				break
			}
			k++
		}
		switch t := timeEnd(pa, j, hi); {
		case k <= hi && pa.words[k].key == "that":
			j = k
		case t > j && t <= hi && bare[w.key] && (clauseOpener(pa.words[t]) || f.clauseAhead(pa, t, hi)) && !f.brk(pa, t-1, t):
			// "said Tuesday it would", "said on Monday he was": a short
			// time, then the clause without "that".
			j = t
		default:
			return
		}
	}
	if pa.words[j].key == "that" {
		j++
	} else if !clause && (!bare[w.key] || badStarts[pa.words[j].key] || prepositions[pa.words[j].key]) {
		return
	} else if (w.key == "added" || w.key == "adds") && !clauseStart(pa.words[j]) {
		return // "has added value added tax"
	} else if (w.key == "wrote" || w.key == "writes") && determiners[pa.words[j].key] && !clause {
		return // "wrote the opinion": what was written, not said
	}
	if j > hi || hi-j+1 < 4 {
		return
	}
	if q := pa.words[j].q; q >= 0 {
		// A quote opens what was said: reported speech only if the quote
		// is a few words and the clause goes on after it.
		n := 0
		for k := j; k <= hi && pa.words[k].q == q; k++ {
			n++
		}
		if n > 4 || j+n > hi {
			return
		}
	}
	// "…, adding there is very little merchants can do": a participle
	// after a comma says another thing, reported on its own.
	for k := j + 4; k <= hi; k++ {
		if participles[pa.words[k].key] && strings.Contains(f.gap(pa, k-1, k), ",") {
			hi = k - 1
			break
		}
	}
	// "… but also stressed that …", "… and the military said it was …":
	// a second report joined by a conjunction says another thing.
	for k := j + 4; k < hi; k++ {
		if !reportJoins[pa.words[k].key] || pa.words[k].q >= 0 {
			continue
		}
		if f.reportAfterJoin(pa, k+1, hi) {
			hi = k - 1
			break
		}
	}
	// "…, after House Speaker Nancy Pelosi told reporters that …": a
	// clause of when or why after a comma that holds another report is
	// the author's, and so is the report in it.
	for k := j + 4; k < hi; k++ {
		if !framing[pa.words[k].key] || !strings.Contains(f.gap(pa, k-1, k), ",") || pa.words[k].q >= 0 {
			continue
		}
		for i := k + 1; i <= hi && i <= k+7 && !f.brk(pa, i-1, i); i++ {
			if reportCues[pa.words[i].key] && f.isCue(pa, i) {
				hi = k - 1
				break
			}
		}
		break
	}
	// "…, Yahoo Finance reported.": who reported what the speaker said
	// is no part of it.
	for k := hi; k > j+3 && hi-k < 5; k-- {
		if !f.isCue(pa, k) {
			continue
		}
		for m := k; m > j+3; m-- {
			if relative[pa.words[m].key] {
				break // "…, which he “categorically” denies": a clause of its own
			}
			if strings.Contains(f.gap(pa, m-1, m), ",") {
				if pa.words[m-1].q < 0 {
					hi = m - 1
				}
				break
			}
		}
		break
	}
	f.addReported(pa, c, s, pa.words[j].s, pa.words[hi].e)
}

// framing open a clause of when or why after a report.
var framing = wordSet(`after before as when since following`)

// reportJoins join a second report to a first in one sentence.
var reportJoins = wordSet(`but and while though although`)

// reportAfterJoin reports whether a verb of saying that opens a report
// stands within four words from k, after an adverb or a short subject
// ("also stressed that", "the military said").
func (f *finder) reportAfterJoin(pa *para, k, hi int) bool {
	for i := k; i <= hi && i < k+4; i++ {
		if i > k && f.brk(pa, i-1, i) || pa.words[i].q >= 0 {
			return false
		}
		if reportCues[pa.words[i].key] && f.isCue(pa, i) && i+1 <= hi && (pa.words[i+1].key == "that" || clauseOpener(pa.words[i+1]) || bare[pa.words[i].key]) {
			return true
		}
		if stop[pa.words[i].key] && !aux[pa.words[i].key] && !determiners[pa.words[i].key] && !pronouns[pa.words[i].key] {
			return false
		}
	}
	return false
}

// relative are the words that open a relative clause: a cue after them
// is inside what was said, not a trailing attribution.
var relative = wordSet(`that which who whom whose where when`)

// clauseOpener reports whether w opens a clause at once: that, a pronoun,
// it or there.
func clauseOpener(w word) bool {
	k := w.key
	if i := strings.IndexByte(k, '\''); i > 0 && contractions[k[i:]] {
		k = k[:i] // "he's", "it's", "they're"
	}
	return k == "that" || pronouns[k] || k == "it" || k == "there"
}

// contractions are the endings of a verb contracted onto its subject.
var contractions = wordSet(`'s 're 'll 'd 've 'm`)

// clauseAhead reports whether words j..hi open a clause with its subject
// and verb: a noun phrase of a few words, then an auxiliary ("recalled
// this facility was capitalised", "confirmed the company would"), so that
// a verb that otherwise needs "that" reports it (not "recalled the day
// he …").
func (f *finder) clauseAhead(pa *para, j, hi int) bool {
	if j > hi || !determiners[pa.words[j].key] || pa.words[j].key == "that" {
		return false
	}
	for k := j + 1; k <= hi && k <= j+3; k++ {
		if f.brk(pa, k-1, k) || pa.words[k].q >= 0 {
			return false
		}
		if auxVerbs[pa.words[k].key] {
			return k > j+1
		}
		if stop[pa.words[k].key] || prepositions[pa.words[k].key] {
			return false
		}
	}
	return false
}

// auxWithin reports whether an auxiliary stands among the n words from
// word k, with no break of the sentence and no "that" before it.
func (f *finder) auxWithin(pa *para, k, hi, n int) bool {
	for i := k; i <= hi && i < k+n; i++ {
		if i > k && f.brk(pa, i-1, i) || pa.words[i].q >= 0 {
			return false
		}
		if pa.words[i].key == "that" {
			return false // "a statement that …": what was said comes after "that"
		}
		if auxVerbs[pa.words[i].key] {
			return true
		}
	}
	return false
}

// auxVerbs are the verbs that show a clause has begun after its subject.
var auxVerbs = wordSet(`was were is are had has have would will could can should may might must`)

// parenthetical reports whether the cue at word c stands with its speaker
// between commas inside a sentence: "The Central Bank, he continued,
// intervenes …" (where "continued" is no cue alone: "prices continued
// to rise").
func (f *finder) parenthetical(pa *para, c int) bool {
	if c+1 >= len(pa.words) || c < 2 || !strings.Contains(f.gap(pa, c, c+1), ",") || f.brk(pa, c, c+1) {
		return false
	}
	for k := c - 1; k >= max(1, c-3); k-- {
		if strings.Contains(f.gap(pa, k-1, k), ",") {
			return pa.words[k].m >= 0 || pronouns[pa.words[k].key]
		}
		if f.brk(pa, k-1, k) {
			return false
		}
	}
	return false
}

// timeEnd returns the index after the words of time that open words
// j..hi ("Tuesday", "on Monday", "last week", "earlier this year"), at most
// three, or j when none do.
func timeEnd(pa *para, j, hi int) int {
	start := j
	if j < hi && pa.words[j].key == "on" && times[pa.words[j+1].key] {
		start = j + 1
	}
	k := start
	for k <= hi && k-j < 3 && times[pa.words[k].key] {
		k++
	}
	if k == start {
		return j
	}
	return k
}

// onlyCircumstance reports whether words j..hi only say when or how
// something was said: "said Thursday", "said in a statement".
func (f *finder) onlyCircumstance(pa *para, j, hi int) bool {
	if j > hi || !(prepositions[pa.words[j].key] || times[pa.words[j].key]) {
		return false
	}
	for k := j; k <= hi; k++ {
		key := pa.words[k].key
		if cues[key] && k > j && (nounCue(pa.words[k-1].key) || madeWords[key] && writtenWorks[pa.words[k-1].key]) {
			continue // "in a series of tweets", "in a statement posted to Facebook"
		}
		if cues[key] || key == "that" || pronouns[key] {
			return false
		}
	}
	return hi-j < 8
}

// nounCue reports whether a verb of saying after word k is a noun: "of
// tweets", "a post".
func nounCue(k string) bool {
	return k == "of" || k == "a" || k == "an" || k == "the" || k == "his" || k == "her" || k == "their" || k == "its"
}

// circumstanceThenComma reports whether words j..hi open with when or
// where something was said and then a comma, after which the author goes
// on: "…, the White House said Tuesday, the first face-to-face session …",
// "…, he said in a statement, adding …". Not "…, officials insist, when
// speaking …" (the sentence goes on around them), nor "admitted to a
// series of misdeeds, including …" (what the verb governs).
func (f *finder) circumstanceThenComma(pa *para, j, hi int) bool {
	if j > hi || j == 0 || strings.Contains(f.gap(pa, j-1, j), ",") {
		return false
	}
	t := timeEnd(pa, j, hi)
	if t+2 <= hi && pa.words[t].key == "in" && (pa.words[t+1].key == "a" || pa.words[t+1].key == "an") && writtenWorks[pa.words[t+2].key] {
		t += 3 // "in a statement"
	}
	return t > j && t <= hi && strings.Contains(f.gap(pa, t-1, t), ",")
}

// titleWord reports whether a lower-case word may be part of a title
// written before a name ("police spokesperson", "press secretary"): no
// function word, verb of saying, adverb or participle.
func titleWord(k string) bool {
	return !stop[k] && !prepositions[k] && !cues[k] && !determiners[k] && !strings.HasSuffix(k, "ly") && !strings.HasSuffix(k, "ed") && !strings.HasSuffix(k, "ing")
}

// objectOfPreposition reports whether the speaker s found before a cue is
// a noun phrase, not a name, that a preposition opening the sentence
// governs: "In a bold business strategy announced yesterday", "Under a
// plan unveiled Friday".
func (f *finder) objectOfPreposition(pa *para, s speaker, lo int) bool {
	if s.ent >= 0 || s.pronoun {
		return false
	}
	a := f.wordIndexAt(pa, s.span.Start)
	return a-1 == lo && governing[pa.words[lo].key]
}

// governing are the prepositions whose object cannot speak: what "in a
// statement" or "under a plan" holds is no speaker. ("After" and
// "following" also open clauses whose subject speaks: "After the city of
// Jacksonville announced that masks will be mandatory, …".)
var governing = wordSet(`in under amid despite without with within from into`)

// toldOnly reports whether "told" at word c ends its sentence but for
// whom it told and when: "…, officials told reporters on Monday."
func (f *finder) toldOnly(pa *para, c, hi int) bool {
	w := pa.words[c].key
	if w != "told" && w != "tells" || c == hi {
		return false
	}
	j, n := c+1, 0
	for j <= hi && n < 3 && !prepositions[pa.words[j].key] && !times[pa.words[j].key] {
		k := pa.words[j].key
		if k == "that" || pronouns[k] || cues[k] || pa.words[j].q >= 0 || f.brk(pa, j-1, j) || j > c+1 && strings.Contains(f.gap(pa, j-1, j), ",") {
			break
		}
		if m := pa.words[j].m; m >= 0 {
			for j+1 <= hi && pa.words[j+1].m == m {
				j++ // a name counts once: "the Los Angeles Times"
			}
		}
		j++
		n++
	}
	if j == c+1 {
		return false
	}
	return j > hi || f.onlyCircumstance(pa, j, hi)
}

// speakerAfter reports whether the cue at word c, after a comma, may have
// its speaker after it ("…, said Jason Kersten."); s is the speaker found
// before it. Not a participle's ("…, saying the footage shows …"), not
// after "told", whose object is whom they told ("…, Eva-Marie Persson,
// told reporters in Stockholm"), and not when the comma closes a tag of
// the speaker named before ("Jerry Nadler, D-N.Y., said the House
// expects …", "Police in Washington, D.C., say …").
func (f *finder) speakerAfter(pa *para, s speaker, c, lo int) bool {
	w := pa.words[c]
	if c <= lo || !strings.Contains(f.gap(pa, c-1, c), ",") || f.brk(pa, c-1, c) || participles[w.key] || w.key == "told" || w.key == "tells" {
		return false
	}
	return !partyTag(pa.words[c-1].key) && !f.taggedSpeaker(pa, s, c) && !f.cityState(pa, c)
}

// taggedSpeaker reports whether s is a person named before the cue at
// word c with nothing between but tags of party and place ("Jerry Nadler,
// D-N.Y., said", "Judge Haywood Gilliam in Oakland, Calif., said"): then
// the words after the cue are what was said, not who said it. Not "Perot,
// who ran for president …, died …, said James Fuller".
func (f *finder) taggedSpeaker(pa *para, s speaker, c int) bool {
	if !f.isPerson(s) {
		return false
	}
	a := f.wordIndexAt(pa, s.span.Start)
	if a < 0 || a >= c || pa.words[a].m < 0 {
		return false
	}
	k := mentionEnd(pa, a) + 1
	for k < c {
		w := pa.words[k]
		switch {
		case partyTag(w.key):
			k++
		case (w.key == "in" || w.key == "of" || w.key == "from") && k+1 < c && f.isPlace(pa.words[k+1].m):
			k = mentionEnd(pa, k+1) + 1
		case f.isPlace(w.m):
			k = mentionEnd(pa, k) + 1
		default:
			return false
		}
	}
	return true
}

// cityState reports whether the words before the cue at word c end with
// a place, a comma and a place ("Police in Washington, D.C., say"): the
// speaker came before the city.
func (f *finder) cityState(pa *para, c int) bool {
	k := c - 1
	if k < 1 || !f.isPlace(pa.words[k].m) {
		return false
	}
	k = mentionStart(pa, k) - 1
	return k >= 0 && strings.Contains(f.gap(pa, k, k+1), ",") && f.isPlace(pa.words[k].m)
}

// isPlace reports whether mention m (or -1) names a place.
func (f *finder) isPlace(m int) bool {
	return m >= 0 && f.ents[f.ments[m].ent].Type == storybrief.Place
}

// beforeAppositive returns where reported speech in words lo..b ends when
// an appositive that describes its speaker, a person, closes it: b, or
// the word before a last phrase set off by commas that opens with an
// article or a possessive, names a role ("the country's deputy director of
// public prosecution", "his former lawyer", "her deputy chief of staff")
// and runs a dozen words at most, with no verb of its own.
func (f *finder) beforeAppositive(pa *para, lo, b int) int {
	p := b
	for p > lo && !strings.Contains(f.gap(pa, p-1, p), ",") {
		if f.brk(pa, p-1, p) || pa.words[p].q >= 0 {
			return b
		}
		p--
	}
	if p <= lo || b-p >= 12 || !appositives[pa.words[p].key] || stop[pa.words[p].key] {
		return b // nor a relative clause: "…, which led him to …"
	}
	role := false
	for k := p; k <= b; k++ {
		if aux[pa.words[k].key] || cues[pa.words[k].key] {
			return b // a clause, not a description: "…, the priorities would reverse, Mr. Barrios said"
		}
		role = role || personNoun(pa.words[k].key)
	}
	if !role {
		return b // "…, an annual anti-abortion event in Washington, Trump said": what the words say, described
	}
	return p - 1
}

// before records reported speech in words a..b, attributed by the cue at
// word c to s.
func (f *finder) before(pa *para, c int, s speaker, a, b int) {
	// What was said may end in a few quoted words ("… declared the
	// gathering an “unlawful assembly,” the police chief said"), but it is
	// no direct quote: it opens outside quotation marks.
	if b-a+1 < 4 || pa.words[a].q >= 0 {
		return
	}
	end := pa.words[b].e
	if q := pa.words[b].q; q >= 0 {
		if pa.qs[q].close < 0 {
			return
		}
		end = pa.qs[q].inner[1] // the quoted words with their own comma
	}
	f.addReported(pa, c, s, pa.words[a].s, end)
}

// according records "…, according to X" and "According to X, …".
func (f *finder) according(pa *para, c int) {
	w := pa.words[c]
	lo, hi := c, c
	for lo > 0 && pa.words[lo-1].sent == w.sent {
		lo--
	}
	for hi+1 < len(pa.words) && pa.words[hi+1].sent == w.sent {
		hi++
	}
	s := f.post(pa, c, hi+1)
	if !s.ok() {
		return
	}
	if c == lo {
		// According to X, what X says.
		k := c + 2
		for k <= hi && !strings.Contains(f.gap(pa, k-1, k), ",") {
			k++
		}
		if k > hi || hi-k+1 < 4 || pa.words[k].q >= 0 {
			return
		}
		f.addReported(pa, c, s, pa.words[k].s, pa.words[hi].e)
		return
	}
	if c-lo < 4 || pa.words[lo].q >= 0 {
		return
	}
	f.addReported(pa, c, s, pa.words[lo].s, pa.words[c-1].e)
}

// clauseStart reports whether word w may open a clause: a pronoun, a
// determiner, "there" or a name.
func clauseStart(w word) bool {
	return pronouns[w.key] || determiners[w.key] || w.key == "there" || w.key == "it" || w.m >= 0
}

// addReported records reported speech from start to end.
func (f *finder) addReported(pa *para, c int, s speaker, start, end int) {
	start = afterDateline(f.text(), start, end, pa.idx == 0)
	// One statement, one record: "He added that …, he said."
	if n := len(f.quotes); n > 0 {
		if q := f.quotes[n-1]; q.Kind == storybrief.QuoteReported && q.Start < end && start < q.End {
			return
		}
	}
	q := storybrief.Quote{
		Doc:  f.doc.ID,
		Line: f.line(start),
		Kind: storybrief.QuoteReported,
		Span: storybrief.Span{Start: start, End: end},
		Cue:  f.cueSpan(pa, c),
	}
	f.setSpeaker(&q, s)
	f.setLast(s, pa.idx, q.Cue.Start)
	f.quotes = append(f.quotes, q)
}

// afterDateline returns start moved past a dateline in parentheses that
// opens the text from start to end ("(CNN)The United States …" reads from
// "The"; in an article's first paragraph, "WASHINGTON (Reuters) - U.S.
// intelligence …" from "U.S." and "SAN FRANCISCO — Iranian hackers …" from
// "Iranian"), or start when none does.
func afterDateline(text string, start, end int, first bool) int {
	if first && start+2 < end && text[start] != '(' {
		// "WASHINGTON (Reuters) - U.S. intelligence has …", "Kandahar,
		// Afghanistan (Reuters) - at least 10 …": a place, its agency in
		// parentheses, a dash.
		head := text[start:min(end, start+60)]
		// "SAN FRANCISCO — Iranian hackers …": a place in capitals, a dash.
		for _, dash := range []string{" — ", " – ", " - "} {
			if d := strings.Index(head, dash); d > 1 && strings.ToUpper(head[:d]) == head[:d] && strings.ToLower(head[:d]) != head[:d] && !strings.ContainsAny(head[:d], "!?;:\"“”(") && len(strings.Fields(head[:d])) <= 4 {
				return start + d + len(dash)
			}
		}
		if o := strings.IndexByte(head, '('); o > 0 && !strings.ContainsAny(head[:o], ".!?;:\"“”") && len(strings.Fields(head[:o])) <= 4 {
			if c := strings.IndexByte(head[o:], ')'); c > 0 {
				rest := strings.TrimLeft(head[o+c+1:], " ")
				if d := strings.TrimLeft(rest, "-–—"); len(d) < len(rest) && len(rest)-len(d) <= 3 {
					return end - len(strings.TrimLeft(text[start+o+c+1:end], " -–—"))
				}
			}
		}
	}
	if start == 0 || text[start-1] != '(' {
		return start
	}
	k := strings.IndexByte(text[start:end], ')')
	if k < 0 || k > 40 {
		return start
	}
	rest := strings.TrimLeft(text[start+k+1:end], " \t-–—")
	if rest == "" {
		return start
	}
	return end - len(rest)
}

// block records the block quote that starts at paragraph i: it and the
// block-quote paragraphs that follow with the same speaker. It returns the
// index of the last.
func (f *finder) block(i int) int {
	ps := f.doc.Paragraphs
	j := i
	for j+1 < len(ps) && ps[j+1].Kind == storybrief.KindQuote && ps[j+1].Speaker == ps[i].Speaker {
		j++
	}
	q := storybrief.Quote{
		Doc:  f.doc.ID,
		Line: ps[i].Line,
		Kind: storybrief.QuoteBlock,
		Span: storybrief.Span{Start: ps[i].Start, End: ps[j].End},
	}
	s := f.blockSpeaker(i)
	if s.ok() {
		f.setSpeaker(&q, s)
		f.setLast(s, j, ps[j].Start)
	}
	f.quotes = append(f.quotes, q)
	return j
}

// blockSpeaker resolves the speaker of the block quote at paragraph i: the
// one extraction found, as a mention named before it; else the speaker of
// an introducing paragraph that ends in a colon.
func (f *finder) blockSpeaker(i int) speaker {
	p := &f.doc.Paragraphs[i]
	if name := strings.TrimSpace(p.Speaker); name != "" {
		last := name
		if fs := strings.Fields(name); len(fs) > 0 {
			last = fs[len(fs)-1]
		}
		for mi := len(f.ments) - 1; mi >= 0; mi-- {
			m := f.ments[mi]
			if m.Start >= p.Start {
				continue
			}
			if strings.HasSuffix(m.In(f.text()), last) {
				return f.nameOf(mi)
			}
		}
		for ei := range f.ents {
			e := &f.ents[ei]
			if e.Type == storybrief.Person && (e.Name == name || strings.HasSuffix(e.Name, " "+last)) {
				return speaker{name: e.Name, ent: ei}
			}
		}
		return speaker{name: name, ent: -1}
	}
	if i == 0 {
		return speaker{ent: -1}
	}
	prev := &f.doc.Paragraphs[i-1]
	if !strings.HasSuffix(strings.TrimSpace(prev.In(f.text())), ":") {
		return speaker{ent: -1}
	}
	if f.last.ok() && f.lastPara == i-1 {
		return f.last
	}
	// "X tweeted:" with no clause to report: the person the paragraph names.
	said := false
	for _, w := range strings.Fields(strings.ToLower(prev.In(f.text()))) {
		if k := strings.Trim(w, ".,:;\"“”"); cues[k] || k == "states" {
			said = true // "Greta Thunberg states the following:"
		}
	}
	if !said {
		return none
	}
	for mi := len(f.ments) - 1; mi >= 0; mi-- {
		m := f.ments[mi]
		if m.Start >= prev.End {
			continue
		}
		if m.Start < prev.Start {
			break
		}
		if f.ents[m.ent].Type == storybrief.Person {
			return f.nameOf(mi)
		}
	}
	return speaker{ent: -1}
}

// wordIndexAt returns the index of the word of pa that starts at or
// covers offset off, or -1.
func (f *finder) wordIndexAt(pa *para, off int) int {
	for k, w := range pa.words {
		if w.e > off {
			if w.s <= off {
				return k
			}
			return -1
		}
	}
	return -1
}

// endsClause reports whether the words of speaker s end the sentence that
// ends at word hi, or are followed by a comma.
func (f *finder) endsClause(pa *para, s speaker, hi int) bool {
	e := f.wordIndexAt(pa, s.span.End-1)
	return e >= 0 && (e >= hi || strings.Contains(f.gap(pa, e, e+1), ",") || f.brk(pa, e, e+1))
}
