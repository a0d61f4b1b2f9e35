# a run of unencodable characters is reported at once
print("a\xe9".encode("latin-1"))
print("a\xe9\xe9\xe9b".encode("ascii"))
