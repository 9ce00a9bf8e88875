"""Full-text search over the library, related-story suggestions and "Baca juga" links."""
