# Binary search tree with recursive insert, search, traversal, height and min/max.


class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.count = 1

    def insert(self, key):
        if key == self.key:
            self.count += 1
        elif key < self.key:
            if self.left is None:
                self.left = TreeNode(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = TreeNode(key)
            else:
                self.right.insert(key)

    def contains(self, key):
        if key == self.key:
            return True
        if key < self.key:
            return self.left is not None and self.left.contains(key)
        return self.right is not None and self.right.contains(key)

    def inorder(self, out):
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right is not None:
            self.right.inorder(out)
        return out

    def preorder(self, out):
        out.append(self.key)
        if self.left:
            self.left.preorder(out)
        if self.right:
            self.right.preorder(out)
        return out

    def height(self):
        lh = 0 if self.left is None else self.left.height()
        rh = 0 if self.right is None else self.right.height()
        return 1 + max(lh, rh)

    def size(self):
        n = 1
        if self.left is not None:
            n += self.left.size()
        if self.right is not None:
            n += self.right.size()
        return n


class BST:
    def __init__(self):
        self.root = None

    def add(self, key):
        if self.root is None:
            self.root = TreeNode(key)
        else:
            self.root.insert(key)

    def __contains__(self, key):
        return self.root is not None and self.root.contains(key)

    def __len__(self):
        return 0 if self.root is None else self.root.size()

    def keys(self):
        return [] if self.root is None else self.root.inorder([])

    def minimum(self):
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def maximum(self):
        node = self.root
        while node.right is not None:
            node = node.right
        return node.key


t = BST()
print(len(t), t.keys(), 5 in t)
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 30]:
    t.add(k)
print(len(t), t.keys())
print(t.root.preorder([]))
print(t.root.height(), t.minimum(), t.maximum())
print([k in t for k in [20, 25, 45, 65, 90]])
print(t.root.left.count, t.root.left.key)

words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.add(w)
print(words.keys(), len(words), words.root.count)
print("fox" in words, "cat" in words)

# degenerate tree from sorted input
chain = BST()
for k in range(30):
    chain.add(k)
print(chain.root.height(), len(chain), chain.maximum())

# pseudo-random insertions
seq = BST()
x = 7
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    seq.add(x % 1000)
ks = seq.keys()
print(len(ks), ks[:8], ks == sorted(ks), seq.root.height())
