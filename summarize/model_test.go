package summarize

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
)

func TestFeatureNamesMatchIndexes(t *testing.T) {
	if int(numFeatures) != len(FeatureNames) {
		t.Fatalf("%d feature indexes, %d names", numFeatures, len(FeatureNames))
	}
	for _, g := range FeatureGroupNames() {
		cols, err := FeatureGroup(g)
		if err != nil || len(cols) == 0 {
			t.Errorf("group %s: %v %v", g, cols, err)
		}
	}
	if _, err := FeatureGroup("nope"); err == nil {
		t.Error("unknown group accepted")
	}
}

func TestRidgeRecoversLinearFunction(t *testing.T) {
	r := NewRidge(3)
	rng := rand.New(rand.NewPCG(1, 2))
	half := NewRidge(3)
	for i := 0; i < 2000; i++ {
		x := []float64{rng.Float64(), rng.Float64() * 10, float64(i % 2)}
		y := 0.5 + 2*x[0] - 0.3*x[1] + 1.5*x[2]
		if i%2 == 0 {
			r.Add(x, y)
		} else {
			half.Add(x, y)
		}
	}
	r.Merge(half)
	m, err := r.Fit(1e-9, []string{"a", "b", "c"})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range [][]float64{{0, 0, 0}, {1, 5, 1}, {0.3, 2, 0}} {
		want := 0.5 + 2*x[0] - 0.3*x[1] + 1.5*x[2]
		if got := m.Score(x); math.Abs(got-want) > 1e-6 {
			t.Errorf("Score(%v) = %v, want %v", x, got, want)
		}
	}
}

