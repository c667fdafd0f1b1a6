package cluster

import (
	"flag"
	"fmt"
	"math"
	"path/filepath"
	"testing"
	"time"
)

var train = flag.Bool("train", false, "fit the model on the training splits of -data and print it (TestTrain)")

// TestTrain fits DefaultModel: it streams the training stories (interleaved
// over 30 days), adds each article to its true story, and records the
// features of every candidate story the index offered with whether it was
// the true one; a logistic regression fits the weights, and the threshold
// is the one with the best B-cubed F1 on the training stream. It runs only
// with -train -data DIR.
func TestTrain(t *testing.T) {
	if !*train || *shared == "" {
		t.Skip("fits the model: run with -train -data ../../shared/data")
	}
	stories := readSet(t, filepath.Join(*shared, "multinews/train.jsonl.gz"), 2500)
	stories = append(stories, readSet(t, filepath.Join(*shared, "neus-allsides/train.jsonl"), 0)...)
	stream, _ := dedup(interleave(stories, 60*24*time.Hour, 7))
	// Half the stream with one time for all: the model must not lean on
	// time alone.
	same, _ := dedup(interleave(stories[:len(stories)/2], 0, 8))
	for i := range same {
		same[i].story += "/same"
		same[i].time = same[i].time.Add(365 * 24 * time.Hour)
	}
	stream = append(stream, same...)
	xs, ys := samples(stream)
	t.Logf("%d articles, %d samples", len(stream), len(xs))
	w := fit(xs, ys, 1e-4, 600)
	m := &Model{Bias: w[0], Weights: fromVector(w[1:]), Threshold: 0.5}
	best, bestF := 0.5, 0.0
	for th := 0.1; th <= 0.91; th += 0.1 {
		m.Threshold = th
		got := run(New(Config{Model: m}), stream)
		f := BCubed(truthOf(stream), got).F1
		t.Logf("threshold %.2f: B-cubed F1 %.4f pairwise F1 %.4f", th, f, Pairwise(truthOf(stream), got).F1)
		if f > bestF {
			best, bestF = th, f
		}
	}
	m.Threshold = best
	fmt.Printf("Bias: %.3f,\nWeights: %#v,\nThreshold: %.2f,\n", m.Bias, m.Weights, m.Threshold)
}

// samples streams the items, each added to its true story, and returns the
// features of each candidate story offered, with 1 for the true story.
func samples(stream []item) ([][]float64, []float64) {
	c := New(Config{})
	ids := map[string]int64{}
	var xs [][]float64
	var ys []float64
	for _, it := range stream {
		d := c.Doc(it.title, it.text, it.time)
		id, ok := ids[it.story]
		if !ok {
			id = int64(len(ids) + 1)
			ids[it.story] = id
		}
		for _, s := range c.candidates(d) {
			xs = append(xs, c.features(d, s).vector())
			y := 0.0
			if s.id == id {
				y = 1
			}
			ys = append(ys, y)
		}
		c.Add(id, d)
	}
	return xs, ys
}

// fit returns the bias and weights of an L2-regularized logistic
// regression by full-batch gradient descent with Adam.
func fit(xs [][]float64, ys []float64, l2 float64, epochs int) []float64 {
	n := len(xs[0]) + 1
	w := make([]float64, n)
	m, v := make([]float64, n), make([]float64, n)
	const lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
	scale := 1 / float64(len(ys))
	for e := 1; e <= epochs; e++ {
		g := make([]float64, n)
		for i, x := range xs {
			z := w[0]
			for j, f := range x {
				z += w[j+1] * f
			}
			p := 1 / (1 + math.Exp(-z))
			d := (p - ys[i]) * scale
			g[0] += d
			for j, f := range x {
				g[j+1] += d * f
			}
		}
		for j := 1; j < n; j++ {
			g[j] += l2 * w[j]
		}
		for j := range w {
			m[j] = b1*m[j] + (1-b1)*g[j]
			v[j] = b2*v[j] + (1-b2)*g[j]*g[j]
			mh := m[j] / (1 - math.Pow(b1, float64(e)))
			vh := v[j] / (1 - math.Pow(b2, float64(e)))
			w[j] -= lr * mh / (math.Sqrt(vh) + eps)
		}
	}
	return w
}
