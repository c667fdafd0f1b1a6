package rouge_test

import (
	"fmt"

	"github.com/storybrief/storybrief/rouge"
)

func Example() {
	// -n 2 -2 4 -u -m: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4, stemmed.
	sc, err := rouge.NewScorer(rouge.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	// One sentence per line; prepare a reference once, score many candidates.
	ref := sc.Prepare([]string{
		"The cat sat on the mat.",
		"It was happy there.",
	})
	res := sc.ScorePrepared([]string{"A cat was sitting on the mat and it was happy."}, []*rouge.Reference{ref})
	o := res.Official(0.5) // as the script prints them
	fmt.Printf("ROUGE-1   R %.5f P %.5f F %.5f\n", o.N[0].R, o.N[0].P, o.N[0].F)
	fmt.Printf("ROUGE-2   R %.5f P %.5f F %.5f\n", o.N[1].R, o.N[1].P, o.N[1].F)
	fmt.Printf("ROUGE-L   R %.5f P %.5f F %.5f\n", o.L.R, o.L.P, o.L.F)
	fmt.Printf("%s R %.5f P %.5f F %.5f\n", sc.Options().SkipName(), o.S.R, o.S.P, o.S.F)
	// Output:
	// ROUGE-1   R 0.70000 P 0.63636 F 0.66666
	// ROUGE-2   R 0.44444 P 0.40000 F 0.42105
	// ROUGE-L   R 0.70000 P 0.63636 F 0.66666
	// ROUGE-SU4 R 0.52273 P 0.46000 F 0.48936
}
