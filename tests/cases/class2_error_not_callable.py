# Calling an instance of a class without __call__.


class Widget:
    def __init__(self, name):
        self.name = name

    def render(self):
        return "<" + self.name + ">"


w = Widget("button")
f = w.render
print(f(), callable(w), callable(f), callable(Widget))
print(w())
print("unreachable")
