def find_all(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out

def rfind_all(hay, needle):
    out = []
    end = len(hay)
    i = hay.rfind(needle, 0, end)
    while i != -1:
        out.append(i)
        end = i + len(needle) - 1
        i = hay.rfind(needle, 0, end)
    return out

s = "abracadabra abracadabra"
for n in ["a", "abra", "cad", "z", "ra a"]:
    print(n, find_all(s, n), rfind_all(s, n), s.count(n))
print(s.find("a", -5), s.rfind("a", 0, 5), s.index("c", 5), s.rindex("c", 0, 10))
print(s.startswith("abra", 12), s.endswith("cad", 0, 7), s.startswith(("x", "ab")), s.endswith(("ra", "q"), 0, 11))
print("ünïcödé".find("ö"), "ünïcödé".rfind("é"), "🙂x🙂y".find("y"), "🙂x🙂y".rfind("🙂"))
print(s.replace("abra", "ABRA", 1), s.replace("a", "", 3), s.replace("", "."))
