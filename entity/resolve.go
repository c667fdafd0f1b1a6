package entity

import (
	"slices"
	"strings"

	"github.com/storybrief/storybrief"
)

// groups is a union-find forest over candidates, with what resolution
// learned about each.
type groups struct {
	parent []int
	person []bool // decided to be a person
}

func (g *groups) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

func (g *groups) union(a, b int) {
	ra, rb := g.find(a), g.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	g.parent[rb] = ra
	if g.person[rb] {
		g.person[ra] = true
	}
}

// personGroup is the mentions of one person in one document, or across
// documents once merged.
type personGroup struct {
	root   int
	last   string          // surname key
	firsts map[string]bool // the other words of the fuller names
	count  int
}

func sharesFirst(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
		if len(k) == 1 {
			for l := range b {
				if l[0] == k[0] {
					return true
				}
			}
		}
	}
	for k := range b {
		if len(k) == 1 {
			for l := range a {
				if l[0] == k[0] {
					return true
				}
			}
		}
	}
	return false
}

// nameParts returns a person name's surname key and given-name keys.
func nameParts(toks []string) (last string, firsts []string) {
	n := len(toks)
	// Jr., Sr., III stay with the name but are not the surname.
	for n > 1 && (toks[n-1] == "jr" || toks[n-1] == "sr" || toks[n-1] == "ii" || toks[n-1] == "iii") {
		n--
	}
	last = lastKey(toks[n-1])
	for _, t := range toks[:n-1] {
		if !particles[t] {
			firsts = append(firsts, t)
		}
	}
	return last, firsts
}

