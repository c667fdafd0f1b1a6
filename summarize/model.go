package summarize

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Model is a linear sentence scorer over Features: the predicted share of a
// sentence's words and bigrams that a human summary of the story would use.
// It is trained by "storybrief train" (see cmd/storybrief/train.go) with
// ridge regression on standardized features, and shipped in model/.
type Model struct {
	Features []string  `json:"features"` // FeatureNames at training time
	Mean     []float64 `json:"mean"`     // per feature, for standardizing
	Std      []float64 `json:"std"`
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
	Label    string    `json:"label"`            // what it predicts
	Trained  string    `json:"trained"`          // data and settings it was trained on
	Forest   *Forest   `json:"forest,omitempty"` // when set, the model is this forest

	// Length, when set, bounds a long summary's words by the length a
	// human summary of a story with as many documents typically has.
	Length *LengthModel `json:"length,omitempty"`

	// Lexical, when set, gives the lexical features (see Lexical).
	Lexical *Lexical `json:"lexical,omitempty"`

	// Rerank, when set, chooses among candidate summaries of long budgets.
	Rerank *Reranker `json:"rerank,omitempty"`

	// Boilerplate holds, sorted, the SentenceHash of sentences that recur
	// word for word in the documents of many unrelated training stories:
	// the templates of sites and archives ("The news and stories that
	// matter, delivered weekday mornings.", the Wayback Machine's crawl
	// notes), never chosen for a summary.
	Boilerplate []uint64 `json:"boilerplate,omitempty"`
}

