// Package entity finds the people, organizations and places that the
// documents of a story name, and resolves their mentions into entities
// within and across documents.
//
// Mentions are runs of capitalized words in the article's paragraphs and
// photo captions (never in reader comments), split where a title begins
// ("U.N. | Ambassador Samantha Power", "Iranian | Foreign Minister Javad
// Zarif"): a gazetteer of titles and roles, organization and place heads
// (Department, Institution, Journal; County, Gulf, Street), countries,
// cities, nationalities and common given names decides what each is. A
// capitalized first word of a sentence counts only when the story
// capitalizes it elsewhere or the gazetteer knows it. The world's towns of
// 1,000 people or more (GeoNames, towns.txt) make a name a place where the
// words around it say where something is ("in Asheville", "the city of
// Sirte").
//
// Resolution groups people by surname and given names within a document
// (Kerry, John Kerry, Secretary of State John Kerry; Javad Zarif, Mohammad
// Javad Zarif; Bashar Assad, Bashar al-Assad), then across documents, and
// joins surnames one edit apart that share a given name (Khameni,
// Khamenei). Other names group by normalized form, by acronym (Wall Street
// Journal, WSJ; Islamic State of Iraq and Syria, ISIS) and by a small table
// of alias families that no rule derives (ISIS, ISIL, Daesh, the Islamic
// State; U.S., US, United States, America; U.K., Britain). Lower-cased text
// such as the Multi-News documents has no capitals to go by: there the
// gazetteer, titles and known given names find what they can.
//
// A short use:
//
//	ents := entity.Resolve(docs)
//	for _, e := range ents {
//		fmt.Println(e.ID, e.Type, e.Name, e.Names(docs))
//	}
//
// Resolve keeps no state between calls and is safe for concurrent use.
package entity
