class LoaderError(Exception):
    """A file could not be read; the message is a one-line reason for the content owner."""
