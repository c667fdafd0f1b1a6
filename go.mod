module github.com/storybrief/storybrief

go 1.26.0
