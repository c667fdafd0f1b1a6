package facts

import (
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/gender"
)

// A pronoun that speaks ("It said the tariffs will take effect on June 1",
// "…, he added") names nobody a reader can tell apart from another. The
// finder resolves it, as a reader does, to the entity of the right kind
// that the sentence names before it ("The Justice Department will drop
// the case, it announced") or that the last sentences named, and leaves it
// as it is when neither names one. A first-person pronoun outside a
// quotation is the author's: the document's own voice ("In 2016, I wrote
// an open letter …").

// refWindow is how many sentences back a pronoun may find its entity.
const refWindow = 2

// subjectWords is how far into its clause a name may start and still be
// the subject that a later "it" or "he" in the sentence stands for ("The
// Justice Department will …, it announced", not "… offices are in Los
// Angeles, it said").
const subjectWords = 3

// referents are what the last sentences of one document named: for each
// of the last refWindow sentences, its speaker and its subject.
type referents struct {
	doc    int
	seen   int // sentences of the document read so far
	recent [refWindow]referent
}

// referent is what one sentence names.
type referent struct {
	at      int    // the sentence's number in its document, from 1; 0 for none
	speaker string // who speaks in it, as the sentence names them
	said    Name   // the name in speaker, when the Namer knows one
	subject Name   // the name the sentence opens with, if any
}

// resolve returns the speaker that who, found by attribution at word at of
// u, stands for: who itself unless it is a pronoun this finder resolves,
// and "" for "I" and "we" (the author). "it" is an organization or a
// place, "he" and "she" a person of that
// gender: one that the sentence opens with, or else one that spoke in or
// opened one of the last sentences (a person only when the given name
// tells the gender).
func (a *analyzer) resolve(u *unit, who string, toks []tok, at int) string {
	low := strings.ToLower(who)
	if low == "i" || low == "we" {
		return "" // the author's own voice
	}
	if low == "they" {
		return a.resolveGroup(u, who, toks, at)
	}
	person := low == "he" || low == "she"
	if !person && low != "it" {
		return who
	}
	g := gender.OfPronoun(low)
	fit := func(m Name, sure bool) bool {
		switch {
		case m.Full == "":
			return false
		case person:
			mg := gender.OfName(m.Full)
			return m.Type == storybrief.Person && (mg == g || !sure && mg == gender.Unknown)
		}
		return m.Type == storybrief.Org || m.Type == storybrief.Place
	}
	// the sentence opens with it: "The Justice Department will drop the
	// case, it announced"
	if at < len(toks) {
		if m, ok := a.subject(u, toks, toks[at].start); ok && fit(m, false) {
			return m.Full
		}
	}
	if a.refs.doc != u.doc {
		return who
	}
	for _, r := range a.refs.recent {
		switch {
		case r.at == 0 || a.refs.seen-r.at >= refWindow:
		case fit(r.said, false):
			return r.speaker
		case fit(r.subject, true):
			return r.subject.Full
		}
	}
	return who
}

// resolveGroup returns the speaker that "they", found by attribution at
// word at of u, stands for: a group that the sentence opens with
// ("Congressional leaders have reached an agreement …, they said", "But
// even as Democrats accepted …, they said") or else one that spoke in the
// sentence before ("The administration insists …" before "Doing so, they
// say, …"); who itself when neither names one. A group is an
// organization or a noun phrase whose head names people acting together
// (groupHeads): "it" stands for a thing, and a "they" after "prices rose"
// is somebody else.
func (a *analyzer) resolveGroup(u *unit, who string, toks []tok, at int) string {
	if g := groupSubject(u.text, toks[:min(at, len(toks))]); g != "" {
		return g
	}
	if at < len(toks) {
		if m, ok := a.subject(u, toks, toks[at].start); ok && m.Type == storybrief.Org {
			return m.Full
		}
	}
	if a.refs.doc != u.doc {
		return who
	}
	// the sentence just before only: "they" after a sentence about
	// something else ("Oil prices rose …") is somebody else. An
	// organization counts when it spoke as itself ("The Justice
	// Department said"), not through a person of it.
	if r := a.refs.recent[0]; r.at > 0 {
		asItself := r.said.Type == storybrief.Org && strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(r.speaker, "the "), "The "), r.said.Full)
		if asItself || isGroup(r.speaker) {
			return r.speaker
		}
	}
	return who
}

