"""hjdesk: compare successive government work reports and check last year's targets."""

__version__ = "0.1.0"