func TestForestFitsStep(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var x [][]float32
	var y []float32
	for i := 0; i < 4000; i++ {
		a, b := rng.Float32(), rng.Float32()
		v := float32(0)
		if a > 0.5 {
			v = 1
		}
		if b > 0.8 {
			v += 0.5
		}
		x = append(x, []float32{a, b})
		y = append(y, v)
	}
	f, err := FitForest(x, y, BoostOptions{Trees: 60, Depth: 3, Rate: 0.3, MinLeaf: 20, Bins: 32, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a, b, want float64
	}{{0.2, 0.2, 0}, {0.9, 0.2, 1}, {0.9, 0.9, 1.5}, {0.1, 0.95, 0.5}}
	for _, tt := range tests {
		if got := f.Predict([]float64{tt.a, tt.b}); math.Abs(got-tt.want) > 0.1 {
			t.Errorf("Predict(%v, %v) = %.3f, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestAverageForests checks that the averaged forest predicts the mean of
// its members' predictions and leaves the members as they were.
func TestAverageForests(t *testing.T) {
	stump := func(base float64, threshold, left, right float32) *Forest {
		return &Forest{Base: base, Trees: []Tree{{
			Feature: []int16{0, -1, -1}, Threshold: []float32{threshold, 0, 0},
			Left: []int32{1, -1, -1}, Right: []int32{2, -1, -1}, Value: []float32{0, left, right},
		}}}
	}
	a, b := stump(1, 0.5, -1, 1), stump(3, 0.2, 2, 4)
	avg := AverageForests(a, b)
	tests := []struct {
		x, want float64
	}{{0.1, (0 + 5) / 2.0}, {0.3, (0 + 7) / 2.0}, {0.9, (2 + 7) / 2.0}}
	for _, tt := range tests {
		row := []float64{tt.x}
		if got := avg.Predict(row); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("Predict(%v) = %v, want %v", tt.x, got, tt.want)
		}
		if got, want := avg.Predict(row), (a.Predict(row)+b.Predict(row))/2; math.Abs(got-want) > 1e-6 {
			t.Errorf("Predict(%v) = %v, members' mean %v", tt.x, got, want)
		}
	}
	if a.Trees[0].Value[2] != 1 || b.Trees[0].Value[1] != 2 {
		t.Errorf("members changed: %v, %v", a.Trees[0].Value, b.Trees[0].Value)
	}
}

func TestBackgroundRoundTrip(t *testing.T) {
	tk := NewTokenizer()
	b := &Background{}
	docs := []string{"The senator said the bill would pass.", "Senators voted on the bill today."}
	for _, d := range docs {
		b.CountDocument(tk, d)
	}
	b.CountStory(tk, docs, "The bill passed.")
	var buf bytes.Buffer
	if err := b.Write(&buf, 1, 0); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBackground(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.Docs != 2 || got.Stories != 1 || got.DF["bill"] != 2 || got.Kept["bill"] != 1 || got.In["vote"] != 1 {
		t.Fatalf("read back %+v", got)
	}
	if got.Prior("bill") <= got.Prior("vote") {
		t.Errorf("a kept word must have a higher prior: bill %v vote %v", got.Prior("bill"), got.Prior("vote"))
	}
	if got.IDF("today") <= got.IDF("bill") {
		t.Errorf("rarer word must weigh more")
	}
}

func TestDefaultModelShips(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Trained == "" || len(m.Weights) != len(FeatureNames) {
		t.Fatalf("shipped model: %+v", m)
	}
	bg, err := DefaultBackground()
	if err != nil || bg.Docs < 1000 {
		t.Fatalf("shipped background: %v docs, %v", bg, err)
	}
}

func TestReadModelRejectsOtherFeatures(t *testing.T) {
	if _, err := ReadModel([]byte(`{"features":["x"],"mean":[0],"std":[1],"weights":[1],"bias":0,"label":"","trained":""}`)); err == nil {
		t.Error("a model over other features was accepted")
	}
}

func TestReadModelRejectsOtherRerankFeatures(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Rerank == nil || m.Rerank.Forest == nil {
		t.Fatal("the shipped model has no reranker forest")
	}
	bad := *m
	bad.Rerank = &Reranker{Features: RerankFeatureNames[:3], Weights: []float64{1, 2, 3}}
	js, err := json.Marshal(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(js); err == nil {
		t.Error("a reranker over other features was accepted")
	}
	// A forest that reads a column beyond the reranker's rows.
	forest := &Forest{Base: m.Rerank.Forest.Base, Trees: append([]Tree(nil), m.Rerank.Forest.Trees...)}
	tree := forest.Trees[0]
	tree.Feature = append([]int16(nil), tree.Feature...)
	tree.Feature[0] = int16(2 * len(RerankFeatureNames))
	forest.Trees[0] = tree
	bad.Rerank = &Reranker{Features: RerankFeatureNames, Forest: forest}
	if js, err = json.Marshal(&bad); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(js); err == nil {
		t.Error("a reranker forest reading a missing column was accepted")
	}
}

func TestShippedBoilerplate(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		`Crawls of supported " no more 404 " sites.`,
		"The news and stories that matter, delivered weekday mornings.",
		"You always have the option to delete your tweet location history.",
	} {
		if !m.IsBoilerplate(text) {
			t.Errorf("not boilerplate: %q", text)
		}
	}
	for _, text := range []string{
		"The Obama administration's newest battlefront against the Islamic State of Iraq and Syria (ISIS) is the United Nations.",
		"The senators met on Tuesday.",
	} {
		if m.IsBoilerplate(text) {
			t.Errorf("news sentence taken for boilerplate: %q", text)
		}
	}
}

func TestReadModelRejectsMismatchedHashSpaces(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Lexical == nil || m.Lexical.Linear == nil || m.Lexical.Oracle == nil {
		t.Fatal("the shipped model lacks its word models")
	}
	small := AverageLexLinear(NewLexLinearFit())
	small.Bits, small.Weights = 4, make([]byte, 2<<4)
	bad := *m
	lex := *m.Lexical
	lex.Oracle = small
	bad.Lexical = &lex
	js, err := json.Marshal(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(js); err == nil {
		t.Error("word models of different hash spaces were accepted")
	}
}

// TestForestLayout checks that the complete layout Predict walks gives the
// values of the trees' own arrays (walk) to the bit, on the shipped forests and on a tree
// with a leaf above the full depth, for rows at, around and beyond the
// thresholds, NaN included.
func TestForestLayout(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	shallow := &Forest{Base: 0.5, Trees: []Tree{{
		// root: f0 <= 1 → leaf 2; else f1 <= 0 → leaves 3, 4
		Feature:   []int16{0, 1, -1, -1, -1},
		Threshold: []float32{1, 0, 0, 0, 0},
		Left:      []int32{2, 3, 0, 0, 0},
		Right:     []int32{1, 4, 0, 0, 0},
		Value:     []float32{0, 0, 7, -1, 3},
	}}}
	forests := map[string]*Forest{"sentence": m.Forest, "rerank": m.Rerank.Forest, "shallow": shallow}
	for name, f := range forests {
		if err := f.check(1 << 15); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		deep := &Forest{Base: f.Base, Trees: f.Trees}
		deep.pack.Do(func() { deep.lay(-1) })
		if !deep.deep || deep.splits != nil {
			t.Fatalf("%s: lay(-1) laid the trees out", name)
		}
		width := 0
		var cuts []float32
		for _, tr := range f.Trees {
			for k, x := range tr.Feature {
				width = max(width, int(x)+1)
				if x >= 0 {
					cuts = append(cuts, tr.Threshold[k])
				}
			}
		}
		rng := rand.New(rand.NewPCG(1, 2))
		row := make([]float64, max(width, 2))
		for range 2000 {
			for j := range row {
				c := float64(cuts[rng.IntN(len(cuts))])
				switch rng.IntN(5) {
				case 0:
					row[j] = c
				case 1:
					row[j] = math.Nextafter(c, math.Inf(1))
				case 2:
					row[j] = c - rng.Float64()
				case 3:
					row[j] = c + rng.Float64()
				default:
					row[j] = math.NaN()
				}
			}
			if got, want := f.Predict(row), f.walk(row); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%s: Predict(%v) = %v, the trees' arrays give %v", name, row, got, want)
			}
			if got := deep.Predict(row); math.Float64bits(got) != math.Float64bits(f.walk(row)) {
				t.Fatalf("%s: a forest too deep to lay out predicts %v, its trees' arrays %v", name, got, f.walk(row))
			}
		}
	}
	if got := shallow.Predict([]float64{0, 5}); got != 7.5 {
		t.Errorf("shallow tree: got %v, want 7.5", got)
	}
}
