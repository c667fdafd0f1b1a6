package quote

// How a phrase refers back to someone the story names: a role ("the
// former mayor"), a party tag ("the Kentucky Republican"), an age, an
// organization by its kind ("the company"), a pronoun, or the maker of a
// statement.

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/gender"
)

// comparisons open an adverbial that compares ("Like Mr. Obama, …").
var comparisons = wordSet(`like unlike besides despite beyond`)

// partyHeads end a phrase that names a politician by party: "the
// Kentucky Republican", "the Vermont independent".
var partyHeads = wordSet(`democrat republican independent libertarian`)

// role resolves "the <role>" at words j..k (head the last) to the person
// the story gives that title ("the former vice president": the one
// titled vice president anywhere in the story, not the president named
// last); else to the person named last before it in this paragraph or the
// two before, one whose name here carries the role first; else to the
// story's most salient person the document names.
func (f *finder) role(pa *para, j, k int, head string) speaker {
	off := pa.words[j].s
	var want []string // the role without "the" and its modifiers
	for _, w := range pa.words[j+1 : k+1] {
		if !roleMods[w.key] {
			want = append(want, w.key)
		}
	}
	if ei := f.titled(want); ei >= 0 {
		return speaker{name: f.ents[ei].Name, ent: ei}
	}
	if head == "speaker" {
		// A speaker may be anyone who speaks: only a title tells.
		return f.titledHead(head)
	}
	sub := "" // "vice" in "the vice president"
	if n := len(want); n > 1 && subRoles[want[n-2]] {
		sub = want[n-2]
	}
	// "The duchess" is a woman, "the spokesman" a man.
	g := gender.OfTitle(head)
	lo := f.doc.Paragraphs[max(0, pa.idx-2)].Start
	last := -1
	for i := len(f.ments) - 1; i >= 0; i-- {
		m := f.ments[i]
		if m.End > off || f.ents[m.ent].Type != storybrief.Person || f.quoted(m.Start) || !f.fits(m.ent, g) {
			continue
		}
		words := strings.Fields(strings.ToLower(m.In(f.text())))
		for x, w := range words {
			// "President Trump" is the president, "Vice President Pence"
			// the vice president.
			before := ""
			if x > 0 {
				before = words[x-1]
			}
			if strings.Trim(w, ".,") == head && (sub == "" && !subRoles[before] || sub != "" && before == sub) {
				return f.nameOf(i)
			}
		}
		if last < 0 && m.Start >= lo && !f.possessive(m) {
			last = i
		}
	}
	if last >= 0 {
		return f.nameOf(last)
	}
	for ei := range f.ents {
		if f.ents[ei].Type == storybrief.Person && f.inDoc(ei) && f.fits(ei, g) {
			return speaker{name: f.ents[ei].Name, ent: ei}
		}
	}
	return none
}

// partisan resolves "the <place> Democrat" and the like at words j..k to
// the person named last before it, in this paragraph or the two before,
// whom the story titles as an elected official of a legislature, a state
// or a city ("Rep.", "Senate Majority Leader", "Gov."): "the New York
// Democrat" after Rep. Ocasio-Cortez came to the defense of Paul Manafort
// is Ocasio-Cortez. With no such person, it is the person named last
// there with no title at all; a president or an adviser is no party's
// tag. "The independent" with nothing before it is more likely the
// newspaper, and resolves to no one.
func (f *finder) partisan(pa *para, j, k int, head string) speaker {
	if head == "independent" && k == j+1 {
		return none
	}
	untitled := -1
	for i, m := range f.mentionsBack(pa, j, 2) {
		if f.ents[m.ent].Type != storybrief.Person || f.possessive(m) {
			continue
		}
		run := f.titleRun(m)
		if slices.ContainsFunc(f.ents[m.ent].Titles, elected) || elected(run) {
			return f.nameOf(i)
		}
		if untitled < 0 && len(f.ents[m.ent].Titles) == 0 && run == "" {
			untitled = i
		}
	}
	if untitled >= 0 {
		return f.nameOf(untitled)
	}
	return none
}

