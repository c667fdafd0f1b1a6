package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mark is one stretch of text between quotation marks.
type mark struct {
	open, close int // offsets of the opening mark and of the closing mark; close is -1 when the quote runs on past the end
	inner       [2]int
	closeEnd    int // offset after the closing mark, or the end of the text
}

// marks finds the quoted stretches of text: curly double quotes, straight
// double quotes paired in order, guillemets, and curly single quotes that
// open at the start of a word and close at the end of one (so that
// apostrophes are left alone). Quotation marks inside a quote of another
// kind are part of it. A quote left open at the end of the text runs on
// (close is -1): in news it continues in the next paragraph.
func marks(text string) []mark {
	var out []mark
	var kind rune // the opening mark of the quote now open, 0 if none
	var cur mark
	start := func(i int, r rune, size int) {
		kind = r
		cur = mark{open: i, close: -1, inner: [2]int{i + size, len(text)}, closeEnd: len(text)}
	}
	finish := func(i, size int) {
		cur.close = i
		cur.inner[1] = i
		cur.closeEnd = i + size
		out = append(out, cur)
		kind = 0
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		// Curly quotes read as Windows-1252: â€œ and â€� (or â€\u009d).
		if r == 'â' && strings.HasPrefix(text[i:], "â€") {
			switch {
			case strings.HasPrefix(text[i:], "â€œ"):
				r, size = '“', len("â€œ")
			case strings.HasPrefix(text[i:], "â€\u009d"):
				r, size = '”', len("â€\u009d")
			case strings.HasPrefix(text[i:], "â€�"):
				r, size = '”', len("â€�")
			}
		}
		switch r {
		case '“', '„':
			if kind == 0 {
				start(i, '“', size)
			} else if kind == '“' {
				// A new opening mark before the last one closed: the
				// last quote ends here.
				cur.inner[1] = i
				cur.closeEnd = i
				out = append(out, cur)
				start(i, '“', size)
			}
		case '”':
			if kind == '“' || kind == '"' && !letterAfter(text, i+size) {
				finish(i, size) // a straight quote closed by a curly one
			}
		case '"':
			switch {
			case kind == 0:
				start(i, '"', size)
			case kind == '"':
				finish(i, size)
			case kind == '“' && !letterAfter(text, i+size) && !spaceBefore(text, i):
				finish(i, size) // a curly quote closed by a straight one
			}
		case '«':
			if kind == 0 {
				start(i, '«', size)
			}
		case '»':
			if kind == '«' {
				finish(i, size)
			}
		case '‘':
			if kind == 0 && !letterBefore(text, i) {
				start(i, '‘', size)
			}
		case '’':
			if kind == '‘' && !letterAfter(text, i+size) {
				finish(i, size)
			}
		}
		i += size
	}
	if kind != 0 && kind != '‘' {
		out = append(out, cur) // runs on
	}
	// Keep only quotes that hold a letter, trimmed of white space.
	kept := out[:0]
	for _, m := range out {
		a, b := m.inner[0], m.inner[1]
		for a < b && isSpaceByte(text[a]) {
			a++
		}
		for b > a && isSpaceByte(text[b-1]) {
			b--
		}
		m.inner = [2]int{a, b}
		if hasLetter(text[a:b]) {
			kept = append(kept, m)
		}
	}
	return kept
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func letterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func spaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r == utf8.RuneError || unicode.IsSpace(r)
}
