"""Render: the archive as Markdown pages. `markdown` escapes seed text, `frontmatter` is the one writer of
front matter, `index` holds the look-ups, paths and links the pages share, `document` makes a document's
page, `meetings` the list of meetings, `charts` the SVG charts of the timeline and home page, and `pages`
every page."""
