package lang

import (
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The city council approved the new budget on Tuesday night after a long debate over library funding and taxes.", "en"},
		{"lower-cased english", "the city council approved the new budget on tuesday night after a long debate over library funding and taxes.", "en"},
		{"german", "Bankmagazin, Versicherungsmagazin und das Analysehaus haben zum zweiten Mal den Award vergeben. Von 23 eingereichten Produkten hat die Jury acht Produkte prämiert.", "de"},
		{"spanish", "La normativa busca establecer el marco regulatorio para la planificación, el diseño y la construcción de los centros penitenciarios.", "es"},
		{"too little to tell", "OK", ""},
		// Past the sample, cut at a character's start.
		{"long text", strings.Repeat("The café was open late on Tuesday night for the mayor. ", 80), "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEnglish(t *testing.T) {
	doc := func(text string) *storybrief.Document {
		return &storybrief.Document{Text: text, Paragraphs: []storybrief.Paragraph{{Span: storybrief.Span{End: len(text)}, Kind: storybrief.KindBody}}}
	}
	de := doc("Der Bundeskanzler sagte am Dienstag in Berlin, die Regierung werde die Steuern im nächsten Jahr deutlich senken. Die Opposition kritisierte die Pläne als unbezahlbar und forderte eine Abstimmung im Bundestag.")
	if English(de) || de.Lang != "de" {
		t.Errorf("German: English %v, Lang %q", English(de), de.Lang)
	}
	en := doc("The chancellor said on Tuesday in Berlin that the government would cut taxes sharply next year.")
	if !English(en) || en.Lang != "en" {
		t.Errorf("English: English %v, Lang %q", English(en), en.Lang)
	}
	if unsure := doc("OK"); !English(unsure) || unsure.Lang != "" {
		t.Errorf("a text too short to tell is read as English, Lang %q", unsure.Lang)
	}
}
