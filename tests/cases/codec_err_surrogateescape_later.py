# surrogateescape goes on after the bytes it escapes; a later error is raised
print(b"\x00\x00\x00a".decode("utf-32-be", "surrogateescape"))
print(b"\xad\x05\x87(\x9b\x98O(\xd3".decode("utf-32-be", "surrogateescape"))