// resolve groups the candidates: people by surname and given names within
// a document and then across documents, close misspellings of surnames,
// others by normalized name, alias family and acronym.
func resolve(cands []cand) *groups {
	g := &groups{parent: make([]int, len(cands)), person: make([]bool, len(cands))}
	for i := range cands {
		g.parent[i] = i
	}
	ndocs := 0
	for _, c := range cands {
		ndocs = max(ndocs, c.doc+1)
	}
	// 1. People within each document.
	var docGroups []*personGroup
	var singles []int // one-word mentions left for the story as a whole
	start := 0
	for d := 0; d < ndocs; d++ {
		end := start
		for end < len(cands) && cands[end].doc == d {
			end++
		}
		local := map[string][]*personGroup{}
		var firstless []int
		for i := start; i < end; i++ {
			c := &cands[i]
			if c.kind != kPerson {
				continue
			}
			g.person[i] = true
			last, firsts := nameParts(c.toks)
			if len(firsts) == 0 {
				firstless = append(firstless, i)
				continue
			}
			var hit *personGroup
			for _, pg := range local[last] {
				if sharesFirst(pg.firsts, setOf(firsts)) || subsetNames(firsts, pg.firsts) {
					hit = pg
					break
				}
			}
			if hit == nil {
				hit = &personGroup{root: i, last: last, firsts: map[string]bool{}}
				local[last] = append(local[last], hit)
				docGroups = append(docGroups, hit)
			} else {
				g.union(hit.root, i)
			}
			for _, f := range firsts {
				hit.firsts[f] = true
			}
			hit.count++
		}
		// Titled surnames (President Obama) and bare surnames (Obama, Power)
		// join the person of that surname named in the document.
		attach := func(i int) bool {
			last, _ := nameParts(cands[i].toks)
			pgs := local[last]
			if len(pgs) == 0 {
				return false
			}
			// The first person of that surname the document names: news
			// introduces its main figure first and calls relatives and
			// namesakes by their full names.
			best := pgs[0]
			g.union(best.root, i)
			g.person[g.find(i)] = true
			best.count++
			return true
		}
		for _, i := range firstless {
			if !attach(i) {
				last, _ := nameParts(cands[i].toks)
				pg := &personGroup{root: i, last: last, firsts: map[string]bool{}, count: 1}
				local[last] = append(local[last], pg)
				docGroups = append(docGroups, pg)
			}
		}
		for i := start; i < end; i++ {
			c := &cands[i]
			if c.kind == kPerson || len(c.toks) != 1 || c.titled {
				continue
			}
			if c.acro || aliases[c.key] != "" {
				continue
			}
			if attach(i) {
				continue
			}
			if byFirstName(g, local, i, c.key) {
				continue
			}
			singles = append(singles, i)
		}
		start = end
	}
	// 2. People across documents: same surname and compatible given names.
	bySurname := map[string][]*personGroup{}
	var surnames []string
	for _, pg := range docGroups {
		if len(bySurname[pg.last]) == 0 {
			surnames = append(surnames, pg.last)
		}
		bySurname[pg.last] = append(bySurname[pg.last], pg)
	}
	var merged []*personGroup
	for _, last := range surnames {
		merged = append(merged, mergeSurname(g, bySurname[last])...)
	}
	// 3. Close misspellings of a surname (Khameni, Khamenei) with a shared
	// given name.
	for i, a := range merged {
		for _, b := range merged[i+1:] {
			if a.last == b.last || len(a.firsts) == 0 || len(b.firsts) == 0 || !sharesFirst(a.firsts, b.firsts) {
				continue
			}
			if min(len(a.last), len(b.last)) >= 5 && editDistanceAtMost1(a.last, b.last) {
				g.union(a.root, b.root)
			}
		}
	}
	// The same name with a hyphen or a space between its parts: Kim
	// Jong-un, Kim Jong Un.
	spaced := map[string]int{}
	for i := range cands {
		if !g.person[i] || len(cands[i].toks) < 2 {
			continue
		}
		k := strings.ReplaceAll(cands[i].key, "-", " ")
		if r, ok := spaced[k]; ok {
			g.union(r, i)
		} else {
			spaced[k] = i
		}
	}
	surnameRoot := map[string]int{}
	for _, pg := range merged {
		r := g.find(pg.root)
		if old, ok := surnameRoot[pg.last]; !ok || pg.count > countOf(merged, old) {
			surnameRoot[pg.last] = r
		}
	}
	// 4. One-word mentions: a surname named elsewhere in the story, a
	// speaker, or something else.
	keyRoot := map[string]int{}
	for _, i := range singles {
		c := &cands[i]
		if c.acro || places[c.key] || aliases[c.key] != "" {
			continue
		}
		if r, ok := surnameRoot[lastKey(c.key)]; ok {
			g.union(r, i)
			continue
		}
	}
	// 5. Everything else by name, alias family and acronym.
	acronyms := map[string]int{}
	for i := range cands {
		c := &cands[i]
		if g.person[g.find(i)] {
			continue
		}
		key := theKey(c)
		if a := aliases[key]; a != "" {
			key = a
		} else if !c.acro {
			key = orgKey(key)
		}
		if r, ok := keyRoot[key]; ok {
			g.union(r, i)
		} else {
			keyRoot[key] = i
		}
		if c.acro {
			if r, ok := acronyms[key]; ok {
				g.union(r, i)
			} else {
				acronyms[key] = i
			}
		}
	}
	for i := range cands {
		c := &cands[i]
		if g.person[g.find(i)] || len(c.toks) < 2 {
			continue
		}
		if acronymMatch(g, acronyms, i, c.toks) {
			continue
		}
		if k := orgKey(c.key); k != c.key {
			acronymMatch(g, acronyms, i, strings.Fields(k)) // Justice Department: DOJ
		}
	}
	// Single speakers nobody else names are people too (not a town the
	// words around it place: "Police in Kenosha said"), and so are the
	// names of an administration or a campaign (the Trump administration).
	for _, i := range singles {
		if (cands[i].speaker || cands[i].governs) && cands[i].kind == kUnknown && !cands[i].acro && !cands[i].located && !places[cands[i].key] && aliases[cands[i].key] == "" && !knownOrgs[cands[i].key] {
			r := g.find(i)
			g.person[r] = true
		}
	}
	return g
}

func countOf(pgs []*personGroup, root int) int {
	for _, pg := range pgs {
		if pg.root == root {
			return pg.count
		}
	}
	return 0
}

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// subsetNames reports whether every given name of a is in b.
func subsetNames(a []string, b map[string]bool) bool {
	for _, x := range a {
		if !b[x] {
			return false
		}
	}
	return true
}

