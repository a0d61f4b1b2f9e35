# repeating a sequence by a count past ssize_t
print("ab" * 3)
print(10**20 * "a")
