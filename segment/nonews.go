package segment

import (
	"regexp"
	"strings"

	"github.com/storybrief/storybrief"
)

// NoNews reports whether a sentence tells only that someone did not
// answer or that something is not yet known ("The White House did not
// immediately return a request for comment.", "Clinton's spokesman
// declined to comment on the letter.", "Details of the proposed deal were
// not immediately available.", "NBC News has not seen the cable."): in a
// short brief it takes the place of news, and among a story's facts it
// is none.
func NoNews(text string) bool {
	if !mayTellNoNews(strings.ToLower(text)) {
		return false // most sentences: the regular expressions cost some 25 µs each
	}
	return noCommentRe.MatchString(text) || unseenRe.MatchString(text) && storybrief.CountWords(text) <= maxUnseenWords
}

// mayTellNoNews reports whether lower, a sentence in lower case, holds a
// word that every match of noCommentRe or unseenRe holds.
func mayTellNoNews(lower string) bool {
	for _, w := range noNewsAnchors {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// noNewsAnchors are the words of which each match of noCommentRe and
// unseenRe holds one: "comment" (declined to comment, reached for
// comment), "respond", "reply", "return" (a request for comment),
// "immediately" (not immediately known), "not …" (has not seen), "verify"
// and "confirm" (could not verify).
var noNewsAnchors = []string{"comment", "respond", "reply", "return", "immediately", "not seen", "not yet",
	"not reviewed", "not obtained", "not verified", "not independently", "verify", "confirm"}

// unseenRe matches an outlet saying what it has not seen or could not
// verify ("NBC News has not seen the cable.", "Reuters could not
// independently verify the report."): alone in a short sentence
// (maxUnseenWords), that is all the sentence tells; in a longer one it may
// be the news ("The New York Times admitted that it could not verify the
// claims of …").
var unseenRe = regexp.MustCompile(`(?i)\b(has|have|had) not (yet )?(seen|reviewed|obtained|verified|independently verified)\b|\b(could(n't| not)|was unable to|were unable to|cannot|can't) (immediately |independently )*(verify|confirm)\b`)

// maxUnseenWords is the longest sentence that unseenRe reads as telling
// only what its outlet could not see.
const maxUnseenWords = 12

// noCommentRe matches someone not answering ("declined to comment",
// "did not immediately return a request for comment", "could not be
// reached for comment") or a detail not yet known ("were not immediately
// available"): whatever the sentence's length, that is all it tells.
var noCommentRe = regexp.MustCompile(`(?i)\b(declined|refused) to comment\b|\b(did not|didn't|has not|have not|had not|hasn't|haven't) (immediately )?(respond to|reply to|return) (\S+ ){0,4}?(requests?|messages?|emails?|calls?|inquir(y|ies))\b|\bcould(n't| not) (immediately )?be reached for comment\b|\bwere not immediately (known|available|clear)\b|\bwas not immediately (known|available|clear)\b`)
