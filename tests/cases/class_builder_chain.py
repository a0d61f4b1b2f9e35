# Methods returning self for chaining, and methods returning new instances.


class Query:
    def __init__(self, table):
        self.table = table
        self.wheres = []
        self.order = None
        self.lim = None

    def where(self, cond):
        self.wheres.append(cond)
        return self

    def order_by(self, col, desc=False):
        self.order = col + (" DESC" if desc else "")
        return self

    def limit(self, n):
        self.lim = n
        return self

    def build(self):
        sql = "SELECT * FROM " + self.table
        if self.wheres:
            sql += " WHERE " + " AND ".join(self.wheres)
        if self.order is not None:
            sql += " ORDER BY " + self.order
        if self.lim is not None:
            sql += " LIMIT " + str(self.lim)
        return sql


print(Query("users").build())
print(Query("users").where("age > 18").build())
q = Query("orders").where("total > 100").where("status = 'open'").order_by("total", desc=True).limit(5)
print(q.build())
print(q.where("x = 1") is q, len(q.wheres))
print(Query("t").limit(1).order_by("id").build())


class Text:
    def __init__(self, s):
        self.s = s

    def upper(self):
        return Text(self.s.upper())

    def strip(self, chars=" "):
        return Text(self.s.strip(chars))

    def add(self, other, sep=""):
        return Text(self.s + sep + other.s)

    def words(self):
        return self.s.split()

    def __repr__(self):
        return "Text(" + repr(self.s) + ")"


t = Text("  hello world  ")
u = t.strip().upper()
print(t, u, t is u)
print(u.add(Text("again"), sep=" - "))
print(Text("--x--").strip(chars="-"), Text("a b  c").words())
print(t.strip().add(t.strip(), " & ").upper().words())
