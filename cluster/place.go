package cluster

import "time"

// Place puts an article into a story and returns the story's id: the open
// story it belongs to, or the id newStory returns when it starts one. It is
// the store's Grouper interface, with Restore.
func (c *Clusterer) Place(title, body string, published time.Time, newStory func() (int64, error)) (int64, error) {
	d := c.Doc(title, body, published)
	id, ok := c.Assign(d)
	if !ok {
		var err error
		if id, err = newStory(); err != nil {
			return 0, err
		}
	}
	c.Add(id, d)
	return id, nil
}

// Restore records an article that is in story already (when a store
// reopens).
func (c *Clusterer) Restore(story int64, title, body string, published time.Time) {
	c.Add(story, c.Doc(title, body, published))
}
