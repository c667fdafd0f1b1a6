// Package noise recognizes the scrape noise that survives inside the
// paragraphs of extracted articles: photo credits and caption toggles
// ("Reuters/Tim Wimborne", "Image copyright AFP Image caption …"), share
// and sign-up boxes, related links and teasers run into the text ("Photos:
// …", "See also: …"), embedded posts' signatures, wire photo captions and
// leftover HTML. Is tells a sentence that carries such noise; PrefixEnd
// finds where the sentence's own text starts after noise that opens it, so
// that the article's first sentence, run together with a caption, is kept
// rather than lost. The summarizer and the fact finder both use it, so that
// neither a summary nor a list of facts shows a reader page furniture.
package noise
