package quote

import (
	"strings"

	"github.com/storybrief/storybrief/internal/gender"
)

// genderOf returns the gender of entity ei as its given name or the titles
// of its mentions in the document tell it.
func (f *finder) genderOf(ei int) gender.Gender {
	if g, ok := f.genders[ei]; ok {
		return g
	}
	g := gender.OfName(f.ents[ei].Name)
	if g == gender.Unknown {
		t := f.text()
		for _, m := range f.ents[ei].Mentions {
			if m.Doc != f.doc.ID || m.Title.Len() == 0 || m.Title.End > len(t) || m.Start > m.Title.Start {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(t[m.Start:m.Title.End], ".", ""))) {
				if t := gender.OfTitle(w); t != gender.Unknown {
					g = t
				}
			}
		}
	}
	if g == gender.Unknown {
		// "mr. Trump" in text that lost its capitals: an honorific the
		// entity finder kept no title of.
		t := f.text()
		for _, m := range f.ents[ei].Mentions {
			if m.Doc != f.doc.ID || m.Start > len(t) {
				continue
			}
			before := strings.Fields(t[max(0, m.Start-6):m.Start])
			if len(before) == 0 {
				continue
			}
			if h := gender.OfTitle(strings.ToLower(strings.TrimSuffix(before[len(before)-1], "."))); h != gender.Unknown {
				g = h
				break
			}
		}
	}
	f.genders[ei] = g
	return g
}

// fits reports whether entity ei may be what a pronoun of gender g refers to.
func (f *finder) fits(ei int, g gender.Gender) bool {
	return gender.Fits(f.genderOf(ei), g)
}
