print(len("abc"), len(""), len("a" * 50), len("日本語"), len("🎉🎉"))
s = "measure me"
n: int = len(s)
print(n, n * 2, len(s + s), len(str(n)))
print(len("\n"), len("\\n"), len("""
"""))
