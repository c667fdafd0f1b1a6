package summarize

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"unicode/utf8"
)

// LexLinear is a linear model of a sentence's label over hashed features
// of its words: each lower-cased word, each pair of adjacent words, the
// first word and the punctuation marks of lexMarks, every present feature
// worth 1/sqrt(number of features). Where Lexical gives each common word's
// mean label alone, the model weighs the words of a sentence together (a
// figure after "killed" is news, after "save" an advertisement), as a
// bag-of-n-grams classifier does (fastText, Joulin et al. 2017). It is
// fitted by AdaGrad in one pass over the training sentences; the sentence
// forest reads its prediction, made out of fold in training.
type LexLinear struct {
	Bits  int     `json:"bits"`  // log2 of the number of hash buckets
	Scale float64 `json:"scale"` // weight = int16 value × Scale
	Bias  float64 `json:"bias"`
	// Weights holds the bucket weights as little-endian int16.
	Weights []byte `json:"weights"`

	w []float32 // decoded Weights
}

// lexLinearBits is the hash space of a fit: 2^18 buckets.
const lexLinearBits = 18

// lexLinearRate is AdaGrad's step size. On Multi-News, 0.02 explains 12%
// of the label's variance (progressive validation), 0.05 9% and 0.15
// overshoots; the summaries score alike with each.
const lexLinearRate = 0.02

