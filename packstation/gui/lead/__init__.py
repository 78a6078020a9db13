"""The shift lead's window: dashboard with charts and drill-down, order timeline, exception queue, people."""

from packstation.gui.lead.window import LeadWindow

__all__ = ["LeadWindow"]
