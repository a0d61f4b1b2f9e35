def squares_above(nums, limit):
    return [n * n for n in nums if n * n > limit]

def index_of(words):
    return {w: i for i, w in enumerate(words)}

def pairs_summing(nums, target):
    return [(a, b) for i, a in enumerate(nums) for b in nums[i + 1:] if a + b == target]

def scaled(matrix, k):
    return [[x * k for x in row] for row in matrix]

def uniq_lengths(words):
    return {len(w) for w in words}

print(squares_above([1, 5, 2, 8, 3], 5))
print(index_of(["x", "y", "z", "x"]))
print(pairs_summing([1, 2, 3, 4, 5, 6], 7))
print(scaled([[1, 2], [3, 4]], 10))
print(sorted(uniq_lengths(["a", "bb", "cc", "ddd"])))
def total_len(words, extra):
    return sum(len(w) + extra for w in words)
print(total_len(["ab", "cde"], 1))
def any_over(nums, t):
    return any(n > t for n in nums), all(n > t for n in nums)
print(any_over([1, 5, 9], 4), any_over([5, 6], 4), any_over([], 0))
