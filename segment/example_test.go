package segment_test

import (
	"fmt"

	"github.com/storybrief/storybrief/segment"
)

func ExampleSentences() {
	text := `In a string of television appearances on Sunday, U.N. Ambassador Samantha Power said some countries would join the fight. "We will not do the airstrikes alone," Power said. The talks run to Nov. 24, but the U.S. is hopeful.`
	for _, s := range segment.Sentences(text) {
		fmt.Println(s.In(text))
	}
	// Output:
	// In a string of television appearances on Sunday, U.N. Ambassador Samantha Power said some countries would join the fight.
	// "We will not do the airstrikes alone," Power said.
	// The talks run to Nov. 24, but the U.S. is hopeful.
}

func ExampleWords() {
	text := "Al-Assad's U.S.-backed foes don't have $1.2 billion."
	for _, w := range segment.Words(text) {
		fmt.Printf("%s|", w.In(text))
	}
	fmt.Println()
	fmt.Println(segment.Terms(nil, text))
	// Output:
	// Al-Assad's|U.S.-backed|foes|don't|have|1.2|billion|
	// [al-assad u.s.-backed foes don't have 1.2 billion]
}
