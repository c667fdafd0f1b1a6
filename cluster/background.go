package cluster

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// background.txt.gz holds the document frequencies of the terms of the
// Multi-News training split (about 120,000 news articles; terms in 5
// documents or more), written by TestGenBackground: the first line is the
// number of documents, then "term count" lines.
//
//go:embed background.txt.gz
var backgroundGz []byte

// Background holds document frequencies from a reference corpus. They are
// added to the frequencies seen online, so that weights are sensible from
// the first article on (a stream's own counts say little at its start).
type Background struct {
	Docs int32
	DF   map[string]int32
}

// NewsBackground returns the document frequencies of the embedded news
// corpus. The result is shared and must not be modified.
var NewsBackground = sync.OnceValue(func() *Background {
	zr, err := gzip.NewReader(bytes.NewReader(backgroundGz))
	if err != nil {
		panic("cluster: embedded background: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	b := &Background{DF: make(map[string]int32, 80000)}
	if sc.Scan() {
		n, _ := strconv.Atoi(sc.Text())
		b.Docs = int32(n)
	}
	for sc.Scan() {
		term, count, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(count)
		b.DF[term] = int32(n)
	}
	if err := sc.Err(); err != nil {
		panic("cluster: embedded background: " + err.Error())
	}
	return b
})
