package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Lexical holds, for each common word form, how much more or less of a
// sentence that uses it human summaries keep than of the average
// sentence: the smoothed mean of the training label over the sentences
// with the word, minus the overall mean. Where Background's priors say
// which words a summary repeats, this says which words mark a sentence a
// summary draws on (an event verb, a figure) or passes over (first and
// second person, a call to click, a parenthetical aside). Keys are
// lower-cased words, "^" and the first word, and a few punctuation marks.
type Lexical struct {
	Mean  float64            `json:"mean"`
	Value map[string]float64 `json:"value"`

	// Linear, when set, gives the lex_linear feature.
	Linear *LexLinear `json:"linear,omitempty"`
	// Oracle, when set, gives the lex_oracle feature: the same model of
	// whether the greedy ROUGE oracle picks a sentence.
	Oracle *LexLinear `json:"oracle,omitempty"`
	// Story, when set, gives the lex_story feature: a model of the label
	// over the sentence's stems joined to their support in the story.
	Story *LexLinear `json:"story,omitempty"`
}

// lexMarks are the punctuation marks that are keys of their own.
const lexMarks = "()\"“”:;?!—"

// lexKeys calls fn once for each distinct key of text.
func lexKeys(tk *tokenizer, text string, fn func(key string)) {
	var buf [96]string
	seen := buf[:0] // sentences are short: a linear scan beats a map
	emit := func(k string) {
		if !slices.Contains(seen, k) {
			seen = append(seen, k)
			fn(k)
		}
	}
	first := true
	tk.words(text, func(w string) {
		if first {
			emit("^" + w)
			first = false
		}
		emit(w)
	})
	for _, r := range text {
		if strings.ContainsRune(lexMarks, r) {
			emit(string(r))
		}
	}
}

// LexicalFit accumulates labelled sentences for a Lexical table. It is not
// safe for concurrent use; Merge combines the fits of several workers.
type LexicalFit struct {
	sum, n     map[string]float64
	stories    map[string]int // stories that use the key
	cur        map[string]bool
	total, all float64
	tk         *tokenizer
}

// NewLexicalFit returns an empty fit.
func NewLexicalFit() *LexicalFit {
	return &LexicalFit{sum: map[string]float64{}, n: map[string]float64{}, stories: map[string]int{}, cur: map[string]bool{}, tk: newTokenizer()}
}

// Add adds one sentence of the current story and its label.
func (f *LexicalFit) Add(text string, y float64) {
	f.total += y
	f.all++
	lexKeys(f.tk, text, func(k string) {
		f.sum[k] += y
		f.n[k]++
		f.cur[k] = true
	})
}

// EndStory closes the current story: the next sentence starts another.
func (f *LexicalFit) EndStory() {
	for k := range f.cur {
		f.stories[k]++
	}
	clear(f.cur)
}

// Merge adds the sentences of o.
func (f *LexicalFit) Merge(o *LexicalFit) {
	for k, v := range o.sum {
		f.sum[k] += v
		f.n[k] += o.n[k]
	}
	for k, v := range o.stories {
		f.stories[k] += v
	}
	f.total += o.total
	f.all += o.all
}

// Fit returns the table of keys used by at least minStories stories, each
// mean shrunk toward the overall mean as if strength more sentences had
// the overall mean, keeping at most limit keys, the most frequent. Counting
// stories, not sentences, keeps out the names of the few stories that
// dominate a corpus: the table should say how news is written, not what it
// was about.
func (f *LexicalFit) Fit(minStories int, strength float64, limit int) *Lexical {
	if f.all == 0 {
		return nil
	}
	mean := f.total / f.all
	var keys []string
	for k, n := range f.stories {
		if n >= minStories {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(a, b int) bool {
		if f.n[keys[a]] != f.n[keys[b]] {
			return f.n[keys[a]] > f.n[keys[b]]
		}
		return keys[a] < keys[b]
	})
	if len(keys) > limit {
		keys = keys[:limit]
	}
	l := &Lexical{Mean: mean, Value: make(map[string]float64, len(keys))}
	for _, k := range keys {
		v := (f.sum[k]+strength*mean)/(f.n[k]+strength) - mean
		l.Value[k] = math.Round(v*1e5) / 1e5
	}
	return l
}

// features returns the mean, lowest and highest value of the keys of
// text, and the value of its first word.
func (l *Lexical) features(tk *tokenizer, text string) (mean, lo, hi, first float64) {
	n := 0
	add := func(v float64) {
		if n == 0 || v < lo {
			lo = v
		}
		if n == 0 || v > hi {
			hi = v
		}
		mean += v
		n++
	}
	// The keys of lexKeys in the same order, read from the scanner's
	// buffer: map lookups by string(b) allocate nothing, and a word is
	// known again by its hash.
	var buf [96]uint64
	seen := buf[:0]
	isNew := func(b []byte) bool {
		h := uint64(14695981039346656037)
		for _, c := range b {
			h = (h ^ uint64(c)) * 1099511628211
		}
		if slices.Contains(seen, h) {
			return false
		}
		seen = append(seen, h)
		return true
	}
	started := false
	tk.scan(text, func(b []byte) {
		if !started {
			started = true
			tk.key = append(append(tk.key[:0], '^'), b...)
			first = l.Value[string(tk.key)]
		}
		if isNew(b) {
			add(l.Value[string(b)])
		}
	})
	var rb [4]byte
	for _, r := range text {
		if strings.ContainsRune(lexMarks, r) {
			if k := rb[:utf8.EncodeRune(rb[:], r)]; isNew(k) {
				add(l.Value[string(k)])
			}
		}
	}
	if n > 0 {
		mean /= float64(n)
	}
	return mean * 10, lo * 10, hi * 10, first * 10
}
