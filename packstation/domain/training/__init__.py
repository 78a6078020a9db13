"""Training rules: the scenario format, the training catalogue scenarios are written against, and scoring."""
