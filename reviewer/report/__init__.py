"""Views of a list of DocumentReviews; renderers never re-analyse anything."""
