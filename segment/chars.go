package segment

import (
	"unicode"
	"unicode/utf8"
)

// asciiSpace marks the ASCII white-space bytes, as unicode.IsSpace does.
var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) }

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// spaceAt reports whether text[i:] begins with a white-space rune, and the
// size of the rune there. Invalid UTF-8 is one byte that is not space.
func spaceAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r), size
}

// spaceBefore reports whether the rune that ends at i is white space, and
// its size.
func spaceBefore(text string, i int) (bool, int) {
	if c := text[i-1]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r), size
}

// wordRune reports whether r belongs in a word: a letter, a number, or a mark
// that accents one.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// wordAt reports whether text[i:] begins with a word rune, and its size.
func wordAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return isWordByte(c), 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return wordRune(r), size
}
