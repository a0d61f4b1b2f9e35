# A tokenizer producing Token objects and a recursive-descent parser class
# building AST node objects that evaluate themselves.


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "Token(" + self.kind + ", " + repr(self.text) + ")"

    def __eq__(self, other):
        return isinstance(other, Token) and self.kind == other.kind and self.text == other.text


class Tokenizer:
    def __init__(self, src):
        self.src = src
        self.pos = 0

    def tokens(self):
        out = []
        src = self.src
        while self.pos < len(src):
            ch = src[self.pos]
            if ch == " ":
                self.pos += 1
            elif ch.isdigit() or ch == ".":
                start = self.pos
                while self.pos < len(src) and (src[self.pos].isdigit() or src[self.pos] == "."):
                    self.pos += 1
                out.append(Token("NUM", src[start:self.pos], start))
            elif ch.isalpha():
                start = self.pos
                while self.pos < len(src) and src[self.pos].isalnum():
                    self.pos += 1
                out.append(Token("NAME", src[start:self.pos], start))
            elif src[self.pos:self.pos + 2] == "**":
                out.append(Token("OP", "**", self.pos))
                self.pos += 2
            else:
                out.append(Token("OP", ch, self.pos))
                self.pos += 1
        out.append(Token("END", "", self.pos))
        return out


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __repr__(self):
        return repr(self.value)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.get(self.name, 0)

    def __repr__(self):
        return self.name


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            return a / b
        if self.op == "%":
            return a % b
        return a ** b

    def __repr__(self):
        return "(" + repr(self.left) + " " + self.op + " " + repr(self.right) + ")"


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def __repr__(self):
        return "-" + repr(self.operand)


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.advance().text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.advance().text
            node = BinOp(op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text == "-":
            self.advance()
            return Neg(self.unary())
        if self.peek().text == "+":
            self.advance()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.advance()
            return BinOp("**", base, self.unary())
        return base

    def atom(self):
        tok = self.advance()
        if tok.kind == "NUM":
            if "." in tok.text:
                return Num(float(tok.text))
            return Num(int(tok.text))
        if tok.kind == "NAME":
            return Var(tok.text)
        node = self.expr()
        self.advance()
        return node


class Calculator:
    def __init__(self):
        self.env = {"x": 3, "y": 4}
        self.evaluated = 0

    def __call__(self, src):
        tree = Parser(Tokenizer(src).tokens()).expr()
        self.evaluated += 1
        return tree, tree.eval(self.env)


print(Tokenizer("12 + x*(3.5-y)").tokens())
print(Tokenizer("2**-1").tokens()[1] == Token("OP", "**", 99))
calc = Calculator()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2",
            "x * x + y * y", "10 / 4", "10 % 4 - -3", "2 ** -1", "1.5 * (x + 0.5)",
            "((((7))))", "-(-(x))", "100 - 10 - 1", "2 ** 100", "x * (y - (x - y) * 2) % 5",
            "+x - +y", "zz + 1"]:
    tree, value = calc(src)
    print(src, "=>", tree, "=", value)
print(calc.evaluated)
deep = "(" * 60 + "1" + ")" * 60
print(calc(deep)[1], calc(" + ".join([str(i) for i in range(1, 101)]))[1])
