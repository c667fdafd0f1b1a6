package cluster

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed stopwords.txt
var stopwordList string

// stopwords is built once from the embedded list; it is never written after.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopwordList) {
		m[w] = true
	}
	for _, w := range []string{"said", "says", "say", "told", "mr", "mrs", "ms", "dr", "just", "like", "new", "year", "years", "time", "people", "percent", "s", "t", "don", "didn", "doesn", "isn", "won", "ll", "ve", "re", "m", "d"} {
		m[w] = true
	}
	return m
}()

// Terms appends the content words of text to dst, lower-cased and lightly
// stemmed (plural and possessive endings), stop words and one-letter words
// left out, and returns the extended slice. It is the default
// Config.Terms.
func Terms(dst []string, text string) []string {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			// An apostrophe inside a word: keep going (don't, Iran's).
			if (r == '\'' || r == '’') && j+n < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		if w := normalize(text[i:j]); w != "" {
			dst = append(dst, w)
		}
		i = j
	}
	return dst
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normalize lower-cases a word, drops possessives and plural endings, and
// returns "" for words that carry no topic.
func normalize(w string) string {
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "’", "'")
	if i := strings.IndexByte(w, '\''); i >= 0 {
		w = w[:i] // iran's → iran, don't → don
	}
	if len(w) < 2 || stopwords[w] {
		return ""
	}
	if allDigits(w) && len(w) < 4 {
		return ""
	}
	return stem(w)
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// stem removes the commonest English inflections, enough to match
// "strikes" with "strike" and "talks" with "talk" without a full stemmer.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

// Names appends the names found in text to dst, lower-cased: runs of
// capitalized words (Secretary of State John Kerry, Islamic State), and
// the words of four letters or more within them, and returns the extended
// slice. A single capitalized word that opens a sentence is not taken for a
// name unless it is an acronym. It is the default Config.Entities, good
// enough until a real entity recognizer is wired in.
func Names(dst []string, text string) []string {
	var run []string // words of the current name
	runAtStart := false
	flush := func() {
		for len(run) > 0 && connectors[run[len(run)-1]] {
			run = run[:len(run)-1] // trailing connectors are not part of the name
		}
		if runAtStart && len(run) > 0 && stopwords[strings.ToLower(run[0])] {
			run = run[1:] // "The Islamic State" → "Islamic State"
		} else if runAtStart && len(run) == 1 && !isAcronym(run[0]) {
			run = run[:0] // a sentence's first word
		}
		if len(run) > 1 {
			dst = append(dst, strings.ToLower(strings.Join(run, " ")))
		}
		for _, w := range run {
			if lw := strings.ToLower(w); (len(w) >= 4 || isAcronym(w)) && !connectors[w] && !stopwords[lw] {
				dst = append(dst, lw)
			}
		}
		run = run[:0]
	}
	sentenceStart := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if r != ' ' && r != '\t' {
				flush() // punctuation ends a name
			}
			switch r {
			case '.', '!', '?', '\n', '"', '“', '”', ':', ';':
				sentenceStart = true
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) || ((r == '.' || r == '-' || r == '\'' || r == '’') && j+n < len(text) && isWordRuneAt(text, j+n)) {
				j += n
				continue
			}
			break
		}
		w := text[i:j]
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[:k] // Iran's → Iran
		}
		if j < len(text) && text[j] == '.' && strings.Contains(w, ".") && isAcronym(w+".") {
			w += "." // U.S.
		}
		switch {
		case isCapitalized(w):
			if len(run) == 0 {
				runAtStart = sentenceStart
			}
			run = append(run, w)
		case len(run) > 0 && connectors[w]:
			run = append(run, w)
		default:
			flush()
		}
		sentenceStart = false
		i = j
	}
	flush()
	return dst
}

// connectors may join the capitalized words of one name.
var connectors = map[string]bool{"of": true, "al": true, "bin": true, "de": true, "van": true, "von": true, "la": true, "du": true}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronym reports whether w is two or more capitals, periods allowed
// (ISIS, U.S., U.N.).
func isAcronym(w string) bool {
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == '.':
		default:
			return false
		}
	}
	return caps >= 2
}

// lower lower-cases w, without allocating when it is lower case already.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}
