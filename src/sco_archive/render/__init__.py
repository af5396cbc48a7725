"""Render: the archive as Markdown pages. `markdown` escapes seed text, `frontmatter` writes the one
kind of front matter pages have, `pages` makes every page."""
