from tests.spiders.helpers import defaults_file, site

__all__ = ["defaults_file", "site"]
