package summarize

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

//go:embed stopwords.txt
var stopwordsText string

// stopwords is read-only after package initialization.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopwordsText) {
		m[w] = true
	}
	return m
}()

// tokenizer turns text into stemmed content terms. It caches stems and is
// not safe for concurrent use.
type tokenizer struct {
	stems map[string]stemEntry
	forms map[string]string // interned word forms, for words
	env   *snowball.Env
	buf   []byte
	prev  []byte // appendLexHashes's previous word
	key   []byte // Lexical.features's first-word key
}

// tokenizers recycles tokenizers, and with them their stem caches, across
// clusters.
var tokenizers = sync.Pool{New: func() any { return newTokenizer() }}

// getTokenizer returns a tokenizer from the pool; putTokenizer returns it.
func getTokenizer() *tokenizer  { return tokenizers.Get().(*tokenizer) }
func putTokenizer(t *tokenizer) { tokenizers.Put(t) }

func newTokenizer() *tokenizer {
	return &tokenizer{stems: make(map[string]stemEntry, 4096), forms: make(map[string]string, 4096), env: snowball.NewEnv("")}
}

// words calls fn for each lower-cased word of text: runs of letters and
// digits, with inner apostrophes dropped ("don't" → "dont").
func (t *tokenizer) words(text string, fn func(w string)) {
	t.scan(text, func(b []byte) {
		w, ok := t.forms[string(b)]
		if !ok {
			w = string(b)
			if len(t.forms) < 1<<16 {
				t.forms[w] = w
			}
		}
		fn(w)
	})
}

// scan calls fn with each word of text as words defines them, in a buffer
// that the next word overwrites: looking a word up in a map by
// string(b) costs no allocation.
func (t *tokenizer) scan(text string, fn func(b []byte)) {
	t.buf = t.buf[:0]
	flush := func() {
		if len(t.buf) > 0 {
			fn(t.buf)
			t.buf = t.buf[:0]
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				t.buf = append(t.buf, c)
			case c >= 'A' && c <= 'Z':
				t.buf = append(t.buf, c+'a'-'A')
			case c == '\'' && len(t.buf) > 0:
				// inner apostrophe: skip, keep the word going
			default:
				flush()
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '’' && len(t.buf) > 0:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t.buf = utf8.AppendRune(t.buf, unicode.ToLower(r))
		default:
			flush()
		}
		i += n
	}
	flush()
}

// stem returns the Porter2 stem of a lower-cased word, and whether it is a
// stopword; one cache lookup answers both.
func (t *tokenizer) stem(b []byte) (string, bool) {
	if e, ok := t.stems[string(b)]; ok {
		return e.stem, e.stop
	}
	w := string(b)
	e := stemEntry{stem: w, stop: stopwords[w]}
	if len(w) > 3 && !isNumber(w) {
		t.env.SetCurrent(w)
		english.Stem(t.env)
		e.stem = t.env.Current()
	}
	if len(t.stems) < 1<<16 {
		t.stems[w] = e
	}
	return e.stem, e.stop
}

// stemEntry is what the tokenizer caches of a word.
type stemEntry struct {
	stem string
	stop bool
}

// terms calls fn with the stem of each content word of text (stopwords and
// one-letter words left out).
func (t *tokenizer) terms(text string, fn func(stem string)) {
	t.scan(text, func(b []byte) {
		if len(b) < 2 {
			return
		}
		if s, stop := t.stem(b); !stop {
			fn(s)
		}
	})
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// captionDateRe matches the date that closes a photo caption: a comma,
// then month, day and year ("… in Sydney, September 15, 2009.",
// "… on Saturday, Dec. 14, 2013.").
var captionDateRe = regexp.MustCompile(`(?i),\s+(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}[\s.]*$`)

// captionLike reports whether a sentence reads as a photo caption: news
// sentences open with their date, if any ("WASHINGTON, Sept. 15 —"); a
// caption closes with it. Scraped text keeps captions among the sentences
// ("A woman reads a copy of the book at a launch event in Sydney,
// September 15, 2009."), and a brief should not read as a picture's label.
func captionLike(text string) bool {
	// Only a sentence that ends in a year, with or without its full stop,
	// is worth the regular expression.
	t := strings.TrimRight(text, " .")
	if t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9' {
		return false
	}
	return captionDateRe.MatchString(text)
}

// nameLine reports whether text is a short line of names rather than a
// statement: three to eight words, at least three in four of them
// capitalized ("Ambassador Frances D. Cook, ret.", a letter's signatory,
// which ends in a full stop and so passes for a sentence). A statement of
// that length has lower-case words around its names ("Kerry met Zarif in
// New York."). Text that a corpus lower-cased is never a name line.
func nameLine(text string) bool {
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > 8 {
		return false
	}
	upper := 0
	for _, w := range words {
		w = strings.TrimLeft(w, "\"'“‘(")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return upper*4 >= len(words)*3
}

// splitQuote reports whether text holds part of a quotation that goes on
// in the sentence after it or began in the one before: it opens a
// quotation it does not close, or closes one it did not open ("“We will
// not allow anyone to destroy our democracy." with its closing mark and
// its speaker a sentence later). Alone in a brief it reads as a fragment
// whose speaker the reader is not told.
func splitQuote(text string) bool {
	return strings.Count(text, "“") != strings.Count(text, "”") || strings.Count(text, "\"")%2 == 1
}
