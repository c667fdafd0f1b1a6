package entity

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storybrief/storybrief"
)

// Resolve finds the people, organizations and places that the documents of
// one story name, and groups their mentions into entities within and
// across the documents. Mentions come from paragraphs and photo captions,
// never from reader comments. The entities are returned most salient
// first, with ids e1, e2, …; each entity's mentions are in document order,
// then text order. Resolve does not modify the documents and is safe for
// concurrent use.
func Resolve(docs []*storybrief.Document) []storybrief.Entity {
	f := &finder{docs: docs, names: map[string]bool{}, lower: map[string]bool{}}
	type docToks struct {
		regions []region
		toks    [][]tok
		flat    []tok
		lower   bool
		shout   []bool
	}
	all := make([]docToks, len(docs))
	for di, d := range docs {
		dt := &all[di]
		dt.regions = regions(d)
		dt.toks = make([][]tok, len(dt.regions))
		buf := make([]tok, 0, len(d.Text)/6+8)
		for ri, r := range dt.regions {
			start := len(buf)
			buf, f.spans = tokenize(buf, f.spans, d.Text, r.Span)
			dt.toks[ri] = buf[start:len(buf):len(buf)]
			if !r.headline && !r.caption {
				leadIn(d.Text, dt.toks[ri])
			}
		}
		dt.flat = buf
		dt.lower = caseless(buf)
		dt.shout = make([]bool, len(dt.toks))
		for ri := range dt.toks {
			dt.shout[ri] = shouting(dt.toks[ri]) || dt.regions[ri].headline && titleCased(dt.toks[ri])
			if !dt.shout[ri] {
				quietShouted(dt.toks[ri])
			}
			quietCommon(dt.toks[ri])
			if !dt.lower && !dt.shout[ri] {
				f.scanNames(d, dt.toks[ri])
			}
		}
	}
	// The words that open sentences capitalized: is each written in lower
	// case somewhere in the story (Adding, Doing), or only capitalized?
	for _, dt := range all {
		for _, t := range dt.flat {
			if t.cap {
				f.lower[t.key] = false
			}
		}
	}
	for _, dt := range all {
		for _, t := range dt.flat {
			if !t.cap && !t.acro {
				if _, ok := f.lower[t.key]; ok {
					f.lower[t.key] = true
				}
			}
		}
	}
	for di, d := range docs {
		dt := &all[di]
		docStart := len(f.cands)
		for ri, toks := range dt.toks {
			start := len(f.cands)
			if dt.lower {
				f.caselessNames(di, toks, dt.regions[ri].caption)
			} else if !dt.shout[ri] {
				f.sequences(di, d.Text, toks, dt.regions[ri].caption)
			}
			markSpeakers(f.cands[start:], toks)
			markCompanies(f.cands[start:], toks)
			markLocated(d.Text, f.cands[start:], toks)
		}
		if dt.lower {
			f.caselessSurnames(di, dt.flat, dt.toks)
		}
		slices.SortStableFunc(f.cands[docStart:], func(a, b cand) int { return cmp.Compare(a.span.Start, b.span.Start) })
	}
	typeCompanies(f.cands)
	return build(docs, f.cands, resolve(f.cands))
}

// honorifics are the words of address that stand before a name, which
// Entity.Titles leaves out: "Mr." is no title.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "messrs": true}

// build turns the groups of candidates into entities.
func build(docs []*storybrief.Document, cands []cand, g *groups) []storybrief.Entity {
	byRoot := map[int][]int{}
	var roots []int
	for i := range cands {
		r := g.find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	lines := make([][]int, len(docs))
	for i, d := range docs {
		lines[i] = storybrief.LineStarts(d.Text)
	}
	ents := make([]storybrief.Entity, 0, len(roots))
	for _, r := range roots {
		members := byRoot[r]
		e := storybrief.Entity{Type: g.typeOf(cands, members)}
		seen := map[int]bool{}
		score := 0.0
		for _, i := range members {
			c := &cands[i]
			d := docs[c.doc]
			e.Mentions = append(e.Mentions, storybrief.Mention{Doc: d.ID, Line: lineOf(lines[c.doc], c.span.Start), Span: c.span, Name: c.name, Title: c.title})
			if c.title.End > c.title.Start {
				if t := strings.ToLower(storybrief.CollapseSpace(c.title.In(d.Text))); !honorifics[strings.TrimSuffix(t, ".")] && !slices.Contains(e.Titles, t) {
					e.Titles = append(e.Titles, t)
				}
			}
			if c.caption {
				score += 0.5
			} else {
				score++
			}
			if !seen[c.doc] {
				seen[c.doc] = true
			}
		}
		for di, d := range docs {
			if seen[di] {
				e.Docs = append(e.Docs, d.ID)
			}
		}
		// members are in candidate order: by document, then by offset.
		e.Name = canonicalName(docs, cands, members, e.Type)
		if letters(e.Name) < 2 {
			continue // a lone initial ("M/V", "D-Ill." cut short) names nothing a reader can place
		}
		e.Salience = score + 2*float64(len(e.Docs)-1)
		ents = append(ents, e)
	}
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ents[b].Salience, ents[a].Salience) })
	sorted := make([]storybrief.Entity, len(ents))
	for i, k := range order {
		sorted[i] = ents[k]
	}
	ents = sorted
	top := 1.0
	if len(ents) > 0 && ents[0].Salience > 0 {
		top = ents[0].Salience
	}
	for i := range ents {
		e := &ents[i]
		e.ID = fmt.Sprintf("e%d", i+1)
		e.Salience = float64(int(e.Salience/top*1000+0.5)) / 1000
		for k := range e.Mentions {
			e.Mentions[k].Entity = e.ID
		}
	}
	return ents
}

