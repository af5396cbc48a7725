"""Publish: the site plan (every generated file), the downloads (archive.json, its schema, CSVs, feed),
the filter page's facets, the data dictionary, the Pagefind index and an offline link checker."""
