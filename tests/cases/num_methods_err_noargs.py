x = 5
print(x.bit_length())
print(x.bit_length(2))
