package summarize

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Background holds document frequencies of stems in a large news corpus, so
// that a word's weight reflects how rare it is in news at large, not only in
// one story. It is read-only once built and safe for concurrent use.
//
// It also holds, for each stem, how often a story's documents used it
// (Stories) and how often the human summary of such a story used it too
// (Kept): the prior probability that a summary keeps a word of its input,
// after Hong & Nenkova (2014), "Improving the estimation of word importance
// for news multi-document summarization".
type Background struct {
	Docs    int            // documents counted
	DF      map[string]int // stem → documents that use it
	Stories int            // stories counted for Kept
	In      map[string]int // stem → stories whose documents use it
	Kept    map[string]int // stem → stories whose documents and summary use it

	base float64 // kept/in over all stems, set by ReadBackground
}

// Prior returns the smoothed probability that a summary keeps a stem its
// documents use; a stem seen in fewer than a few stories gets the overall
// rate. A nil Background gives 0.
func (b *Background) Prior(stem string) float64 {
	if b == nil || b.Stories == 0 {
		return 0
	}
	const strength = 5.0
	return (float64(b.Kept[stem]) + strength*b.base) / (float64(b.In[stem]) + strength)
}

// baseRate is the share of input stems kept over all stems.
func (b *Background) baseRate() float64 {
	in, kept := 0, 0
	for k, v := range b.In {
		in += v
		kept += b.Kept[k]
	}
	if in == 0 {
		return 0
	}
	return float64(kept) / float64(in)
}

// CountStory adds one story's documents and summary to the priors.
func (b *Background) CountStory(tk *Tokenizer, docs []string, summary string) {
	if b.In == nil {
		b.In, b.Kept = map[string]int{}, map[string]int{}
	}
	in := map[string]bool{}
	for _, d := range docs {
		tk.t.terms(d, func(stem string) { in[stem] = true })
	}
	sum := map[string]bool{}
	tk.t.terms(summary, func(stem string) { sum[stem] = true })
	for stem := range in {
		b.In[stem]++
		if sum[stem] {
			b.Kept[stem]++
		}
	}
	b.Stories++
}

// IDF returns the smoothed inverse document frequency of a stem, log(N/df);
// a stem the corpus never saw counts as seen once. A nil Background gives 1.
func (b *Background) IDF(stem string) float64 {
	if b == nil || b.Docs == 0 {
		return 1
	}
	df := b.DF[stem]
	if df == 0 {
		df = 1
	}
	return math.Log(float64(b.Docs) / float64(df))
}

// Write writes the table as gzipped "stem<TAB>df<TAB>in<TAB>kept" lines
// after a header line "#docs<TAB>N<TAB>stories<TAB>0", stems in order of falling frequency, keeping only those
// with df ≥ minDF and at most limit of them.
func (b *Background) Write(w io.Writer, minDF, limit int) error {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range b.DF {
		if v >= minDF {
			all = append(all, kv{k, v})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	if limit > 0 && len(all) > limit {
		all = all[:limit]
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "#docs\t%d\t%d\t0\n", b.Docs, b.Stories)
	for _, e := range all {
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", e.k, e.v, b.In[e.k], b.Kept[e.k])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadBackground reads a table written by Write.
func ReadBackground(r io.Reader) (*Background, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("background table: %w", err)
	}
	b := &Background{DF: map[string]int{}, In: map[string]int{}, Kept: map[string]int{}}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("background table line %d: want stem<TAB>df<TAB>in<TAB>kept", line)
		}
		var n [3]int
		for i := range n {
			v, err := strconv.Atoi(f[i+1])
			if err != nil {
				return nil, fmt.Errorf("background table line %d: %w", line, err)
			}
			n[i] = v
		}
		if f[0] == "#docs" {
			b.Docs, b.Stories = n[0], n[1]
			continue
		}
		b.DF[f[0]], b.In[f[0]], b.Kept[f[0]] = n[0], n[1], n[2]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("background table: %w", err)
	}
	if b.Docs == 0 {
		return nil, fmt.Errorf("background table: no #docs header")
	}
	b.base = b.baseRate()
	return b, nil
}

// CountDocument adds the distinct stems of one document's text to the table.
func (b *Background) CountDocument(tk *Tokenizer, text string) {
	if b.DF == nil {
		b.DF = map[string]int{}
	}
	seen := map[string]bool{}
	tk.t.terms(text, func(stem string) {
		if !seen[stem] {
			seen[stem] = true
			b.DF[stem]++
		}
	})
	b.Docs++
}

// Tokenizer exposes the stemming tokenizer to training code. It is not safe
// for concurrent use.
type Tokenizer struct{ t *tokenizer }

// NewTokenizer returns a Tokenizer.
func NewTokenizer() *Tokenizer { return &Tokenizer{t: newTokenizer()} }
