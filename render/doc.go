// Package render writes documents and briefs for people and machines: plain
// text for terminals (citations as [1][3] with a numbered list of sources),
// Markdown, and JSON whose shape is a contract other tools rely on.
//
//	render.Brief(os.Stdout, b, render.Options{Format: render.Text})
package render
