package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
)

// Words returns the word tokens of text as byte offsets into it, in order:
// runs of letters and digits, with what joins them inside a word kept in it.
// Apostrophes and hyphens between letters stay (don't, Iran’s, al-Assad),
// periods between letters or digits (U.S., 3.5, cnn.com, a.m.), commas
// between groups of three digits (1,000.5), slashes and colons between
// digits (9/11, 10:30), & between capitals (AT&T, and AT&amp;T as scraped
// text keeps it). Abbreviations of single
// letters keep their final period (U.S., Ph.D.). Other punctuation, symbols
// such as $ and %, and white space are skipped. Words is safe for
// concurrent use.
func Words(text string) []storybrief.Span {
	return AppendWords(nil, text)
}

// AppendWords appends the words of text, as Words returns them, to dst and
// returns the extended slice.
func AppendWords(dst []storybrief.Span, text string) []storybrief.Span {
	for i := 0; ; {
		a, b := nextWord(text, i)
		if a < 0 {
			return dst
		}
		dst = append(dst, storybrief.Span{Start: a, End: b})
		i = b
	}
}

// Terms appends the lower-cased forms of the words of text to dst and
// returns the extended slice, for comparing texts: a curly apostrophe
// becomes a straight one and a final possessive 's is dropped (Iran’s →
// iran). Words that need no change are substrings of text, and the ASCII
// words that do share one allocation, so that a call costs about one
// allocation beyond dst's growth.
func Terms(dst []string, text string) []string {
	n0 := len(dst)
	lowered := 0 // bytes of ASCII words still to lower-case
	for i := 0; ; {
		a, b := nextWord(text, i)
		if a < 0 {
			break
		}
		i = b
		w := trimPossessive(text[a:b])
		switch asciiCase(w) {
		case mixedCase:
			lowered += len(w)
		case nonASCII:
			w = Term(w)
		}
		dst = append(dst, w)
	}
	if lowered == 0 {
		return dst
	}
	var sb strings.Builder
	sb.Grow(lowered)
	for _, w := range dst[n0:] {
		if asciiCase(w) == mixedCase {
			for j := 0; j < len(w); j++ {
				c := w[j]
				if isUpperByte(c) {
					c += 'a' - 'A'
				}
				sb.WriteByte(c)
			}
		}
	}
	all := sb.String()
	for k, w := range dst[n0:] {
		if asciiCase(w) == mixedCase {
			dst[n0+k], all = all[:len(w)], all[len(w):]
		}
	}
	return dst
}

// Term returns the form of the word w that Terms appends.
func Term(w string) string {
	w = trimPossessive(w)
	switch asciiCase(w) {
	case lowerASCII:
		return w
	case mixedCase:
		return strings.ToLower(w)
	}
	return strings.Map(func(r rune) rune {
		if r == '’' {
			return '\''
		}
		return unicode.ToLower(r)
	}, w)
}

func trimPossessive(w string) string {
	for _, suffix := range [...]string{"'s", "'S", "’s", "’S"} {
		if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
			return w[:len(w)-len(suffix)]
		}
	}
	return w
}

const (
	lowerASCII = iota // ASCII with no capitals
	mixedCase         // ASCII with capitals
	nonASCII
)

func asciiCase(w string) int {
	c := lowerASCII
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] >= utf8.RuneSelf:
			return nonASCII
		case isUpperByte(w[i]):
			c = mixedCase
		}
	}
	return c
}

// nextWord returns the first word at or after i, or -1, -1 if there is none.
func nextWord(t string, i int) (a, b int) {
	for i < len(t) {
		if c := t[i]; c < utf8.RuneSelf {
			if isWordByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			break
		}
		i += size
	}
	if i >= len(t) {
		return -1, -1
	}
	a = i
	var prev rune // the last rune of the word so far
	for {
		for i < len(t) {
			r, size := runeAt(t, i)
			if isWord(r) {
				prev = r
				i += size
				continue
			}
			n := i + size // what follows the joiner
			if n >= len(t) {
				break
			}
			// AT&amp;T: scraped text that keeps the page's reference for &.
			if r == '&' && isUpperRune(prev) && strings.HasPrefix(t[n:], "amp;") && n+4 < len(t) && isUpperRune(rune(t[n+4])) {
				prev = rune(t[n+4])
				i = n + 5
				continue
			}
			next, nsize := runeAt(t, n)
			if !joins(t, r, prev, next, n) {
				break
			}
			prev = next
			i = n + nsize
		}
		// The final period of U.S., a.m., Ph.D.; then U.S.-backed goes on.
		if i < len(t) && t[i] == '.' && dotted(t[a:i]) {
			i++
			if i+1 < len(t) && t[i] == '-' && isWordByte(t[i+1]) {
				i++
				continue
			}
		}
		return a, i
	}
}

// joins reports whether the rune r, between prev and next (at n), joins them
// into one word.
func joins(t string, r, prev, next rune, n int) bool {
	switch r {
	case '\'', '’':
		return isWord(prev) && unicode.IsLetter(next)
	case '-', '‐', '‑', '.', '@':
		return isWord(next)
	case ',': // 1,000 but not 1,2
		if !isDigitRune(prev) || n+3 > len(t) {
			return false
		}
		for k := n; k < n+3; k++ {
			if !isDigit(t[k]) {
				return false
			}
		}
		return n+3 == len(t) || !isDigit(t[n+3])
	case '/', ':':
		return isDigitRune(prev) && isDigitRune(next)
	case '&':
		return isUpperRune(prev) && isUpperRune(next)
	}
	return false
}

func isUpperRune(r rune) bool { return r >= 'A' && r <= 'Z' }

func runeAt(t string, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return r != utf8.RuneError && wordRune(r)
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }
