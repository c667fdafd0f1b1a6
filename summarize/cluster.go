package summarize

import (
	"math"
	"sort"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/noise"
	"github.com/storybrief/storybrief/segment"
)

// Sentence limits for candidates: shorter ones are fragments or labels,
// longer ones run-ons that waste a budget.
const (
	minWords = 5
	maxWords = 80
)

// Sent is one sentence of a cluster.
type Sent struct {
	Doc      int             // index of its document in Cluster.Docs
	Pos      int             // 0-based position among its document's sentences
	Of       int             // number of sentences in its document
	Span     storybrief.Span // byte offsets in the document's text
	Line     int             // 1-based line
	Text     string          // the sentence, white space collapsed
	Words    int             // white-space words
	Terms    []int32         // term ids of its content words, in order
	Vec      []Weight        // TF-IDF vector, sorted by term, unit length
	Eligible bool            // may be chosen for a summary
	noise    bool            // carries scrape noise (noise.Is)
	dangles  bool            // opens by referring back (segment.LeansBack)
	cut      bool            // its document's text stops inside it (Document.Cut)
}

// Weight is one term of a sparse vector.
type Weight struct {
	Term int32
	W    float32
}

// Cluster is the prepared form of one story's documents.
type Cluster struct {
	Docs   []*storybrief.Document
	Sents  []Sent
	ByDoc  [][]int   // sentence indexes of each document, in order
	Vocab  []string  // term id → stem
	DocDF  []int32   // term id → number of documents using it
	IDF    []float32 // term id → inverse sentence frequency weight
	vocab  map[string]int32
	simBuf []float32 // lazily filled similarity matrix

	centroid []Weight // Centroid, computed once
	quotes   []string // per sentence: its quotation (quoteOf), computed on first use; "\x00" until then

	pairIDs [][]int32 // per sentence: ids of its adjacent content-term pairs (pairs)
	pairDF  []int32   // pair id → documents using it (pairs)

	outlets   []int                   // per sentence: outlets of its corroborated fact (UseFacts)
	factCites [][]storybrief.Citation // per sentence: its fact's sources (UseFacts)
}

// MaxSentences bounds the sentences of a cluster. Methods compare
// sentences pairwise, so a story of a hundred long articles would otherwise
// cost time and memory quadratic in its size; beyond the bound, each
// document contributes only its leading sentences (news puts what matters
// first), an equal share of the bound and at least minPerDoc.
const MaxSentences = 3000

// minPerDoc is the fewest leading sentences a document keeps under the bound.
const minPerDoc = 1

// Prepare reads the body sentences of docs into a Cluster. Sentences of
// block quotes, standfirsts and editor's notes are kept for citing but are
// not eligible for a summary; neither are fragments, run-ons and sentences
// carrying scrape noise. A story of more than MaxSentences sentences keeps
// each document's leading sentences only.
func Prepare(docs []*storybrief.Document) *Cluster {
	c := &Cluster{Docs: docs, ByDoc: make([][]int, len(docs)), vocab: map[string]int32{}}
	tk := getTokenizer()
	defer putTokenizer(tk)
	seen := map[string]bool{}
	perDoc := perDocLimit(docs)
	for di, d := range docs {
		for _, p := range d.Paragraphs {
			for k := 0; k < len(p.Sentences); k++ {
				if len(c.ByDoc[di]) >= perDoc {
					break
				}
				s := p.Sentences[k]
				// A quotation of several sentences is one unit, its speaker
				// with it: "“I'm not going to waste my time. We're thinking
				// about it,” he said." rather than its first half alone.
				if n := quoteRun(d.Text, p.Sentences[k:]); n > 1 {
					s.End = p.Sentences[k+n-1].End
					k += n - 1
				}
				// Caption noise run together with the text that follows it:
				// keep the text, which is often the article's lead.
				span, line, text, clean := noise.Sentence(d.Text, s.Span, s.Line)
				st := Sent{Doc: di, Pos: len(c.ByDoc[di]), Span: span, Line: line, Text: text, Words: storybrief.CountWords(text), noise: !clean}
				st.dangles = segment.LeansBack(text)
				st.Eligible = p.Kind == storybrief.KindBody && st.Words >= minWords && st.Words <= maxWords &&
					!st.noise && !strings.HasSuffix(text, "?") && !seen[text]
				seen[text] = true
				tk.terms(text, func(stem string) {
					id, ok := c.vocab[stem]
					if !ok {
						id = int32(len(c.Vocab))
						c.vocab[stem] = id
						c.Vocab = append(c.Vocab, stem)
					}
					st.Terms = append(st.Terms, id)
				})
				c.ByDoc[di] = append(c.ByDoc[di], len(c.Sents))
				c.Sents = append(c.Sents, st)
			}
		}
		for _, i := range c.ByDoc[di] {
			c.Sents[i].Of = len(c.ByDoc[di])
		}
		if n := len(c.ByDoc[di]); n > 0 {
			last := &c.Sents[c.ByDoc[di][n-1]]
			last.cut = d.Cut(last.Span)
		}
	}
	c.weigh()
	return c
}

// maxQuoteRun is the most sentences that a quotation joins into one unit.
const maxQuoteRun = 3

// quoteRun returns how many of the sentences ss, from the first, one
// quotation spans: 1 unless the first opens a quotation that it does not
// close and one of the next maxQuoteRun-1 closes it, within maxWords
// words.
func quoteRun(text string, ss []storybrief.Sentence) int {
	first := ss[0].In(text)
	if !opensQuote(first) {
		return 1
	}
	words := storybrief.CountWords(first)
	for n := 2; n <= min(maxQuoteRun, len(ss)); n++ {
		next := ss[n-1].In(text)
		if words += storybrief.CountWords(next); words > maxWords {
			return 1
		}
		if joined := text[ss[0].Start:ss[n-1].End]; !splitQuote(joined) {
			return n
		}
		if opensQuote(next) {
			return 1 // another quotation starts: the marks do not pair up
		}
	}
	return 1
}

