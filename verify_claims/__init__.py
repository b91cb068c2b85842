"""verify-claims: audit the claims of synthesis reports and papers against their sources."""

__version__ = "0.1.0"
