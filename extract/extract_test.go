package extract

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storybrief/storybrief"
)

// seedGold is the part of testdata/seeds/gold.json that extraction answers.
type seedGold struct {
	Documents map[string]struct {
		TitleLine        int   `json:"title_line"`
		BodyLines        []int `json:"body_lines"`
		OptionalLines    []int `json:"optional_lines"`
		NoiseLines       []int `json:"noise_lines"`
		CommentLinesFrom int   `json:"comment_lines_from"`
		BlockQuote       *struct {
			Lines   []int  `json:"lines"`
			Speaker string `json:"speaker"`
		} `json:"block_quote"`
	} `json:"documents"`
}

func readSeed(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestSeedsGold checks the cleaning of the three seed pages against the
// hand-made gold reading: body lines kept, noise dropped, comments apart,
// the headline found and the block quote marked with its speaker.
func TestSeedsGold(t *testing.T) {
	raw, err := os.ReadFile("../testdata/seeds/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold seedGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(gold.Documents))
	for n := range gold.Documents {
		names = append(names, n)
	}
	sort.Strings(names)
	tp, fp, fn := 0, 0, 0
	for _, name := range names {
		g := gold.Documents[name]
		t.Run(name, func(t *testing.T) {
			doc, err := New().Extract("d1", name, readSeed(t, name))
			if err != nil {
				t.Fatal(err)
			}
			if doc.TitleLine != g.TitleLine {
				t.Errorf("title line %d (%q), want %d", doc.TitleLine, doc.Title, g.TitleLine)
			}
			kept := map[int]storybrief.Paragraph{}
			for _, p := range doc.Paragraphs {
				kept[p.Line] = p
			}
			body := map[int]bool{}
			for _, l := range g.BodyLines {
				body[l] = true
				if _, ok := kept[l]; ok {
					tp++
				} else {
					fn++
					t.Errorf("body line %d dropped", l)
				}
			}
			optional := map[int]bool{}
			for _, l := range g.OptionalLines {
				optional[l] = true
			}
			for l := range kept {
				if !body[l] && !optional[l] {
					fp++
					t.Errorf("noise line %d kept: %.60q", l, kept[l].In(doc.Text))
				}
				if g.CommentLinesFrom > 0 && l >= g.CommentLinesFrom {
					t.Errorf("comment line %d kept", l)
				}
			}
			if g.CommentLinesFrom > 0 {
				if len(doc.Comments) != 43 {
					t.Errorf("%d comments, want 43", len(doc.Comments))
				}
				if len(doc.Comments) > 0 && doc.Comments[0].Line != g.CommentLinesFrom {
					t.Errorf("comments start on line %d, want %d", doc.Comments[0].Line, g.CommentLinesFrom)
				}
			}
			if g.BlockQuote != nil {
				for _, l := range g.BlockQuote.Lines {
					p := kept[l]
					if p.Kind != storybrief.KindQuote || p.Speaker != g.BlockQuote.Speaker {
						t.Errorf("line %d: kind %q speaker %q, want a quote of %s", l, p.Kind, p.Speaker, g.BlockQuote.Speaker)
					}
				}
			}
			checkSpans(t, doc)
		})
	}
	prec := float64(tp) / float64(max(tp+fp, 1))
	rec := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * prec * rec / max(prec+rec, 1e-9)
	t.Logf("seed body lines: precision %.3f recall %.3f F1 %.3f", prec, rec, f1)
	if f1 < 0.97 {
		t.Errorf("F1 %.3f below the 0.97 bar", f1)
	}
}

// checkSpans verifies the provenance invariants of a document: spans in
// bounds and in order, lines matching offsets.
func checkSpans(tb testing.TB, d *storybrief.Document) {
	tb.Helper()
	prev := 0
	for _, p := range d.Paragraphs {
		if p.Start < prev || p.End > len(d.Text) || p.Start >= p.End {
			tb.Fatalf("paragraph span %v out of order or bounds (prev end %d, text %d)", p.Span, prev, len(d.Text))
		}
		if got := strings.Count(d.Text[:p.Start], "\n") + 1; got != p.Line {
			tb.Fatalf("paragraph at %d says line %d, offsets say %d", p.Start, p.Line, got)
		}
		prev = p.End
	}
	for _, x := range d.Dropped {
		if x.Start < 0 || x.End > len(d.Text) || x.Start > x.End {
			tb.Fatalf("dropped span %v out of bounds", x.Span)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", storybrief.ErrEmpty},
		{"spaces", " \n\t\n", storybrief.ErrEmpty},
		{"only furniture", "Watch Live\n\nSign in\n\nMenu\n", storybrief.ErrNoText},
		{"html without article", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>", storybrief.ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New().Extract("d1", tt.name, []byte(tt.data))
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		name string
		data string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><html><body><p>x</p></body></html>", true},
		{"bare tags", "<div><p>One.</p><p>Two.</p><span>x</span></div>", true},
		{"leading space", "\n\n  <html lang=en>", true},
		{"plain text", "The U.S. said <not> much.\n\nMore text here.", false},
		{"text mentioning a tag", "Use the <p> tag for paragraphs.", false},
		{"scripts first, the body past the first kilobytes", "\ufeff    <script>\n" + strings.Repeat("var x = 1;\n", 500) + "</script>\n<div class=post><p>La normativa busca.</p></div>", true},
		{"a text that opens with a script tag and has no body", "<script> tags run code in a page; this text explains them.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsHTML([]byte(tt.data)); got != tt.want {
				t.Errorf("IsHTML = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHTMLReader(t *testing.T) {
	// The first 1,024 bytes of a page are often all ASCII: sniffing them
	// finds no encoding.
	pad := "<!-- " + strings.Repeat("x", 1100) + " -->"
	tests := []struct {
		name string
		data string
		want string
	}{
		{"utf-8 declared by none, past the sniffed bytes", "<html><head>" + pad + "</head><body><p>Yahoo\u2019s sale</p></body></html>", "Yahoo\u2019s sale"},
		{"windows-1252 declared by none", "<html><head>" + pad + "</head><body><p>Yahoo\x92s sale</p></body></html>", "Yahoo\u2019s sale"},
		{"declared windows-1252", `<html><head><meta charset="windows-1252">` + pad + "</head><body><p>caf\xe9</p></body></html>", "caf\u00e9"},
		{"declared utf-8", `<html><head><meta charset="utf-8"></head><body><p>` + "caf\xc3\xa9</p></body></html>", "caf\u00e9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := io.ReadAll(htmlReader([]byte(tt.data)))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), tt.want) {
				t.Errorf("decoded page lacks %q: %q", tt.want, b)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"utf8", []byte("caf\xc3\xa9"), "café"},
		{"bom", []byte("\xef\xbb\xbfhello"), "hello"},
		{"windows-1252", []byte("caf\xe9 \x93quoted\x94"), "café “quoted”"},
		{"utf16le", []byte("\xff\xfeh\x00i\x00"), "hi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeText(tt.data)
			if err != nil || got != tt.want {
				t.Errorf("decodeText = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestCleanSignals(t *testing.T) {
	// A page never seen before, with the same kinds of furniture as the seeds.
	page := strings.Join([]string{
		"Skip to content",
		"",
		"Council approves new budget after long debate",
		"",
		"Mayor Jane Doe speaks at the council meeting on Tuesday.",
		"Mayor Jane Doe speaks at the council meeting on Tuesday, March 3, 2020. Reuters",
		"",
		"The city council approved a $2.1 billion budget on Tuesday after a debate that lasted past midnight.",
		"",
		"\"This budget keeps every library open,\" Mayor Jane Doe said after the vote.",
		"",
		"Economist Sam Lee argues that the plan is too optimistic:",
		"",
		"Revenue forecasts assume growth that the region has not seen in a decade. A downturn would leave a hole.",
		"",
		"Lee's warning was echoed by two council members who voted against the plan.",
		"",
		"Tags: budget, council, city hall",
		"",
		"  1. Reader One says:",
		"",
		"    Great news for libraries.",
		"",
		"  2. Reader Two says:",
		"",
		"    I disagree with all of it.",
	}, "\n")
	doc, err := New().Extract("d1", "page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Council approves new budget after long debate" {
		t.Errorf("title %q", doc.Title)
	}
	var kinds []string
	for _, p := range doc.Paragraphs {
		kinds = append(kinds, string(p.Kind)+":"+strings.Fields(p.In(doc.Text))[0])
	}
	want := []string{"body:The", "body:\"This", "body:Economist", "quote:Revenue", "body:Lee's"}
	if strings.Join(kinds, " ") != strings.Join(want, " ") {
		t.Errorf("paragraphs %v, want %v", kinds, want)
	}
	if len(doc.Comments) != 2 || doc.Comments[0].Author != "Reader One" {
		t.Errorf("comments %+v", doc.Comments)
	}
	reasons := map[int]string{}
	for _, d := range doc.Dropped {
		reasons[d.Line] = d.Reason
	}
	for line, want := range map[int]string{1: reasonPromo, 5: reasonPhoto, 6: reasonCaption, 18: reasonTags} {
		if reasons[line] != want {
			t.Errorf("line %d dropped as %q, want %q", line, reasons[line], want)
		}
	}
}

// TestEditorsNote checks that an update line is a note, but that an
// article run on after "Update:" in one paragraph, as text scraped without
// its line breaks has it, stays body.
func TestEditorsNote(t *testing.T) {
	body := "The city council approved a $2.1 billion budget on Tuesday after a debate that lasted past midnight."
	long := "Update: police released a photo of a man taken on the trails on Feb. 13, around the time the girls were walking. " +
		"Investigators want to talk with him about what he may have seen. They would also like to speak with anyone who was parked " +
		"at the trail head that afternoon. Anyone who knows the man is asked to call a special tip line set up for the case. " +
		"Information provided will be followed up on by officers working the case. Tips can be submitted anonymously."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"note after the body", body + "\n\nUpdate: This story has been updated with the final vote count.",
			[]string{"body:The", "note:Update:"}},
		{"article after an update line", long + "\n\n" + body,
			[]string{"body:Update:", "body:The"}},
	}
	for _, tt := range tests {
		doc, err := New().Extract("d1", "page.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, p := range doc.Paragraphs {
			kinds = append(kinds, string(p.Kind)+":"+strings.Fields(p.In(doc.Text))[0])
		}
		if strings.Join(kinds, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: paragraphs %v, want %v", tt.name, kinds, tt.want)
		}
	}
}

// TestTableCellLines checks that the lines of a table cell, parted by
// <br>, stay apart: go-trafilatura drops such a <br> with the white space
// around it, and the names of a letter's signatories ran together ("Greil
// MarcusWynton Marsalis").
func TestTableCellLines(t *testing.T) {
	para := "<p>The free exchange of information and ideas, the lifeblood of a liberal society, is daily becoming more constricted, and we are worried about it.</p>\n"
	page := "<html><head><title>A Letter on Justice</title></head><body><article>" + strings.Repeat(para, 4) +
		`<table><tr><td><span><strong>Greil Marcus</strong><br />
<strong>Wynton Marsalis</strong>, <span>Jazz at Lincoln Center</span><br />
<strong>Kati Marton</strong>, author<br />
</span></td><td><a href="/a">Home</a><br /><a href="/b">About</a></td></tr></table>` +
		strings.Repeat(para, 2) + "</article></body></html>"
	d, err := New().Extract("d1", "letter.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "MarcusWynton") || strings.Contains(d.Text, "CenterKati") {
		t.Errorf("cell lines run together:\n%s", d.Text)
	}
	for _, want := range []string{"\nGreil Marcus\n", "\nWynton Marsalis, Jazz at Lincoln Center\n", "\nKati Marton, author\n"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks the line %q:\n%s", want, d.Text)
		}
	}
}

func TestReference(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Tanaka E et al. Adverse effects of sulfasalazine in patients with rheumatoid arthritis. J Rheumatol. 2002;29(12):2492–9.", true},
		{"Dalbeth N, Stamp L. Allopurinol dosing in renal impairment. In Seminars in dialysis. Wiley Online Library; 2007.", true},
		{"9. Glezen WP. Herd protection against influenza.J Clin Virol. 2006;37:237-43.", true},
		{"1. Peasah SK,Azziz-Baumgartner E,Breese J,et al. Influenza cost. [PMID: 24055351] doi:10.1016/j.vaccine.2013.09.013 CrossrefMedlineGoogle Scholar", true},
		{"[2] Smaldino, P. E. & McElreath, R. (2016) The natural selection of bad science.", true},
		{"[4]Conner, C. (2011) Histoire populaire des sciences, L’Echappée.", true},
		{"Chung W-H, et al. Oxypurinol-specific T cells possess preferential TCR clonotypes. J Investig Dermatol. 2015.", true},
		{"van Vollenhoven R et al. DRESS syndrome and reversible liver function abnormalities. Lupus. 2015.", true},
		{"Su S-C, Chung W-H, Hung S-I. Digging up the human genome. BioMed Res Int. 2014;2014.", true},
		{"The study, published in the New England Journal of Medicine in 2020, followed 4,000 patients.", false},
		{"Malcolm X, who was killed in 1965, remains a towering figure.", false},
		{"Smith, a Democrat, won the seat in 2018, the first since 1994.", false},
		{"The vote was 52-48 on Tuesday; 2019; 12:30 p.m. is when it closed.", false},
	}
	for _, tt := range tests {
		if got := reference(tt.line); got != tt.want {
			t.Errorf("reference(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestReferenceList checks that a scholarly page's bibliography is
// dropped, while one citation in a report stays.
func TestReferenceList(t *testing.T) {
	body := "Doctors reported a rare reaction to the drug in patients treated for arthritis, the authors write in the review."
	refs := []string{
		"Tanaka E et al. Adverse effects of sulfasalazine. J Rheumatol. 2002;29(12):2492–9.",
		"Pinto B et al. Leflunomide-induced DRESS syndrome. Clin Rheumatol. 2013;32(5):689–93.",
		"Dalbeth N, Stamp L. Allopurinol dosing in renal impairment. Wiley Online Library; 2007.",
	}
	cite := "The findings appeared in the journal (doi:10.1056/NEJMoa2002032) on Wednesday, and other doctors welcomed them."
	for _, tt := range []struct {
		name  string
		lines []string
		drops int
	}{
		{"bibliography", append([]string{"A review of drug reactions", body, body + " Again.", cite}, refs...), 4},
		{"one citation", []string{"A review of drug reactions", body, body + " Again.", cite, refs[0]}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := New().Extract("d1", "page.txt", []byte(strings.Join(tt.lines, "\n\n")))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, d := range doc.Dropped {
				if d.Reason == reasonReference {
					n++
				}
			}
			if n != tt.drops {
				t.Errorf("%d lines dropped as references, want %d: %+v", n, tt.drops, doc.Dropped)
			}
		})
	}
}