// canonicalName returns the name an entity goes by: for a person the
// fullest name the sources use, for others the most frequent form; ties go
// to the longer, then the first.
func canonicalName(docs []*storybrief.Document, cands []cand, members []int, t storybrief.EntityType) string {
	count := map[string]int{}
	var order []string
	for _, i := range members {
		c := &cands[i]
		n := storybrief.CollapseSpace(c.name.In(docs[c.doc].Text))
		if count[n] == 0 {
			order = append(order, n)
		}
		count[n]++
	}
	// Spellings that differ only in accents are one name, written with
	// its accents (Jovenel Moïse, not Moise).
	key := map[string]string{}
	folded := map[string]int{}
	for n, k := range count {
		key[n] = foldName(n)
		folded[key[n]] += k
	}
	best := ""
	better := func(a, b string) bool { // a better than b
		if t == storybrief.Person {
			if wa, wb := len(strings.Fields(a)), len(strings.Fields(b)); wa != wb {
				return wa > wb
			}
			// Malcolm Fraser, not MALCOLM Fraser as a paragraph's print
			// capitals wrote it.
			if sa, sb := shoutedWords(a), shoutedWords(b); sa != sb {
				return sa < sb
			}
		}
		if key[a] != key[b] {
			if folded[key[a]] != folded[key[b]] {
				return folded[key[a]] > folded[key[b]]
			}
		} else if na, nb := nonASCII(a), nonASCII(b); na != nb {
			return na > nb
		} else if count[a] != count[b] {
			return count[a] > count[b]
		}
		return len(a) > len(b)
	}
	for _, n := range order {
		if best == "" || better(n, best) {
			best = n
		}
	}
	if t == storybrief.Place || t == storybrief.Person {
		best = unshout(best)
	}
	return best
}

// unshout writes a name that the sources give only in capitals, as a
// dateline ("WASHINGTON —", "LOS ANGELES (AP) —") or print capitals
// ("LAURIE OAKES IT was said") do, as a name is written: Washington, Los
// Angeles, New York, Laurie Oakes, Mitch McConnell. A word alone of four
// letters or fewer may be an abbreviation (UAE, U.S., USSR) and stays as
// it is, and so does a name with a lower-case letter.
func unshout(name string) string {
	ws := strings.Fields(name)
	long := false
	for _, w := range ws {
		if letters(w) >= 5 || len(ws) > 1 && letters(w) >= 4 {
			long = true // WASHINGTON, NEW YORK; not USSR
		}
	}
	if !long || strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return name
	}
	for i, w := range ws {
		if letters(w) <= 2 && strings.Count(w, ".") != 1 {
			continue // initials and short acronyms stay as they are: D.C., UN; not ST.
		}
		ws[i] = titleWord(w)
	}
	return strings.Join(ws, " ")
}

// titleWord writes a word given in capitals with a capital only where a
// name has one: at its start and after a hyphen (Miami-Dade), after O'
// (O'Hare, not King'S) and after Mc (McConnell).
func titleWord(w string) string {
	out := []rune(strings.ToLower(w))
	start, inWord := true, 0 // at the start of a word; letters of the word so far
	for i, r := range out {
		if start && unicode.IsLetter(r) {
			out[i] = unicode.ToUpper(r)
		}
		switch {
		case unicode.IsLetter(r):
			start = inWord == 1 && r == 'c' && out[i-1] == 'M'
			inWord++
		case r == '\'' || r == '’':
			start = inWord == 1
		default:
			start, inWord = true, 0
		}
	}
	return string(out)
}

// shoutedWords counts the words of name written all in capitals that are
// longer than an initialism's three letters (J.B. is none).
func shoutedWords(name string) int {
	n := 0
	for _, w := range strings.Fields(name) {
		if allCaps(w) && letters(w) > 3 {
			n++
		}
	}
	return n
}

// letters counts the letters of w.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// foldName returns name without its accents: the key under which its
// spellings with and without them count as one (and, lower-cased, a word's
// key: normWord).
func foldName(name string) string {
	if !strings.ContainsFunc(name, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return name
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nonASCII counts the letters of s beyond ASCII: its accents.
func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// lineOf returns the 1-based line holding off, given the line starts.
func lineOf(starts []int, off int) int {
	i, _ := slices.BinarySearch(starts, off+1)
	return i
}