// byFirstName attaches a one-word mention to the only person of the
// document with that given name, if the word is a known given name.
func byFirstName(g *groups, local map[string][]*personGroup, i int, key string) bool {
	if !firstNames[key] {
		return false
	}
	var hit *personGroup
	for _, pgs := range local {
		for _, pg := range pgs {
			if pg.firsts[key] {
				if hit != nil {
					return false
				}
				hit = pg
			}
		}
	}
	if hit == nil {
		return false
	}
	g.union(hit.root, i)
	hit.count++
	return true
}

// mergeSurname merges the document groups of one surname that can be one
// person and returns the groups that remain.
func mergeSurname(g *groups, pgs []*personGroup) []*personGroup {
	var full, bare []*personGroup
	for _, pg := range pgs {
		if len(pg.firsts) > 0 {
			full = append(full, pg)
		} else {
			bare = append(bare, pg)
		}
	}
	var out []*personGroup
	for _, pg := range full {
		var hit *personGroup
		for _, o := range out {
			if sharesFirst(o.firsts, pg.firsts) {
				hit = o
				break
			}
		}
		if hit == nil {
			cp := *pg
			cp.firsts = map[string]bool{}
			for k := range pg.firsts {
				cp.firsts[k] = true
			}
			out = append(out, &cp)
			continue
		}
		g.union(hit.root, pg.root)
		for k := range pg.firsts {
			hit.firsts[k] = true
		}
		hit.count += pg.count
	}
	for _, pg := range bare {
		if len(out) == 0 {
			cp := *pg
			cp.firsts = map[string]bool{}
			out = append(out, &cp)
			continue
		}
		best := out[0]
		for _, o := range out[1:] {
			if o.count > best.count {
				best = o
			}
		}
		g.union(best.root, pg.root)
		best.count += pg.count
	}
	for _, o := range out {
		o.root = g.find(o.root)
	}
	return out
}

// acronymOf returns the acronym of a name's words: the initials of all but
// the small words (Islamic State of Iraq and Syria → isis).
func acronymOf(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		switch t {
		case "of", "and", "the", "for", "de", "in", "on", "at", "&":
			continue
		}
		b.WriteByte(t[0])
	}
	return b.String()
}

// theKey returns c's key without an opening "the" (the United States),
// except in the name of an outlet that holds it (The Hill, The Atlantic:
// neither the surname nor the ocean).
func theKey(c *cand) string {
	rest, ok := strings.CutPrefix(c.key, "the ")
	if !ok || c.kind == kOrg && theOutlets[rest] {
		return c.key
	}
	return rest
}

// acronymMatch joins candidate i, whose name's words are toks, to the
// acronym among acronyms that stands for them, and reports whether one
// does.
func acronymMatch(g *groups, acronyms map[string]int, i int, toks []string) bool {
	join := func(a string) bool {
		if r, ok := acronyms[a]; ok {
			g.union(r, i)
			return true
		}
		return false
	}
	for k := 0; k < len(toks)-1 && k < 3; k++ {
		// United States Drug Enforcement Agency: DEA.
		if k > 0 && !countryWord(strings.Join(toks[:k], " ")) {
			continue
		}
		if a := acronymOf(toks[k:]); len(a) >= 2 && join(a) {
			return true
		}
		// Department of Justice: DOJ, its "of" among the initials.
		if slices.Contains(toks[k:], "of") {
			if a := initials(toks[k:]); len(a) >= 3 && join(a) {
				return true
			}
		}
		// Centers for Disease Control and Prevention: CDC, the
		// initials of the name before its last "and".
		if m := slices.Index(toks[k:], "and"); m > 0 {
			if a := acronymOf(toks[k : k+m]); len(a) >= 3 && join(a) {
				return true
			}
		}
	}
	return false
}

// initials returns the first letters of all of a name's words, "of"
// among them (Department of Justice → doj).
func initials(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		switch t {
		case "and", "the", "&":
			continue
		}
		b.WriteByte(t[0])
	}
	return b.String()
}

