db = {
    "alice": {"age": 30, "langs": ["py", "rust"], "addr": {"city": "Oslo"}},
    "bob": {"age": 25, "langs": [], "addr": {"city": "Rome"}},
}
print(db)
db["alice"]["langs"].append("c")
db["bob"]["addr"]["city"] = "Milan"
db["carol"] = {"age": 41, "langs": ["go"], "addr": {}}
for name, info in db.items():
    city = info["addr"].get("city", "?")
    print(f"{name:<6}{info['age']:>4} {city:<6} {','.join(info['langs'])}")
print(len(db), sorted(db), [info["age"] for info in db.values()])
ages = {n: i["age"] for n, i in db.items() if i["age"] > 26}
print(ages)
db["alice"]["age"] += 1
print(db["alice"])
matrix = {i: {j: i * j for j in range(3)} for i in range(3)}
print(matrix)
print(matrix[2][2], sum(sum(r.values()) for r in matrix.values()))
