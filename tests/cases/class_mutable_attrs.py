# Instance attributes holding lists and dicts that get mutated; the shared class-list pitfall.


class Playlist:
    shared_tags = []

    def __init__(self, name):
        self.name = name
        self.songs = []
        self.plays = {}

    def add(self, song):
        self.songs.append(song)
        self.plays[song] = 0

    def play(self, song, times=1):
        self.plays[song] += times

    def tag(self, t):
        self.shared_tags.append(t)

    def top(self):
        best = None
        for s in self.songs:
            if best is None or self.plays[s] > self.plays[best]:
                best = s
        return best


a = Playlist("road")
b = Playlist("gym")
a.add("one")
a.add("two")
b.add("three")
a.play("two", 3)
a.play("one")
b.play("three", times=5)
print(a.songs, a.plays)
print(b.songs, b.plays)
print(a.top(), b.top())
print(a.songs is b.songs)
a.tag("fun")
b.tag("loud")
print(a.shared_tags, b.shared_tags, Playlist.shared_tags)
print(a.shared_tags is Playlist.shared_tags)

# give one instance its own list
b.shared_tags = ["private"]
b.tag("x")
print(a.shared_tags, b.shared_tags)
songs = a.songs
songs.insert(0, "zero")
print(a.songs, len(a.songs))
a.songs = a.songs[1:]
print(a.songs, songs)
a.plays.pop("one")
print(a.plays)
a.plays["new"] = 9
print(sorted(a.plays.items()))


class Matrix2:
    def __init__(self):
        self.rows = [[0, 0], [0, 0]]


m = Matrix2()
m.rows[0][1] = 5
m.rows[1] = [7, 8]
m.rows.append([9, 9])
print(m.rows)
