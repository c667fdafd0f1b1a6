package facts

import (
	"sort"
	"strings"

	"github.com/storybrief/storybrief"
)

// NamesOf returns a Namer that reads names from a story's resolved
// entities: every mention of an entity, whatever its form (Kerry, John
// Kerry, Secretary of State John Kerry), is the same name. The entities
// must be those of the documents the Finder is given.
func NamesOf(ents []storybrief.Entity) Namer {
	byDoc := map[string][]Name{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			byDoc[m.Doc] = append(byDoc[m.Doc], Name{Span: m.Span, ID: e.ID, Type: e.Type, Full: e.Name})
		}
	}
	for _, ns := range byDoc {
		sort.Slice(ns, func(i, j int) bool { return ns[i].Start < ns[j].Start })
	}
	return NamerFunc(func(d *storybrief.Document, s storybrief.Span) []Name {
		ns := byDoc[d.ID]
		i := sort.Search(len(ns), func(k int) bool { return ns[k].End > s.Start })
		var out []Name
		for ; i < len(ns) && ns[i].Start < s.End; i++ {
			out = append(out, ns[i])
		}
		return out
	})
}

// SpeakersOf returns an Attributor that reads speakers from a story's
// quotes: a sentence that a quote with a known speaker overlaps is that
// speaker's.
func SpeakersOf(quotes []storybrief.Quote) Attributor {
	byDoc := map[string][]storybrief.Quote{}
	for _, q := range quotes {
		// "according to reports", "a new poll found": a frame, no speaker
		// (the finder reads the sentence itself then)
		if q.Speaker != "" && !nonAgents[lastWord(q.Speaker)] && !framed(q.Speaker) {
			byDoc[q.Doc] = append(byDoc[q.Doc], q)
		}
	}
	return AttributorFunc(func(d *storybrief.Document, s storybrief.Span) string {
		for _, q := range byDoc[d.ID] {
			if q.Start < s.End && s.Start < q.End {
				return q.Speaker
			}
		}
		return ""
	})
}

// Facts finds the facts of a story whose entities and quotes are known: the
// entities name what the sentences are about, the quotes say whose words
// they are. Either may be empty; the Finder's own Namer and Speakers, when
// set, come first. It does not change f.
func (f *Finder) Facts(docs []*storybrief.Document, ents []storybrief.Entity, quotes []storybrief.Quote) []storybrief.Fact {
	g := *f
	if g.Namer == nil && len(ents) > 0 {
		g.Namer = NamesOf(ents)
	}
	if g.Speakers == nil && len(quotes) > 0 {
		g.Speakers = SpeakersOf(quotes)
	}
	return g.Find(docs)
}

// framed reports whether a speaker is a frame whose head, among its first
// words and after only determiners and modifiers in lower case, names no
// speaker: "A new poll of citizens in Mexico", "a new report tracking
// political violence" (but "Senate Judiciary Committee report" has a
// maker).
func framed(speaker string) bool {
	for i, w := range strings.Fields(speaker) {
		low := strings.ToLower(w)
		switch {
		case i > 3:
			return false
		case nonAgents[low]:
			return true
		case w != low && (i > 0 || !frameOpeners[low]):
			return false
		}
	}
	return false
}

// frameOpeners may open a frame with a capital: "A new poll …".
var frameOpeners = set(`a an the new some one another this that these those`)

// lastWord returns the last white-space separated word of s, lower-cased.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}
