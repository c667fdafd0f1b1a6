package gender

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		name string
		got  Gender
		want Gender
	}{
		{"Jen Psaki", OfName("Jen Psaki"), Female},
		{"John Kerry", OfName("John Kerry"), Male},
		{"Kerry", OfName("Kerry"), Unknown},
		{"empty name", OfName("  "), Unknown},
		{"spokeswoman", OfTitle("spokeswoman"), Female},
		{"congressman", OfTitle("congressman"), Male},
		{"senator", OfTitle("senator"), Unknown},
		{"She", OfPronoun("She"), Female},
		{"his", OfPronoun("his"), Male},
		{"they", OfPronoun("they"), Unknown},
		{"a Jewish man here in Amsterdam", OfPhrase("a Jewish man here in Amsterdam"), Male},
		{"the victim's mother", OfPhrase("the victim's mother"), Female},
		{"A volunteer", OfPhrase("A volunteer"), Unknown},
		{"a man and his wife", OfPhrase("a man and his wife"), Unknown},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if Fits(Male, Female) || !Fits(Unknown, Female) || !Fits(Male, Unknown) || !Fits(Female, Female) {
		t.Error("Fits: unknown fits either gender, and only a known gender rules out the other")
	}
}
