# A UTF-8 sequence cut short by the end of stdin: "unexpected end of data".
print(input())
print(input())
