//go:build ignore

package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/storybrief/storybrief/segment"
)

func main() {
	f, _ := os.Open(os.Args[1])
	var sc *bufio.Scanner
	if strings.HasSuffix(os.Args[1], ".gz") {
		z, _ := gzip.NewReader(f)
		sc = bufio.NewScanner(z)
	} else {
		sc = bufio.NewScanner(f)
	}
	sc.Buffer(nil, 1<<24)
	from, _ := strconv.Atoi(os.Args[2])
	n, _ := strconv.Atoi(os.Args[3])
	row := 0
	for sc.Scan() {
		row++
		if row <= from {
			continue
		}
		if row > from+n {
			break
		}
		var c struct{ Documents []string }
		json.Unmarshal(sc.Bytes(), &c)
		for _, d := range c.Documents {
			for _, s := range segment.Sentences(d) {
				fmt.Println(s.In(d))
			}
			fmt.Println()
		}
	}
}
