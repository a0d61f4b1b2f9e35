# int.to_bytes / int.from_bytes: defaults, both byte orders, signed values,
# keywords, the argument kinds from_bytes accepts, round trips.
print((0).to_bytes(), (5).to_bytes(), (255).to_bytes(1), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, 'big'), (1024).to_bytes(4, byteorder='little'), (1).to_bytes(length=3))
print((0).to_bytes(0), (0).to_bytes(0, signed=True), (-1).to_bytes(0, 'big', signed=True))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'little', signed=True), (127).to_bytes(1, signed=True))
print((-129).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64).to_bytes(9, 'big'), (2**100).to_bytes(13, 'little'), (-(2**70)).to_bytes(9, 'big', signed=True))
print(True.to_bytes(), False.to_bytes(2, 'little'), (5).to_bytes(2, 'big', signed=[]))
print((300).to_bytes(byteorder='little', length=2), (300).to_bytes(signed=False, length=2, byteorder='big'))

print(int.from_bytes(b'\x01\x02'), int.from_bytes(b'\x01\x02', 'big'), int.from_bytes(b'\x01\x02', 'little'))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes(b'\xff', signed=True))
print(int.from_bytes(b'\xff\xfe', byteorder='little', signed=True), int.from_bytes(bytes=b'\x80', signed=True))
print(int.from_bytes(b'\x00' * 20 + b'\x01'), int.from_bytes(b'\xff' * 20, 'big', signed=True))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True), int.from_bytes(b'\x7f' * 16, 'little'))
print(int.from_bytes(bytearray(b'ab'), 'little'), int.from_bytes([1, 2, 3]), int.from_bytes((255, 0), 'little'))
print(int.from_bytes(range(5), 'big'), int.from_bytes([True, 2]), int.from_bytes({3: 'x', 4: 'y'}))
print(int.from_bytes(iter([1, 0]), 'little'), int.from_bytes([x for x in range(3)], signed=True))
print(bool.from_bytes(b'\x05'), bool.from_bytes(b'\x00\x00'), True.from_bytes(b'\x00'), (7).from_bytes(b'\x01\x00', 'little'))
t = int
print(t.from_bytes(b'\x01\x00', byteorder='little'), t.from_bytes(b'\xfe', 'big', signed=True))

for v in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2**63, -(2**63), 2**100 + 12345, -(2**100)]:
    n = (v.bit_length() + 8) // 8
    for order in ['big', 'little']:
        data = v.to_bytes(n, order, signed=True)
        back = int.from_bytes(data, order, signed=True)
        print(v, order, data, back == v)
    if v >= 0:
        m = max(1, (v.bit_length() + 7) // 8)
        print(int.from_bytes(v.to_bytes(m, 'big'), 'big') == v, int.from_bytes(v.to_bytes(m, 'little'), 'little') == v)


def note(value, tag):
    print('eval', tag)
    return value


# Keywords out of parameter order are still evaluated left to right.
print(int.from_bytes(note(b'\x01\x02', 'bytes'), signed=note(True, 'signed'), byteorder=note('little', 'order')))
print(int.from_bytes(byteorder=note('big', 'order'), bytes=note(b'\xff', 'bytes')))
order = 'little'
k = int.from_bytes(b'\x00\x01', order) + 1
print(k, k * 2)
