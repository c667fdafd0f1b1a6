package entity

import "strings"

// Lower-cased text (the Multi-News documents) has no capitals to find names
// by; there the gazetteer finds places and alias families, a title or a
// known given name finds people, and a person's surname alone counts only
// where the text still capitalizes it or a verb of saying goes with it.

// ambiguousFirst are given names that are also common words.
var ambiguousFirst = wordSet(`will mark may bill grace rose hope joy art pat rob sue jack frank june april
august dawn faith ray lee gene rich chase guy dean jean max sally penny crystal ruby hazel heather holly
amber summer autumn august miles brook gay earl jay sky glen cliff dale victor christian justice
major king prince duke carol carl grant chance rush chip buck drew`)

// commonWords are frequent words that follow a title or a given name in
// lower-cased text without being a name: "the press secretary said",
// "benjamin was".
var commonWords = wordSet(`was is has had have who which that spoke went came got made took cast says saw
told asked daughter son wife husband mother father family brother sister license office officials
supporters death team staff people campaign administration government his her their its whole
report reports sat
himself herself themselves also had would will could can may might must should did does`)

// titleWords continue a title of several words without being one alone:
// chief executive officer, attorney general, press secretary.
var titleWords = wordSet(`executive operating financial technology marketing information general vice press
assistant associate senior`)

// caselessNames finds the mentions in the words of one region of a
// lower-cased document.
func (f *finder) caselessNames(doc int, toks []tok, caption bool) {
	for i := 0; i < len(toks); i++ {
		// Places and alias families of up to four words; two-letter acronyms
		// only with their periods (u.s., not the pronoun us).
		matched := 0
		longest := min(4, len(toks)-i)
		if !firstWords[toks[i].key] {
			longest = min(1, longest)
		}
		for n := longest; n >= 1; n-- {
			run := toks[i : i+n]
			if brokenBefore(run) {
				continue
			}
			k := joinKeys(run)
			if !(places[k] || aliases[k] != "") {
				continue
			}
			if n == 1 && len(k) <= 3 && !dotted(f.docs[doc].Text[run[0].s:run[0].e]) && !places[k] {
				continue
			}
			if n == 1 && (k == "america" || k == "west" || k == "georgia" || k == "jordan" || k == "chad" || k == "turkey" || k == "nice" || k == "reading" || k == "victoria" || k == "virginia" || k == "washington" || k == "austin" || k == "phoenix" || k == "charlotte" || k == "columbus" || k == "richmond" || k == "emirates" || k == "democrats" || k == "republicans") && !run[0].cap {
				continue
			}
			f.add(doc, run, nil, kUnknown, caption)
			matched = n
			break
		}
		if matched > 0 {
			i += matched - 1
			continue
		}
		// A title before one or two words of a name: president obama,
		// secretary of state john kerry.
		t := toks[i]
		if titleHeads[t.key] && !t.brk && i+1 < len(toks) {
			j := i + 1
			if toks[i].key == "secretary" && j+1 < len(toks) && toks[j].key == "of" && !toks[j].brk {
				j += 2
			}
			// The rest of a title of several words: chief executive
			// (officer), attorney general, vice president.
			for j < len(toks) && !toks[j-1].brk && (titleHeads[toks[j].key] || titleWords[toks[j].key]) {
				j++
			}
			if n := nameAfter(toks, j); n > 0 && !toks[j-1].brk {
				f.add(doc, toks[j:j+n], toks[i:j], kPerson, caption)
				f.cands[len(f.cands)-1].title = spanOf(toks[i:j])
				i = j + n - 1
				continue
			}
		}
		// A known given name and a surname: dan brown, john grisham.
		if firstNames[t.key] && !ambiguousFirst[t.key] && !functionWords[t.key] && !t.brk && !t.poss && i+1 < len(toks) && nameWord(toks[i+1]) {
			f.add(doc, toks[i:i+2], nil, kPerson, caption)
			i++
		}
	}
}

// nameAfter returns how many words of a name follow a title at toks[j]:
// two when the first is a known given name, else one; 0 when none does.
func nameAfter(toks []tok, j int) int {
	if j >= len(toks) || !nameWord(toks[j]) {
		return 0
	}
	if firstNames[toks[j].key] && !toks[j].brk && j+1 < len(toks) && nameWord(toks[j+1]) {
		return 2
	}
	return 1
}

// nameWord reports whether a lower-case word may be part of a name.
func nameWord(t tok) bool {
	if len(t.key) < 2 || functionWords[t.key] || speechVerbs[t.key] || nonNames[t.key] || titleHeads[t.key] || demonyms[t.key] || commonWords[t.key] {
		return false
	}
	for _, suf := range [...]string{"ed", "ing", "ly", "tion", "ment", "ness", "self", "selves"} {
		if len(t.key) > len(suf)+2 && strings.HasSuffix(t.key, suf) {
			return false
		}
	}
	for i := 0; i < len(t.key); i++ {
		c := t.key[i]
		if !(c >= 'a' && c <= 'z' || c == '-' || c == '\'' || c >= 0x80) {
			return false
		}
	}
	return true
}

// brokenBefore reports whether punctuation separates the words of run.
func brokenBefore(run []tok) bool {
	for _, t := range run[:len(run)-1] {
		if t.brk || t.poss {
			return true
		}
	}
	return false
}

// caselessSurnames adds the bare surnames of the people found in a
// lower-cased document where the text capitalizes them (a sentence's first
// word) or a verb of saying goes with them.
func (f *finder) caselessSurnames(doc int, flat []tok, regions [][]tok) {
	surnames := map[string]bool{}
	for _, c := range f.cands {
		if c.doc == doc && c.kind == kPerson {
			last, _ := nameParts(c.toks)
			surnames[last] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	covered := map[int]bool{}
	for _, c := range f.cands {
		if c.doc == doc {
			covered[c.name.End] = true
		}
	}
	for _, toks := range regions {
		for i, t := range toks {
			if !surnames[t.key] || covered[t.e] {
				continue
			}
			said := (i+1 < len(toks) && speechVerbs[toks[i+1].key] && !t.brk) || (i > 0 && speechVerbs[toks[i-1].key] && !toks[i-1].brk)
			if t.cap || said {
				f.add(doc, toks[i:i+1], nil, kPerson, false)
			}
		}
	}
}

// dotted reports whether w is an abbreviation written with periods (u.s.).
func dotted(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}
