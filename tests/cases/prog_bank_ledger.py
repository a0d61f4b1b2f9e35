events = [
    "open alice 100", "open bob 50", "deposit alice 25", "withdraw bob 70",
    "transfer alice bob 60", "open carol 0", "transfer bob carol 30", "withdraw alice 100",
    "close bob", "deposit dave 5", "transfer carol alice 10",
]
accounts = {}
history = {}
errors = []
for line in events:
    parts = line.split()
    op = parts[0]
    if op == "open":
        accounts[parts[1]] = int(parts[2])
        history[parts[1]] = [("open", int(parts[2]))]
    elif op == "close":
        bal = accounts.pop(parts[1])
        history[parts[1]].append(("close", bal))
    elif parts[1] not in accounts:
        errors.append(f"{line}: no account {parts[1]}")
    elif op == "deposit":
        accounts[parts[1]] += int(parts[2])
        history[parts[1]].append(("dep", int(parts[2])))
    elif op == "withdraw":
        amt = int(parts[2])
        if accounts[parts[1]] < amt:
            errors.append(f"{line}: insufficient ({accounts[parts[1]]})")
        else:
            accounts[parts[1]] -= amt
            history[parts[1]].append(("wd", amt))
    elif op == "transfer":
        src, dst, amt = parts[1], parts[2], int(parts[3])
        if accounts[src] >= amt and dst in accounts:
            accounts[src] -= amt
            accounts[dst] += amt
            history[src].append(("out", amt))
            history[dst].append(("in", amt))
        else:
            errors.append(f"{line}: rejected")
    print(f"{line:<26} -> {accounts}")
print(errors)
for name, h in history.items():
    print(name, h)
print(sum(accounts.values()), max(accounts, key=lambda n: accounts[n]))
