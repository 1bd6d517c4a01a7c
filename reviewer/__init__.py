"""jwreview: reviews NHS-industry joint and collaborative working documents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jwreview")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
