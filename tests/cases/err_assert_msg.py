total: int = 0
for i in range(10):
    total += i
    print(total)
    assert total < 20, "total too large"
