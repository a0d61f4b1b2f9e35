"""A module docstring, for __doc__."""


def main():
    print("running", __name__)
    print(__doc__)
    print(__debug__, __package__, __spec__)


if __name__ == "__main__":
    main()
else:
    print("imported")
