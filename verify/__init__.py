"""Records and sources in, checks out (issue 3). For now the verdict rule lives in claims.status."""
