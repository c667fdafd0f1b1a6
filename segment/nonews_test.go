package segment

import "testing"

func TestNoNews(t *testing.T) {
	tests := map[string]bool{
		"The White House did not immediately return a request for comment.":                                         true,
		"The DOJ did not immediately return the Washington Examiner’s request for comment.":                         true,
		"Clinton's spokesman declined to comment on the letter.":                                                    true,
		"Details of the proposed deal were not immediately available.":                                              true,
		"The senator could not be reached for comment on Sunday.":                                                   true,
		"The New York Times admitted Friday that it could not verify the claims of a Canadian man.":                 false,
		"NBC News has not seen the cable.":                                                                          true,
		"Reuters could not independently verify the report.":                                                        true,
		"The Supreme Court did not respond to an emergency motion that asked it to block the law.":                  false,
		"Five former wrestlers said Rep. Jim Jordan was aware of the abuse but didn't respond to their complaints.": false,
	}
	for text, want := range tests {
		if got := NoNews(text); got != want {
			t.Errorf("NoNews(%q) = %v, want %v", text, got, want)
		}
	}
}
