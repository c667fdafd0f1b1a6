package cluster

import (
	"encoding/binary"
	"hash/fnv"
	"math"
)

// SignatureSize is the number of MinHash values in a Signature, cut into
// SignatureBands bands of SignatureSize/SignatureBands values each.
const (
	SignatureSize  = 64
	SignatureBands = 16
)

// NearSimilarity is the least estimated Jaccard similarity of two texts'
// shingles for them to count as the same text. With 16 bands of 4 values,
// two texts of similarity 0.85 share a band with probability 0.9999, of
// similarity 0.5 with 0.64, of 0.3 with 0.12: band lookups find near
// duplicates, and the signature comparison rejects the rest.
const NearSimilarity = 0.85

// Signature is a MinHash signature (Broder 1997) of the word 3-shingles of
// a text, every word lower-cased and kept: case, punctuation and white
// space do not count, and a text that differs from another in a word or a
// line keeps nearly all of its shingles.
type Signature [SignatureSize]uint32

// Sign returns the signature of text. Texts of fewer than three words are
// signed by their words.
func Sign(text string) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	words := tokens(nil, text)
	add := func(x uint64) {
		for i := range sig {
			if v := uint32(mix(x ^ seeds[i])); v < sig[i] {
				sig[i] = v
			}
		}
	}
	h := fnv.New64a()
	if len(words) < 3 {
		for _, w := range words {
			h.Reset()
			h.Write([]byte(w))
			add(h.Sum64())
		}
		return sig
	}
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+2]))
		add(h.Sum64())
	}
	return sig
}

// seeds make the SignatureSize hash functions; fixed, so that signatures
// stored by one run compare with those of the next.
var seeds = func() (s [SignatureSize]uint64) {
	x := uint64(0x5eed)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// mix is splitmix64's finalizer: it spreads the bits of x.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of the two texts' shingles.
func (s *Signature) Similarity(o *Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / SignatureSize
}

// Near reports whether the two texts are near-identical.
func (s *Signature) Near(o *Signature) bool { return s.Similarity(o) >= NearSimilarity }

// Bands returns one key per band: texts whose signatures agree on a whole
// band share its key. A store indexes the keys to find near duplicates.
func (s *Signature) Bands() [SignatureBands]int64 {
	var keys [SignatureBands]int64
	const rows = SignatureSize / SignatureBands
	for b := range keys {
		x := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range s[b*rows : (b+1)*rows] {
			x = mix(x ^ uint64(v))
		}
		keys[b] = int64(x)
	}
	return keys
}

// Bytes returns the signature in 4·SignatureSize bytes, for storage.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*SignatureSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFrom reads a signature written by Bytes; ok is false when b has
// the wrong length.
func SignatureFrom(b []byte) (sig Signature, ok bool) {
	if len(b) != 4*SignatureSize {
		return sig, false
	}
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig, true
}

// tokens appends the lower-cased words of text to dst, every word kept.
func tokens(dst []string, text string) []string {
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = append(dst, lower(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, lower(text[start:]))
	}
	return dst
}