// SentenceHash returns the FNV-1a hash of a sentence's text with ASCII
// letters lower-cased, as Model.Boilerplate keeps it.
func SentenceHash(text string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// IsBoilerplate reports whether text is one of m's boilerplate sentences.
func (m *Model) IsBoilerplate(text string) bool {
	if len(m.Boilerplate) == 0 {
		return false
	}
	_, found := slices.BinarySearch(m.Boilerplate, SentenceHash(text))
	return found
}

// Score returns the model's prediction for one feature row.
func (m *Model) Score(row []float64) float64 {
	if m.Forest != nil {
		return m.Forest.Predict(row)
	}
	s := m.Bias
	for k, v := range row {
		s += m.Weights[k] * (v - m.Mean[k]) / m.Std[k]
	}
	return s
}

// ScoreRows sets out[i] to Score(rows[i]) for every row, faster than row
// by row with a forest (see Forest.PredictRows).
func (m *Model) ScoreRows(rows [][]float64, out []float64) {
	if m.Forest != nil {
		m.Forest.PredictRows(rows, out)
		return
	}
	for i, r := range rows {
		out[i] = m.Score(r)
	}
}

// Check reports whether m fits the features this build computes.
func (m *Model) Check() error {
	if !slices.Equal(m.Features, FeatureNames) {
		return errors.New("model: trained on other features than this build computes; retrain with storybrief train")
	}
	if r := m.Rerank; r != nil {
		if !slices.Equal(r.Features, RerankFeatureNames) || (r.Forest == nil && len(r.Weights) != len(RerankFeatureNames)) {
			return errors.New("model: reranker trained on other features than this build computes; retrain with storybrief train")
		}
		if r.Forest != nil {
			if err := r.Forest.check(2 * len(RerankFeatureNames)); err != nil {
				return fmt.Errorf("model: reranker: %w", err)
			}
		}
	}
	if l := m.Lexical; l != nil && l.Oracle != nil && (l.Linear == nil || l.Oracle.Bits != l.Linear.Bits) {
		return errors.New("model: the lexical oracle model needs the lexical linear model's hash space")
	}
	if !slices.IsSorted(m.Boilerplate) {
		return errors.New("model: boilerplate hashes not sorted")
	}
	if m.Forest != nil {
		if err := m.Forest.check(len(m.Features)); err != nil {
			return fmt.Errorf("model: %w", err)
		}
		return nil
	}
	if len(m.Mean) != len(m.Features) || len(m.Std) != len(m.Features) || len(m.Weights) != len(m.Features) {
		return errors.New("model: malformed: vector lengths differ")
	}
	return nil
}

// ReadModel parses a model file and checks it against this build.
func ReadModel(data []byte) (*Model, error) { return readModel(data, true) }

// readModel is ReadModel; without withRerank the model's reranker is
// dropped before the check, for a reranker that is about to be refitted
// may read other features than this build's.
func readModel(data []byte, withRerank bool) (*Model, error) {
	var m Model
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if !withRerank {
		m.Rerank = nil
	}
	if m.Lexical != nil {
		for _, l := range []*LexLinear{m.Lexical.Linear, m.Lexical.Oracle, m.Lexical.Story} {
			if l == nil {
				continue
			}
			if err := l.decode(); err != nil {
				return nil, fmt.Errorf("model: %w", err)
			}
		}
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return &m, nil
}

//go:embed model/model.json
var modelJSON []byte

//go:embed model/background.tsv.gz
var backgroundGz []byte

// DefaultModel returns the model shipped with this build, parsed once. The
// model is read-only and safe for concurrent use.
var DefaultModel = sync.OnceValues(func() (*Model, error) { return ReadModel(modelJSON) })

// DefaultBackground returns the background document frequencies shipped
// with this build, parsed once.
var DefaultBackground = sync.OnceValues(func() (*Background, error) { return ReadBackground(bytes.NewReader(backgroundGz)) })

// Ridge accumulates the normal equations of a ridge regression one sample
// at a time, in constant memory, and solves them.
type Ridge struct {
	n       int
	xtx     []float64 // (d+1)×(d+1), last column/row is the intercept
	xty     []float64
	sum, sq []float64
	d       int
	sumY    float64
}

// NewRidge returns an accumulator for d features.
func NewRidge(d int) *Ridge {
	return &Ridge{d: d, xtx: make([]float64, (d+1)*(d+1)), xty: make([]float64, d+1), sum: make([]float64, d), sq: make([]float64, d)}
}

// Add adds one sample. Rows are raw features: Fit standardizes them from the
// accumulated moments, which is exact for a linear model.
func (r *Ridge) Add(row []float64, y float64) {
	d := r.d
	for i := 0; i <= d; i++ {
		xi := 1.0
		if i < d {
			xi = row[i]
			r.sum[i] += xi
			r.sq[i] += xi * xi
		}
		r.xty[i] += xi * y
		base := i * (d + 1)
		for j := 0; j <= i; j++ {
			xj := 1.0
			if j < d {
				xj = row[j]
			}
			r.xtx[base+j] += xi * xj
		}
	}
	r.sumY += y
	r.n++
}

// Merge adds the samples of o, which must have the same dimension.
func (r *Ridge) Merge(o *Ridge) {
	for i := range r.xtx {
		r.xtx[i] += o.xtx[i]
	}
	for i := range r.xty {
		r.xty[i] += o.xty[i]
	}
	for i := range r.sum {
		r.sum[i] += o.sum[i]
		r.sq[i] += o.sq[i]
	}
	r.sumY += o.sumY
	r.n += o.n
}

// N returns the number of samples added.
func (r *Ridge) N() int { return r.n }

// Fit solves for the weights of standardized features with L2 penalty
// lambda (per sample), returning a Model for features names.
func (r *Ridge) Fit(lambda float64, names []string) (*Model, error) {
	d, n := r.d, float64(r.n)
	if r.n == 0 {
		return nil, errors.New("ridge: no samples")
	}
	mean := make([]float64, d)
	std := make([]float64, d)
	for i := 0; i < d; i++ {
		mean[i] = r.sum[i] / n
		v := r.sq[i]/n - mean[i]*mean[i]
		std[i] = math.Sqrt(math.Max(v, 0))
		if std[i] < 1e-9 {
			std[i] = 1
		}
	}
	full := func(i, j int) float64 {
		if j > i {
			i, j = j, i
		}
		return r.xtx[i*(d+1)+j]
	}
	// Covariance of standardized features and their covariance with y.
	a := make([]float64, d*d)
	b := make([]float64, d)
	meanY := r.sumY / n
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			cov := full(i, j)/n - mean[i]*mean[j]
			a[i*d+j] = cov / (std[i] * std[j])
		}
		a[i*d+i] += lambda
		b[i] = (r.xty[i]/n - mean[i]*meanY) / std[i]
	}
	w, err := solve(a, b, d)
	if err != nil {
		return nil, err
	}
	return &Model{Features: names, Mean: mean, Std: std, Weights: w, Bias: meanY}, nil
}