// mentionsBack yields, last first with its index in f.ments, each mention
// that ends before word j of pa and starts in this paragraph or the back
// paragraphs before it, outside quotation marks.
func (f *finder) mentionsBack(pa *para, j, back int) iter.Seq2[int, ment] {
	return func(yield func(int, ment) bool) {
		off := pa.words[j].s
		lo := f.doc.Paragraphs[max(0, pa.idx-back)].Start
		for i := len(f.ments) - 1; i >= 0; i-- {
			m := f.ments[i]
			if m.Start < lo {
				return // mentions come in order
			}
			if m.End > off || f.quoted(m.Start) {
				continue
			}
			if !yield(i, m) {
				return
			}
		}
	}
}

// titleRun returns the capitalized words that stand right before mention
// m, lower case: a title the story's entity keeps only in part ("House
// Judiciary Committee Chairman" before Jerry Nadler). A White House title
// is no house's.
func (f *finder) titleRun(m ment) string {
	words := strings.Fields(f.text()[max(0, m.Start-60):m.Start])
	if m.Start > 60 && len(words) > 0 {
		words = words[1:] // the first may be cut
	}
	start := len(words)
	for start > 0 && startsUpper(words[start-1]) && !strings.ContainsAny(words[start-1], ",;:\"“”") {
		start--
	}
	run := strings.ToLower(strings.Join(words[start:], " "))
	return strings.ReplaceAll(run, "white house", "")
}