// groupHeads are nouns that name people acting together, the heads of
// the subjects that "they" may stand for.
var groupHeads = set(`officials leaders lawmakers legislators investigators researchers scientists
experts analysts police authorities prosecutors democrats republicans senators members aides advisers
advisors activists protesters protestors residents witnesses doctors economists critics organizers
officers agents diplomats negotiators executives lawyers attorneys judges justices administration
government campaign spokesmen spokespeople representatives ministers regulators strategists staffers
sources insiders conservatives liberals progressives allies rebels militants troops soldiers
commanders firefighters rescuers families relatives parents teachers workers employees unions
epidemiologists pollsters`)

// isGroup reports whether speaker, as the finder read it, names a group:
// its last word is a group's head ("U.S. officials", "The administration").
func isGroup(speaker string) bool {
	return groupHeads[lastWord(speaker)]
}

// groupOpeners may stand before the subject of a sentence's first clause:
// "But even as Democrats accepted …".
var groupOpeners = set(`but and even as while when though although after yet so still`)

// groupSubject returns the group that the clause toks opens with, after
// the words of groupOpeners: its words up to a group's head among its
// first four, when no punctuation, auxiliary or verb of saying comes
// before the head ("Congressional leaders have …", "Some Republican
// senators said …"); "" when it opens with none.
func groupSubject(text string, toks []tok) string {
	from := 0
	for from < len(toks) && groupOpeners[toks[from].low] {
		from++
	}
	for k := from; k < len(toks) && k < from+4; k++ {
		if k > from && gapHas(text, toks[k-1].end, toks[k].start, ",;:\"”“(—–") {
			return ""
		}
		if groupHeads[toks[k].low] {
			return span(text, toks, from, k+1)
		}
		if speakerAux[toks[k].low] || reportVerbs[toks[k].low] {
			return ""
		}
	}
	return ""
}

// subject returns the name that u opens with (after a dateline), before
// byte offset before of its text.
func (a *analyzer) subject(u *unit, toks []tok, before int) (Name, bool) {
	if len(toks) == 0 {
		return Name{}, false
	}
	from := clauseStart(u.text, toks, before)
	for _, m := range a.mentions {
		off := m.Start - u.span.Start
		if off >= before {
			break
		}
		if off >= toks[from].start {
			return m, wordAt(toks, off) <= from+subjectWords
		}
	}
	return Name{}, false
}

// clauseStart returns the first word of the sentence after a dateline
// ("Washington (CNN) -- The Department of Justice …") that ends within
// its first words and before byte offset before, or 0.
func clauseStart(text string, toks []tok, before int) int {
	for k := 1; k < len(toks) && k <= 8 && toks[k].start < before; k++ {
		if gap := text[toks[k-1].end:toks[k].start]; strings.Contains(gap, "--") || strings.Contains(gap, "—") {
			return k
		}
	}
	return 0
}

// wordAt returns the index of the word that starts at or after byte
// offset off.
func wordAt(toks []tok, off int) int {
	for k, t := range toks {
		if t.start >= off {
			return k
		}
	}
	return len(toks)
}

// remember records what u, the next sentence of its document, names.
func (a *analyzer) remember(u *unit, toks []tok) {
	if a.refs.doc != u.doc || a.refs.seen == 0 {
		a.refs = referents{doc: u.doc}
	}
	a.refs.seen++
	r := referent{at: a.refs.seen, speaker: u.speaker}
	if m, ok := a.subject(u, toks, len(u.text)); ok {
		r.subject = m
	}
	for _, m := range a.mentions {
		if t := a.mentionText(u, m); u.speaker != "" && m.Full != "" && (m.Full == u.speaker || t != "" && strings.Contains(u.speaker, t)) {
			r.said = m
			break
		}
	}
	// the latest sentence first
	copy(a.refs.recent[1:], a.refs.recent[:refWindow-1])
	a.refs.recent[0] = r
}

// mentionText returns the words of u that mention m.
func (a *analyzer) mentionText(u *unit, m Name) string {
	from := min(max(m.Start-u.span.Start, 0), len(u.text))
	to := min(max(m.End-u.span.Start, from), len(u.text))
	return u.text[from:to]
}
