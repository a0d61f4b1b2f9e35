words = ["pear", "fig", "banana", "kiwi", "plum", "apple"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(max([], default="none"), min([], key=len, default=0), max("hello"), min({3: 1, 1: 2}))
print(max([1, 2.5, 2]), min((3, 1, 2)), max(range(5), key=lambda v: -v), max([[1], [0, 0]], key=len))
nums = [3, -7, 5, -7]
print(min(nums, key=abs), max(nums, key=abs))
def neg(x):
    return -x
print(max(nums, key=neg), min(nums, key=neg))
print(max([float("nan"), 1.0, 2.0]), max([1.0, float("nan"), 2.0]))


print(max(5))
