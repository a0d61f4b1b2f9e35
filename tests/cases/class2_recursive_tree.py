# Recursive methods on trees, including a 500-deep chain.


class Node:
    def __init__(self, value, children=None):
        self.value = value
        if children is None:
            children = []
        self.children = children

    def add(self, child):
        self.children.append(child)
        return child

    def depth(self):
        best = 0
        for c in self.children:
            d = c.depth()
            if d > best:
                best = d
        return best + 1

    def total(self):
        s = self.value
        for c in self.children:
            s += c.total()
        return s

    def count(self):
        n = 1
        for c in self.children:
            n += c.count()
        return n

    def path_to(self, target):
        if self.value == target:
            return [self.value]
        for c in self.children:
            p = c.path_to(target)
            if p:
                return [self.value] + p
        return []

    def leaves(self, out):
        if not self.children:
            out.append(self.value)
        for c in self.children:
            c.leaves(out)
        return out


root = Node(0)
cur = root
for i in range(1, 500):
    cur = cur.add(Node(i))
print(root.depth(), root.total(), root.count())
p = root.path_to(499)
print(len(p), p[:3], p[-3:])
print(root.leaves([]))
print(root.path_to(1000))

wide = Node(1, [Node(2, [Node(4), Node(5, [Node(8)])]), Node(3, [Node(6), Node(7)])])
print(wide.depth(), wide.total(), wide.count(), wide.leaves([]))
print(wide.path_to(8), wide.path_to(7))


class Bin:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def height(self):
        lh = self.left.height() if self.left else 0
        rh = self.right.height() if self.right else 0
        return 1 + max(lh, rh)

    def inorder(self, out):
        if self.left:
            self.left.inorder(out)
        out.append(self.key)
        if self.right:
            self.right.inorder(out)
        return out

    def mirror(self):
        l = self.right.mirror() if self.right else None
        r = self.left.mirror() if self.left else None
        return Bin(self.key, l, r)

    def __repr__(self):
        if self.left is None and self.right is None:
            return str(self.key)
        return "(" + repr(self.left) + " " + str(self.key) + " " + repr(self.right) + ")"


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Bin(mid, build(lo, mid - 1), build(mid + 1, hi))


t = build(1, 1000)
print(t.height(), t.key, len(t.inorder([])), t.inorder([])[:5])
print(t.mirror().inorder([])[:5])
small = build(1, 6)
print(small)
print(small.mirror())

# a degenerate (linked) binary tree 500 deep
deep = Bin(0)
node = deep
for i in range(1, 500):
    node.right = Bin(i)
    node = node.right
print(deep.height(), sum(deep.inorder([])), deep.mirror().height())
