class Point(object):
    origin = undefined_call(0)

    def norm(self):
        with open(self.path) as fh:
            return fh.read()


def outer():
    import json

    def inner():
        return exec("1")

    return inner


try:
    outer()
except KeyError:
    print(complex(1, 2))
