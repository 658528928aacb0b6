"""The window: PySide6 and pyqtgraph live here and nowhere else.

Modules import Qt at their top, so nothing outside this package (and
:mod:`hjdesk.app`) may import them; pyqtgraph is imported only by the modules
that draw charts, when a chart is first wanted."""
