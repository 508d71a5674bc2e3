"""The window: Qt widgets that read a Trace. Nothing here is imported by the engine or the trace."""
