for i in range(5):
    print(i, i * i, sep="")
print("a", "", "b", sep="")
print("", "", "", sep="x")
print("skip", sep="")
