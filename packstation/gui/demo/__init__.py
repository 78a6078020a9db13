"""Demo (training) mode on the packer's screen: banner, virtual scanner, simulated scale, PDF viewer, scorecards."""