// opensQuote reports whether text opens a quotation that it does not close:
// more opening curly marks than closing ones, or an odd number of straight
// ones after an opening one at a word's start.
func opensQuote(text string) bool {
	if o, c := strings.Count(text, "“"), strings.Count(text, "”"); o != c {
		return o > c
	}
	return strings.Count(text, "\"")%2 == 1 && lastStraightOpens(text)
}

// lastStraightOpens reports whether the last straight quotation mark of
// text stands at the start of a word (it opens) rather than at the end of
// one (it closes).
func lastStraightOpens(text string) bool {
	i := strings.LastIndexByte(text, '"')
	return i >= 0 && (i == 0 || text[i-1] == ' ' || text[i-1] == '(' || text[i-1] == '\n') && i+1 < len(text) && text[i+1] != ' '
}

// perDocLimit returns how many sentences each document may contribute so
// that the cluster stays within MaxSentences (no limit when it does anyway).
func perDocLimit(docs []*storybrief.Document) int {
	total := 0
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			total += len(p.Sentences)
		}
	}
	if total <= MaxSentences || len(docs) == 0 {
		return total + 1
	}
	return max(minPerDoc, MaxSentences/len(docs))
}

// weigh computes document frequencies, IDF over sentences, and unit TF-IDF
// vectors.
func (c *Cluster) weigh() {
	n := len(c.Vocab)
	c.DocDF = make([]int32, n)
	sentDF := make([]int32, n)
	last := make([]int32, n)
	lastDoc := make([]int32, n)
	for i := range last {
		last[i], lastDoc[i] = -1, -1
	}
	for i, s := range c.Sents {
		for _, t := range s.Terms {
			if last[t] != int32(i) {
				last[t] = int32(i)
				sentDF[t]++
			}
			if lastDoc[t] != int32(s.Doc) {
				lastDoc[t] = int32(s.Doc)
				c.DocDF[t]++
			}
		}
	}
	c.IDF = make([]float32, n)
	N := float64(len(c.Sents))
	for t := range c.IDF {
		c.IDF[t] = float32(math.Log(1 + N/float64(sentDF[t])))
	}
	for i := range c.Sents {
		c.Sents[i].Vec = c.vector(c.Sents[i].Terms)
	}
}

// vector returns the unit TF-IDF vector of a bag of terms.
func (c *Cluster) vector(terms []int32) []Weight {
	if len(terms) == 0 {
		return nil
	}
	ts := append([]int32(nil), terms...)
	sort.Slice(ts, func(a, b int) bool { return ts[a] < ts[b] })
	var v []Weight
	for i := 0; i < len(ts); {
		j := i
		for j < len(ts) && ts[j] == ts[i] {
			j++
		}
		v = append(v, Weight{Term: ts[i], W: float32(j-i) * c.IDF[ts[i]]})
		i = j
	}
	normalize(v)
	return v
}

func normalize(v []Weight) {
	var sum float64
	for _, w := range v {
		sum += float64(w.W) * float64(w.W)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i].W *= inv
	}
}

// Cosine returns the dot product of two unit sparse vectors.
func Cosine(a, b []Weight) float64 {
	var s float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].Term < b[j].Term:
			i++
		case a[i].Term > b[j].Term:
			j++
		default:
			s += a[i].W * b[j].W
			i++
			j++
		}
	}
	return float64(s)
}

// Sim returns the cosine similarity of sentences i and j, computing the
// whole matrix once.
func (c *Cluster) Sim(i, j int) float64 {
	n := len(c.Sents)
	if c.simBuf == nil {
		c.simBuf = make([]float32, n*n)
		for a := 0; a < n; a++ {
			c.simBuf[a*n+a] = 1
			for b := a + 1; b < n; b++ {
				s := float32(Cosine(c.Sents[a].Vec, c.Sents[b].Vec))
				c.simBuf[a*n+b], c.simBuf[b*n+a] = s, s
			}
		}
	}
	return float64(c.simBuf[i*n+j])
}

// Eligible returns the indexes of the sentences that may be chosen.
func (c *Cluster) Eligible() []int {
	var out []int
	for i, s := range c.Sents {
		if s.Eligible {
			out = append(out, i)
		}
	}
	return out
}

// pairs returns, computed once, the ids of each sentence's adjacent pairs
// of content terms (its content bigrams) and the number of documents that
// use each pair: a pair several outlets share is a phrase of the story.
func (c *Cluster) pairs() (ids [][]int32, df []int32) {
	if c.pairIDs != nil {
		return c.pairIDs, c.pairDF
	}
	index := map[uint64]int32{}
	var lastDoc []int32
	c.pairIDs = make([][]int32, len(c.Sents))
	for i, s := range c.Sents {
		if len(s.Terms) < 2 {
			continue
		}
		own := make([]int32, len(s.Terms)-1)
		for k := 1; k < len(s.Terms); k++ {
			key := uint64(uint32(s.Terms[k-1]))<<32 | uint64(uint32(s.Terms[k]))
			id, ok := index[key]
			if !ok {
				id = int32(len(c.pairDF))
				index[key] = id
				c.pairDF = append(c.pairDF, 0)
				lastDoc = append(lastDoc, -1)
			}
			if lastDoc[id] != int32(s.Doc) {
				lastDoc[id] = int32(s.Doc)
				c.pairDF[id]++
			}
			own[k-1] = id
		}
		c.pairIDs[i] = own
	}
	return c.pairIDs, c.pairDF
}
