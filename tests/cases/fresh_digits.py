def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(digit_sum(fact(10)), digit_sum(fact(50)), digit_sum(fact(100)))
print(len(str(fact(200))))
print(fact(30), hex(fact(20)), bin(fact(6)), oct(fact(7)))
