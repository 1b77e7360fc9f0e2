"""Job managers: where background callbacks run."""
