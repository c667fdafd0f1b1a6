package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FixMojibake undoes text that was UTF-8, was read as Windows-1252 and was
// written out again as UTF-8, as scrapers and content systems do: each
// character then shows as two to four ("Magistratesâ€™ Court" for
// "Magistrates’ Court", "HonorÃ©" for "Honoré", "Â£5" for "£5"). A run of
// characters is put back only where their Windows-1252 bytes are one valid
// UTF-8 character of a block that such text uses (Latin, punctuation,
// currency, CJK, emoji), which the characters of real text almost never
// spell: "Öl", "ÉTÉ»" and "Â" alone stay. Two layers of it are undone. The repair only replaces characters,
// so line breaks, and the lines citations name, stay where they were.
func FixMojibake(text string) string {
	for range 2 {
		fixed, changed := fixMojibakeOnce(text)
		if !changed {
			break
		}
		text = fixed
	}
	return text
}

// fixMojibakeOnce undoes one layer of mojibake (see FixMojibake).
func fixMojibakeOnce(text string) (string, bool) {
	if !mayHoldMojibake(text) {
		return text, false
	}
	var b strings.Builder
	changed := false
	var buf [4]byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		lead, ok := cp1252Byte(r)
		n := 0
		switch {
		case !ok:
		case lead >= 0xc2 && lead <= 0xdf:
			n = 2
		case lead >= 0xe0 && lead <= 0xef:
			n = 3
		case lead >= 0xf0 && lead <= 0xf4:
			n = 4
		}
		if n > 0 {
			buf[0] = lead
			j, k := i+size, 1
			for ; k < n && j < len(text); k++ {
				c, csize := utf8.DecodeRuneInString(text[j:])
				cb, ok := cp1252Byte(c)
				if c == utf8.RuneError && csize == 3 && k == n-1 && n == 3 {
					// "â€�": the last byte of ” (0x9d), which Windows-1252
					// leaves undefined, was lost to a replacement character.
					cb, ok = 0x9d, buf[0] == 0xe2 && buf[1] == 0x80
				}
				if !ok || cb < 0x80 || cb > 0xbf {
					break
				}
				buf[k] = cb
				j += csize
			}
			if k == n {
				if d, dsize := utf8.DecodeRune(buf[:n]); dsize == n && d != utf8.RuneError && plausible(d) {
					b.Grow(len(text))
					if !changed {
						b.WriteString(text[:i])
						changed = true
					}
					b.WriteRune(d)
					i = j
					continue
				}
			}
		}
		if changed {
			b.WriteString(text[i : i+size])
		}
		i += size
	}
	if !changed {
		return text, false
	}
	return b.String(), true
}

// mayHoldMojibake reports whether text holds a character that stands for a
// UTF-8 lead byte read as Windows-1252 (Â to ô), the start of any mojibake.
func mayHoldMojibake(text string) bool {
	for _, r := range text {
		if r >= 0xc2 && r <= 0xf4 {
			return true
		}
	}
	return false
}

// cp1252Byte returns the Windows-1252 byte that r stands for when bytes
// were read as Windows-1252: r itself below 0x80 and in the Latin-1 range,
// the byte of a Windows-1252 symbol (€ for 0x80, ’ for 0x92), and for the
// five bytes that Windows-1252 leaves undefined the C1 control of that
// number, as lenient decoders give them.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	switch r {
	case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
		return byte(r), true
	}
	return 0, false
}

// plausible reports whether r, read from the UTF-8 bytes of a run of
// characters, belongs to a block that such a repair can trust: Latin letters,
// punctuation and symbols, CJK, Hangul and emoji. Two characters also
// spell Greek, Cyrillic and IPA by chance ("Ñ»" is the bytes of "ѻ"), so
// those are left alone.
func plausible(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x24f, // Latin-1 supplement, Latin Extended-A and -B
		r >= 0x1e00 && r <= 0x1eff,   // Latin Extended Additional (Vietnamese)
		r >= 0x2000 && r <= 0x2bff,   // punctuation, currency, letterlike, arrows, math, symbols
		r >= 0x3000 && r <= 0x9fff,   // CJK
		r >= 0xac00 && r <= 0xd7af,   // Hangul
		r >= 0xff00 && r <= 0xffef,   // full-width forms
		r >= 0x1f000 && r <= 0x1faff: // emoji
		return true
	}
	return false
}
