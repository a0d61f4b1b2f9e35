print(len(range(2**63)))
