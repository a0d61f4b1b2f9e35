# Method decorators beyond @staticmethod, @classmethod, @property and its
# setter/deleter are refused, each with its own diagnostic.
def logged(f):
    return f


class A:
    @logged
    def m(self):
        return 1

    @staticmethod
    @logged
    def s():
        return 2

    @property
    def p(self):
        return 3

    @p.getter
    def p(self):
        return 4

    @other.setter
    def q(self, v):
        pass