// fnv32 continues the 32-bit FNV-1a hash h over b.
func fnv32(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

const fnv32Offset = 2166136261

// markPrefix is the hash of "# ", which the key of a punctuation mark
// continues.
var markPrefix = fnv32(fnv32Offset, []byte("# "))

// appendLexHashes appends to dst the bucket of each feature of text: each
// word, each pair of adjacent words ("^" before the first), each mark of
// lexMarks. The words are read from the scanner's buffer, as words gives
// them: hashing the bytes needs no string.
func appendLexHashes(dst []uint32, tk *tokenizer, text string, bits int) []uint32 {
	mask := uint32(1)<<bits - 1
	prev := append(tk.prev[:0], '^')
	tk.scan(text, func(b []byte) {
		pair := fnv32(fnv32(fnv32Offset, prev), []byte{' '})
		dst = append(dst, fnv32(pair, b)&mask, fnv32(fnv32Offset, b)&mask)
		prev = append(prev[:0], b...)
	})
	tk.prev = prev
	var buf [4]byte
	for _, r := range text {
		if strings.ContainsRune(lexMarks, r) {
			dst = append(dst, fnv32(markPrefix, buf[:utf8.EncodeRune(buf[:], r)])&mask)
		}
	}
	return dst
}

// Predict returns the model's label for text.
func (m *LexLinear) Predict(tk *tokenizer, text string) float64 {
	if m == nil || m.w == nil {
		return 0
	}
	return m.predictHashes(appendLexHashes(nil, tk, text, m.Bits))
}

// predictHashes returns the model's label for the features hs, hashed
// into m.Bits bits.
func (m *LexLinear) predictHashes(hs []uint32) float64 {
	if m == nil || m.w == nil {
		return 0
	}
	if len(hs) == 0 {
		return m.Bias
	}
	var sum float64
	for _, h := range hs {
		sum += float64(m.w[h])
	}
	return m.Bias + sum/math.Sqrt(float64(len(hs)))
}

// decode fills w from Weights.
func (m *LexLinear) decode() error {
	if m.Bits <= 0 || m.Bits > 24 || len(m.Weights) != 2<<m.Bits {
		return errors.New("lexical linear model: malformed weights")
	}
	m.w = make([]float32, 1<<m.Bits)
	for k := range m.w {
		m.w[k] = float32(float64(int16(binary.LittleEndian.Uint16(m.Weights[2*k:]))) * m.Scale)
	}
	return nil
}

// LexLinearFit fits a LexLinear by AdaGrad on squared error, one sentence
// at a time. It is not safe for concurrent use; AverageLexLinear combines fits.
type LexLinearFit struct {
	w, g2   []float32
	bias    float64
	n       int
	rate    float64
	tk      *tokenizer
	hashes  []uint32
	biasSum float64
	sse     float64 // squared error of each prediction made before its step
	sst     float64 // squared error of the running mean
}

// ProgressiveR2 returns the share of the label's variance that the fit's
// predictions, each made before seeing its sentence, explain.
func ProgressiveR2(fits ...*LexLinearFit) float64 {
	var sse, sst float64
	for _, f := range fits {
		sse += f.sse
		sst += f.sst
	}
	if sst == 0 {
		return 0
	}
	return 1 - sse/sst
}

// NewLexLinearFit returns an empty fit.
func NewLexLinearFit() *LexLinearFit {
	return &LexLinearFit{w: make([]float32, 1<<lexLinearBits), g2: make([]float32, 1<<lexLinearBits), rate: lexLinearRate, tk: newTokenizer()}
}

// Add takes one gradient step on sentence text with label y.
func (f *LexLinearFit) Add(text string, y float64) {
	f.hashes = appendLexHashes(f.hashes[:0], f.tk, text, lexLinearBits)
	f.step(y)
}

// AddInStory takes one gradient step on sentence i of c with label y,
// over the features of its stems joined to their support in the story.
func (f *LexLinearFit) AddInStory(c *Cluster, i int, y float64) {
	f.hashes = appendStoryHashes(f.hashes[:0], c, i, lexLinearBits)
	f.step(y)
}

// PredictInStory returns the label of sentence i of c for a model fitted
// by AddInStory.
func (m *LexLinear) PredictInStory(c *Cluster, i int) float64 {
	if m == nil || m.w == nil {
		return 0
	}
	return m.predictHashes(appendStoryHashes(nil, c, i, m.Bits))
}

// appendStoryHashes appends to dst the bucket of each feature of sentence
// i of c: each content stem joined to how many other documents of the
// story use it (none, one, more), and also to whether the sentence stands
// in its document's first three; and those support classes alone.
func appendStoryHashes(dst []uint32, c *Cluster, i, bits int) []uint32 {
	mask := uint32(1)<<bits - 1
	s := &c.Sents[i]
	lead := uint32('b')
	if s.Pos < 3 {
		lead = 'l'
	}
	for _, t := range s.Terms {
		sup := uint32('0' + min(c.DocDF[t]-1, 2))
		h := fnv32(fnv32Offset, []byte(c.Vocab[t]))
		h = (h ^ '|') * 16777619
		h = (h ^ sup) * 16777619
		dst = append(dst, h&mask, ((h^lead)*16777619)&mask, ((fnv32Offset^sup)*16777619)&mask)
	}
	return dst
}

// step takes one gradient step on the features in f.hashes.
func (f *LexLinearFit) step(y float64) {
	x := 0.0
	if len(f.hashes) > 0 {
		x = 1 / math.Sqrt(float64(len(f.hashes)))
	}
	pred := f.bias
	for _, h := range f.hashes {
		pred += float64(f.w[h]) * x
	}
	if f.n > 0 {
		f.sse += (pred - y) * (pred - y)
		f.sst += (f.bias - y) * (f.bias - y)
	}
	f.n++
	// The bias follows the running mean of the labels.
	f.biasSum += y
	f.bias = f.biasSum / float64(f.n)
	if len(f.hashes) == 0 {
		return
	}
	g := (pred - y) * x
	for _, h := range f.hashes {
		gh := g + 1e-6*float64(f.w[h])
		f.g2[h] += float32(gh * gh)
		f.w[h] -= float32(f.rate * gh / math.Sqrt(float64(f.g2[h])+1e-8))
	}
}

// AverageLexLinear returns the model whose weights are the mean of the fits'
// (each fitted on its own part of the data), quantized to int16.
func AverageLexLinear(fits ...*LexLinearFit) *LexLinear {
	n := 1 << lexLinearBits
	w := make([]float64, n)
	var bias, sentences float64
	for _, f := range fits {
		for k, v := range f.w {
			w[k] += float64(v) / float64(len(fits))
		}
		bias += f.biasSum
		sentences += float64(f.n)
	}
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	m := &LexLinear{Bits: lexLinearBits, Scale: 1, Weights: make([]byte, 2*n)}
	if maxAbs > 0 {
		m.Scale = maxAbs / 32767
	}
	if sentences > 0 {
		m.Bias = bias / sentences
	}
	for k, v := range w {
		binary.LittleEndian.PutUint16(m.Weights[2*k:], uint16(int16(math.Round(v/m.Scale))))
	}
	if err := m.decode(); err != nil {
		panic(err) // cannot happen: the weights were just written
	}
	return m
}