// elected reports whether a title (lower case, as written before a name)
// is that of an elected official a party tag describes: a legislator, a
// governor, a mayor, or an office of a house ("House Judiciary Committee
// Chairman"), not a president or an adviser.
func elected(title string) bool {
	for _, w := range strings.Fields(title) {
		if electedWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// electedWords are the words of an elected official's title.
var electedWords = wordSet(`sen senator senators rep reps representative congressman congresswoman
congressmember gov governor speaker lawmaker legislator mayor assemblyman assemblywoman
assemblymember delegate house senate councilman councilwoman councilmember alderman majority
minority whip`)

// roleMods are the words before a role that do not change whose role it
// is: the former vice president is the one titled vice president.
var roleMods = wordSet(`former then ex late current outgoing incoming acting interim new longtime
us u.s american state's country's nation's city's company's`)

// subRoles make another role of the one they stand before: the vice
// president is not the president.
var subRoles = wordSet(`vice deputy assistant associate lieutenant under sub co`)

// roleAbbrevs spell out the titles that news abbreviates before a name.
var roleAbbrevs = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"gen": "general", "lt": "lieutenant", "sec": "secretary", "pres": "president", "supt": "superintendent",
	"atty": "attorney", "amb": "ambassador", "cmdr": "commander", "col": "colonel", "sgt": "sergeant"}

// titled returns the person entity of the story, mentioned in this
// document, whose title is want (lower-case words, modifiers left out),
// or -1 when none or several are.
func (f *finder) titled(want []string) int {
	if len(want) == 0 {
		return -1
	}
	return f.onlyTitled(func(t string) bool { return sameRole(t, want) })
}

// onlyTitled returns the one person entity of the story, mentioned in
// this document, that has a title match accepts, or -1 when none or
// several have.
func (f *finder) onlyTitled(match func(title string) bool) int {
	found := -1
	for ei := range f.ents {
		e := &f.ents[ei]
		if e.Type != storybrief.Person || !f.inDoc(ei) || !slices.ContainsFunc(e.Titles, match) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}

// isAge reports whether k is an age that names a person: "40-year-old".
func isAge(k string) bool {
	n, ok := strings.CutSuffix(k, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// aged returns the person named last before word j, in this paragraph or
// the two before, whom the document gives the age n: "David Hogg, 17,"
// or "17-year-old David Hogg". An age alone is not enough: "the
// 16-year-old" after Paul Walker is his daughter.
func (f *finder) aged(pa *para, j int, n string) speaker {
	t := f.text()
	for i, m := range f.mentionsBack(pa, j, 2) {
		if f.ents[m.ent].Type != storybrief.Person {
			continue
		}
		for _, o := range f.ments {
			if o.ent != m.ent {
				continue
			}
			after := t[o.End:min(len(t), o.End+len(n)+3)]
			if strings.HasPrefix(after, ", "+n) && len(after) == len(n)+3 && (after[len(after)-1] == ',' || after[len(after)-1] == ')') ||
				strings.HasSuffix(t[max(0, o.Start-len(n)-10):o.Start], n+"-year-old ") {
				return f.nameOf(i)
			}
		}
	}
	return none
}

// orgHeads are the heads of phrases such as "the company" that refer back
// to an organization named before, with the kind of organization each
// takes: a news outlet, a public body, or any other (a company).
var orgHeads = map[string]orgKind{
	"company": anyOrg, "firm": anyOrg, "automaker": anyOrg, "carrier": anyOrg, "airline": anyOrg,
	"retailer": anyOrg, "bank": anyOrg, "publisher": anyOrg,
	"newspaper": outletOrg, "paper": outletOrg, "network": outletOrg, "broadcaster": outletOrg, "outlet": outletOrg,
	"agency": publicOrg,
}

// orgKind is the kind of organization a phrase such as "the agency" takes.
type orgKind int

const (
	anyOrg    orgKind = iota + 1 // "the company": any organization but a public body
	outletOrg                    // "the newspaper": a news outlet
	publicOrg                    // "the agency": a public body
)

// takes reports whether an organization's name fits the kind: an outlet
// by the words of news ("Times", "News", "CNN"), a public body by those of
// a government ("Administration", "Service") or an acronym that is no
// outlet's (CDC, EPA).
func (k orgKind) takes(name string) bool {
	outlet, public := false, false
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.Trim(w, ".,'’"))
		outlet = outlet || outletWords[lw]
		public = public || publicWords[lw]
	}
	if !outlet && !public && len(name) >= 2 && strings.ToUpper(name) == name && !strings.Contains(name, " ") {
		public = true // an acronym
	}
	switch k {
	case outletOrg:
		return outlet
	case publicOrg:
		return public && !outlet
	}
	return !public || outlet
}

// outletWords are words of news outlets' names.
var outletWords = wordSet(`times post journal news tribune herald guardian telegraph inquirer gazette chronicle
globe daily observer press examiner reuters ap afp cnn nbc abc cbs bbc fox msnbc npr pbs cbc axios
politico bloomberg huffpost buzzfeed breitbart newsmax vox hill atlantic intercept economist verge
magazine radio television tv channel broadcasting media newsweek time`)

// publicWords are words of the names of public bodies.
var publicWords = wordSet(`administration agency department service authority commission bureau centers
ministry council police office board institutes fbi cia nsa customs protection patrol guard army navy
court congress senate parliament government`)

// organization resolves "the company" and the like at word j (head at k)
// to the organization of the kind the head takes named last before it in
// this paragraph or the one before: "Apple said Monday … The company
// said" is Apple, "The agency said" after the CDC and Facebook the CDC.
func (f *finder) organization(pa *para, j, k int) speaker {
	kind := orgHeads[pa.words[k].key]
	for i, m := range f.mentionsBack(pa, j, 1) {
		if e := &f.ents[m.ent]; e.Type == storybrief.Org && kind.takes(e.Name) && !f.credit(m) {
			// "News Corp agreed to a partnership with Google, a move the
			// company said": the sentence's first such organization, its
			// subject, not the last named.
			first, sent := i, f.sentenceAt(m.Start)
			for x := i - 1; x >= 0 && f.ments[x].Start >= sent.Start; x-- {
				if e := &f.ents[f.ments[x].ent]; e.Type == storybrief.Org && kind.takes(e.Name) && !f.quoted(f.ments[x].Start) && !f.credit(f.ments[x]) {
					first = x
				}
			}
			return f.nameOf(first)
		}
	}
	return none
}

// credit reports whether mention m stands in parentheses, as the agency
// in a dateline does ("(Reuters) - Andrew Yang is joining CNN"), or before
// a slash, as in a photo's credit ("Reuters/Lucas Jackson").
func (f *finder) credit(m ment) bool {
	t := f.text()
	return m.End < len(t) && (t[m.End] == '/' || m.Start > 0 && t[m.Start-1] == '(' && t[m.End] == ')')
}

// sentenceAt returns the span of the document's sentence that holds
// offset off (an empty span at off when none does).
func (f *finder) sentenceAt(off int) storybrief.Span {
	for _, p := range f.doc.Paragraphs {
		if off < p.Start || off >= p.End {
			continue
		}
		for _, s := range p.Sentences {
			if off >= s.Start && off < s.End {
				return s.Span
			}
		}
	}
	return storybrief.Span{Start: off, End: off}
}

// titledHead returns the one person of the story, mentioned in this
// document, who has a title ending in head ("house speaker" for "the
// former speaker"), or none.
func (f *finder) titledHead(head string) speaker {
	ei := f.onlyTitled(func(t string) bool {
		w := strings.Fields(t)
		return len(w) > 0 && strings.Trim(w[len(w)-1], ".,") == head
	})
	if ei < 0 {
		return none
	}
	return speaker{name: f.ents[ei].Name, ent: ei}
}

// sameRole reports whether title (lower case, as a source writes it before
// a name) is the role want: the same words, modifiers aside and
// abbreviations spelled out ("former Sen." is the senator).
func sameRole(title string, want []string) bool {
	var got []string
	for _, w := range strings.Fields(title) {
		w = strings.TrimRight(w, ".,")
		if full, ok := roleAbbrevs[w]; ok {
			w = full
		}
		if !roleMods[w] {
			got = append(got, w)
		}
	}
	return slices.Equal(got, want)
}

// inDoc reports whether entity ei has a mention in the document.
func (f *finder) inDoc(ei int) bool {
	for _, m := range f.ments {
		if m.ent == ei {
			return true
		}
	}
	return false
}

// madeBy returns the maker named from word k on, before ceil: "by the
// FDA", "issued by the Food and Drug Administration", "from the White
// House", "released by Wright's office". Not "obtained by The Hill": who
// has a text did not make it.
func (f *finder) madeBy(pa *para, k, ceil int) speaker {
	lim := min(ceil, len(pa.words))
	if k < lim && madeWords[pa.words[k].key] && !f.brk(pa, k-1, k) {
		k++
	}
	if k+1 >= lim || pa.words[k].key != "by" && pa.words[k].key != "from" || f.brk(pa, k-1, k) || f.brk(pa, k, k+1) {
		return none
	}
	j := k + 1
	if m := pa.words[j].m; m >= 0 && mentionStart(pa, j) == j && !f.possessive(f.ments[m]) {
		return f.nameOf(m)
	}
	if determiners[pa.words[j].key] && j+1 < lim {
		if m := pa.words[j+1].m; m >= 0 && mentionStart(pa, j+1) == j+1 && (mentionEnd(pa, j+1)+1 >= lim || f.brk(pa, mentionEnd(pa, j+1), mentionEnd(pa, j+1)+1) || strings.Contains(f.gap(pa, mentionEnd(pa, j+1), mentionEnd(pa, j+1)+1), ",")) {
			return f.nameOf(m) // "from the White House"
		}
	}
	// "by the city's mayor", "by Wright's office": a short phrase to the
	// clause's end.
	end := j
	for end+1 < lim && end-j < 4 {
		nx := pa.words[end+1]
		if f.brk(pa, end, end+1) || strings.Contains(f.gap(pa, end, end+1), ",") || stop[nx.key] || prepositions[nx.key] || nx.q >= 0 {
			break
		}
		end++
	}
	if end+1 < lim && !f.brk(pa, end, end+1) && !strings.Contains(f.gap(pa, end, end+1), ",") {
		return none // the phrase runs on: not a maker's name
	}
	if end == j && !startsUpper(f.text()[pa.words[j].s:]) {
		return none
	}
	for x := j; x < end; x++ {
		if k := pa.words[x].key; strings.HasSuffix(k, "'s") { // (keys write ’ as ')
			// "by Wright's office", "by the city's mayor": whose it is
			// does not speak, and the phrase names its maker as written.
			sp := storybrief.Span{Start: pa.words[j].s, End: pa.words[end].e}
			return speaker{name: storybrief.CollapseSpace(sp.In(f.text())), ent: -1, span: sp}
		}
	}
	return f.phrase(j, end, pa)
}

// madeWords are the participles between a statement and its maker:
// "issued by", "released by".
var madeWords = wordSet(`issued released sent posted put made signed written`)

// pronoun resolves he or she at word k to a person of that gender, if
// known: the subject of the last sentence before it in the paragraph that
// has one (sentences that open with the same pronoun continue the one
// before), else the speaker of the last attribution nearby, else the last
// person named in the two paragraphs before. Names inside quotation marks
// and possessives (Diana's) do not count.
// sentencesBetween counts the sentences of the document that start after
// offset from and at or before offset to, from paragraph para on.
func (f *finder) sentencesBetween(para, from, to int) int {
	n := 0
	for pi := max(para, 0); pi < len(f.doc.Paragraphs); pi++ {
		p := &f.doc.Paragraphs[pi]
		if p.Start > to {
			break
		}
		for _, st := range p.Sentences {
			if st.Start > from && st.Start <= to {
				n++
			}
		}
	}
	return n
}

// pluralGroup reports whether a speaker's phrase names people in the
// plural: officials, Senate Democrats, two people familiar with the matter.
func pluralGroup(name string) bool {
	fs := strings.Fields(strings.ToLower(name))
	for i := len(fs) - 1; i >= 0; i-- {
		w := strings.Trim(fs[i], ".,;:")
		if i > 0 && (fs[i-1] == "with" || fs[i-1] == "of" || fs[i-1] == "familiar") {
			continue
		}
		if w == "people" || w == "police" {
			return true
		}
		if w == "familiar" || w == "with" || w == "the" || w == "matter" || w == "of" {
			continue
		}
		return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
	}
	return false
}

func (f *finder) pronoun(pa *para, k int) speaker {
	w := pa.words[k]
	g := gender.OfPronoun(w.key)
	switch w.key {
	case "he", "she":
	case "they":
		// "Obama administration officials said … They said that …": the
		// group that spoke last, in this paragraph or the one before.
		// Only from the very next sentence: "Many voters stayed home.
		// They said …" are the voters.
		if f.last.ok() && f.lastPara >= pa.idx-1 && f.lastAt <= w.s && f.sentencesBetween(f.lastPara, f.lastAt, w.s) <= 1 && f.last.name != "" && !f.isPerson(f.last) && pluralGroup(f.last.name) {
			s := f.last
			s.span, s.pronoun = storybrief.Span{Start: w.s, End: w.e}, true
			return s
		}
		return none
	default:
		return none
	}
	sp := storybrief.Span{Start: w.s, End: w.e}
	// "she told Winfrey": the person spoken to, right after the verb, is
	// not the one who speaks.
	addressee := -1
	for i := k + 1; i < len(pa.words) && i <= k+4 && !f.brk(pa, i-1, i) && pa.words[i].q < 0; i++ {
		if m := pa.words[i].m; m >= 0 && f.ents[f.ments[m].ent].Type == storybrief.Person {
			addressee = f.ments[m].ent
			break
		}
	}
	fits := func(ei int) bool { return ei != addressee && f.fits(ei, g) }
	found := func(s speaker) speaker {
		s.span, s.pronoun = sp, true
		return s
	}
	// The sentences of the paragraph before the pronoun, last first.
	sent := w.sent
	for s := sent; s >= 0; s-- {
		lo, hi := -1, k
		for i := range pa.words {
			if pa.words[i].sent == s {
				if lo < 0 {
					lo = i
				}
				if s != sent {
					hi = i + 1
				}
			}
		}
		if lo < 0 || lo >= hi {
			continue
		}
		if pa.words[lo].key == w.key && s != sent {
			continue // "She compares him to Trump.": still the same person
		}
		if pa.words[lo].key == w.key && lo < k {
			// "He said he had come to see Mr. Obama as an advocate of a
			// theology, which he said pitted victims against
			// oppressors": the sentence's subject still.
			if sub := f.pronoun(pa, lo); sub.ok() {
				return found(sub)
			}
		}
		if sub := f.openingPhrase(pa, lo, hi); sub.ent >= 0 && f.isPerson(sub) && fits(sub.ent) {
			return found(sub)
		}
		// "Like Mr. Obama, who wrote a memoir, Mr. Blanco has been on a
		// quest": a person in an opening adverbial is not the subject;
		// taken only when no one else fits.
		opening := -1
		if prepositions[pa.words[lo].key] || comparisons[pa.words[lo].key] {
			for i := lo + 1; i < hi; i++ {
				if strings.Contains(f.gap(pa, i-1, i), ",") {
					opening = i
					break
				}
			}
		}
		aside := -1
		for i := lo; i < hi; i++ {
			x := pa.words[i]
			if x.m < 0 || x.q >= 0 || (i > lo && pa.words[i-1].m == x.m) {
				continue
			}
			m := f.ments[x.m]
			if f.ents[m.ent].Type == storybrief.Person && !f.possessive(m) && !f.modifies(pa, i) && fits(m.ent) {
				if i < opening {
					if aside < 0 {
						aside = x.m
					}
					continue
				}
				return found(f.nameOf(x.m))
			}
		}
		if aside >= 0 {
			return found(f.nameOf(aside))
		}
	}
	if f.last.ent >= 0 && f.isPerson(f.last) && f.lastPara >= pa.idx-2 && fits(f.last.ent) {
		return found(f.last)
	}
	if i := f.lastSubject(max(0, pa.idx-2), pa.idx, fits); i >= 0 {
		return found(f.nameOf(i))
	}
	if f.last.ok() && f.last.ent < 0 && f.lastPara >= pa.idx-1 && gender.Fits(gender.OfPhrase(f.last.name), g) {
		return found(f.last) // "a Jewish man here in Amsterdam wrote …": he, not she
	}
	// Last, a person the sentence before names by what they are: "A
	// volunteer found that plea … "Oh my God," she said".
	if prev := sent - 1; prev >= 0 {
		lo := -1
		for i := range pa.words {
			if pa.words[i].sent == prev {
				lo = i
				break
			}
		}
		if lo >= 0 {
			if sub := f.personPhrase(pa, lo, k); sub.ok() && gender.Fits(gender.OfPhrase(sub.name), g) {
				return found(sub)
			}
		}
	}
	return none
}

// possessive reports whether mention m is followed by a possessive 's.
func (f *finder) possessive(m ment) bool {
	rest := f.text()[m.End:]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// lastSubject returns the index in f.ments of the first person that fits
// in the last sentence of paragraphs from..to-1 that names one: a
// sentence's first person is most often its subject ("Prince Harry and
// Meghan spoke to Oprah Winfrey. … she remembered" is Meghan), or -1.
func (f *finder) lastSubject(from, to int, fits func(ent int) bool) int {
	for pi := to - 1; pi >= from; pi-- {
		ss := f.doc.Paragraphs[pi].Sentences
		for si := len(ss) - 1; si >= 0; si-- {
			lo, hi := ss[si].Start, ss[si].End
			i, _ := slices.BinarySearchFunc(f.ments, lo, func(m ment, off int) int { return cmp.Compare(m.Start, off) })
			for ; i < len(f.ments) && f.ments[i].Start < hi; i++ {
				m := f.ments[i]
				if m.End > hi || f.ents[m.ent].Type != storybrief.Person || f.quoted(m.Start) || f.possessive(m) || !fits(m.ent) {
					continue
				}
				return i
			}
		}
	}
	return -1
}
