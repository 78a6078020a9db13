"""`python -m packstation` is the same as the `packstation` command."""

from packstation.cli import main

if __name__ == "__main__":
    main()
