"""Records and checks in, HTML and JSON out."""
