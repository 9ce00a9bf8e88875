"""Publishing: publish-ready HTML bundles and, later, the website itself."""
