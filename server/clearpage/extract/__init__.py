"""The extraction core: a pure library (no Flask), tree in, values out."""
