"""SCO Archive: raw diplomatic texts about the SCO into a citable static site."""

__version__ = "0.1.0"