// countryPrefixes open an organization's name with its country: the U.S.
// Senate is the Senate of a story about Washington, and the U.S. Capitol
// its Capitol.
var countryPrefixes = []string{"u.s. ", "u.s ", "us ", "united states "}

// nationalSites are the places that a country prefix may open, as it
// opens chambers (not a country: "US France" is no France).
var nationalSites = wordSet(`capitol`)

// govFields are the fields of government departments and ministries,
// which news names both ways: the Justice Department, the Department of
// Justice. (The Brookhaven Police Department is no Department of
// Brookhaven Police.)
var govFields = wordSet(`justice state defense defence labor labour treasury commerce energy education
agriculture interior transportation finance health homeland_security veterans_affairs
health_and_human_services housing_and_urban_development`)

// orgAliases are organizations' other names, by their orgKey.
var orgAliases = map[string]string{
	"pentagon": "department of defense", "treasury": "department of treasury",
	"u.s. treasury": "department of treasury", "house of representatives": "house",
}

// orgKey returns the key under which an organization's names meet:
// without the country that may open it (U.S. Senate, US Department of
// Labor), with a government department's or ministry's field last
// ("Justice Department", "Department of the Justice" → "department of
// justice"), under its other name (the Pentagon → "department of
// defense"), and a network's short name without its "News" (NBC News →
// "nbc").
func orgKey(key string) string {
	for _, p := range countryPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && (chambers[rest] || nationalSites[rest] || strings.Contains(rest, " ") && orgHeads[rest[strings.LastIndexByte(rest, ' ')+1:]] || strings.Contains(rest, " of ")) {
			key = rest
			break
		}
	}
	for _, head := range []string{"department", "ministry"} {
		if rest, ok := strings.CutPrefix(key, head+" of the "); ok {
			key = head + " of " + rest
		} else if field, ok := strings.CutSuffix(key, " "+head); ok && govFields[field] {
			key = head + " of " + field
		}
	}
	if a := orgAliases[key]; a != "" {
		key = a
	}
	if base, ok := strings.CutSuffix(key, " news"); ok && len(base) <= 4 && !strings.Contains(base, " ") {
		key = base
	}
	return key
}

// editDistanceAtMost1 reports whether a and b differ by at most one
// insertion, deletion, substitution or swap of neighbouring letters.
func editDistanceAtMost1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

// typeOf decides the type of the entity formed by members.
func (g *groups) typeOf(cands []cand, members []int) storybrief.EntityType {
	if g.person[g.find(members[0])] {
		return storybrief.Person
	}
	var votes [5]int
	// An acronym takes the type of its expansion (BVI, British Virgin
	// Islands): acronyms vote only when no other name does.
	kinded := false
	for _, i := range members {
		if c := &cands[i]; !c.acro && (c.kind != kUnknown || places[c.key]) {
			kinded = true
		}
	}
	// Roe of Roe v. Wade is no town wherever the story names it.
	party := false
	for _, i := range members {
		party = party || cands[i].party
	}
	for _, i := range members {
		c := &cands[i]
		key := theKey(c)
		if a := aliases[key]; a != "" {
			switch aliasType[a] {
			case "ORG":
				return storybrief.Org
			case "PLACE":
				return storybrief.Place
			}
		}
		switch {
		case diseases[key]:
			return storybrief.Other
		case knownOrg(key):
			return storybrief.Org
		case len(c.toks) == 1 && knownPeople[key]:
			votes[kPerson] += 2
		case places[key] || c.state:
			votes[kPlace] += 3
		case c.kind != kUnknown:
			votes[c.kind] += 2
		case c.acro && !kinded:
			votes[kOrg]++
		case c.located && !party:
			votes[kPlace]++ // "Police in Kenosha said": where, not who
		case c.speaker && len(c.toks) == 1:
			votes[kPerson]++
		}
	}
	best, bestN := kOther, 0
	for _, k := range []kind{kPlace, kOrg, kPerson, kOther} {
		if votes[k] > bestN {
			best, bestN = k, votes[k]
		}
	}
	switch best {
	case kPlace:
		return storybrief.Place
	case kOrg:
		return storybrief.Org
	case kPerson:
		return storybrief.Person
	}
	return storybrief.Other
}
