"""The terminal coach: stdin lines in, plain-text replies out."""