// solve solves a·x = b for a symmetric positive definite d×d matrix by
// Cholesky decomposition.
func solve(a, b []float64, d int) ([]float64, error) {
	l := make([]float64, d*d)
	for i := 0; i < d; i++ {
		for j := 0; j <= i; j++ {
			s := a[i*d+j]
			for k := 0; k < j; k++ {
				s -= l[i*d+k] * l[j*d+k]
			}
			if i == j {
				if s <= 0 {
					return nil, errors.New("ridge: matrix not positive definite; raise the penalty")
				}
				l[i*d+i] = math.Sqrt(s)
			} else {
				l[i*d+j] = s / l[j*d+j]
			}
		}
	}
	y := make([]float64, d)
	for i := 0; i < d; i++ {
		s := b[i]
		for k := 0; k < i; k++ {
			s -= l[i*d+k] * y[k]
		}
		y[i] = s / l[i*d+i]
	}
	x := make([]float64, d)
	for i := d - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < d; k++ {
			s -= l[k*d+i] * x[k]
		}
		x[i] = s / l[i*d+i]
	}
	return x, nil
}

// LoadModelDir reads model.json and background.tsv.gz from dir, as
// "storybrief train --out dir" writes them.
func LoadModelDir(dir string) (*Model, *Background, error) { return loadModelDir(dir, true) }

// LoadSentenceModelDir is LoadModelDir without the model's reranker, which
// it does not check: for refitting the reranker on the sentence model.
func LoadSentenceModelDir(dir string) (*Model, *Background, error) {
	return loadModelDir(dir, false)
}

func loadModelDir(dir string, withRerank bool) (*Model, *Background, error) {
	data, err := os.ReadFile(filepath.Join(dir, "model.json"))
	if err != nil {
		return nil, nil, err
	}
	m, err := readModel(data, withRerank)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	f, err := os.Open(filepath.Join(dir, "background.tsv.gz"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	bg, err := ReadBackground(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	return m, bg, nil
}

// LengthModel predicts how long a human summary of a story runs from the
// number of its documents: more sources carry more to tell. It is fitted
// by least squares to the reference summaries of the training data.
type LengthModel struct {
	Base   float64 `json:"base"`    // words
	PerDoc float64 `json:"per_doc"` // words per document
}

// lengthScale stretches the predicted length: ROUGE F rewards covering a
// little more than the typical reference (set on the validation split).
const lengthScale = 1.15

// Words returns the word budget for a story of docs documents.
func (l *LengthModel) Words(docs int) int {
	return int(lengthScale * (l.Base + l.PerDoc*float64(docs)))
}

// LengthFit accumulates (documents, summary words) pairs for a LengthModel.
type LengthFit struct{ n, sx, sy, sxx, sxy float64 }

// Add adds one story with docs documents and a summary of words words.
func (f *LengthFit) Add(docs, words int) {
	x, y := float64(docs), float64(words)
	f.n++
	f.sx += x
	f.sy += y
	f.sxx += x * x
	f.sxy += x * y
}

// Fit returns the least-squares line, or nil when the stories do not
// determine one.
func (f *LengthFit) Fit() *LengthModel {
	d := f.n*f.sxx - f.sx*f.sx
	if f.n < 2 || d == 0 {
		return nil
	}
	b := (f.n*f.sxy - f.sx*f.sy) / d
	return &LengthModel{Base: (f.sy - b*f.sx) / f.n, PerDoc: b}
}
