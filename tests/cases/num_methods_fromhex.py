# float.fromhex: the full grammar, rounding and round trips through float.hex.
cases = ['0x1p0', '0X1P0', '1', '1.', '.8', '0x.8', 'a', 'A.Bp-3', '0x1.8p1', ' -0X1.8P+1 ', '\t+0x1p-2\n',
         '0x0p0', '-0x0p0', '0', '-0', '0x0.0000000000001p-1022', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075',
         '0x3p-1076', '0x1p-1076', '0x1.fffffffffffffp+1023', '0x1.fffffffffffff7ffp1023', '0x1.00000000000008p0',
         '0x1.00000000000018p0', '0x1.000000000000080000000000000000000000001p0', '0x1.0000000000000800000p0',
         '0x0000000000000000000000001p0', '0x10000000000000000000000000000000000000000p-160',
         '0x1.ffffffffffffffffffffffffffffp-1', 'inf', 'INF', '-inf', '+Infinity', '-iNfInItY', 'nan', '-NaN', '+nan',
         '0p99999999999999999999999', '1p-99999999999999999999999', '0x1p-0', '0x1p+00010', '0x.0001p16',
         '0x00.0100p-0008', '0x7.fffffffffffffcp-3', '0x1.fffffffffffff8p-1023', '0x1.fffffffffffff7p-1023',
         '0xfffffffffffffp-1074', '0x1fffffffffffffp-1075', '0x1fffffffffffff8p-1079']
for s in cases:
    print(repr(s), repr(float.fromhex(s)))

for v in [0.0, -0.0, 1.0, 0.1, -2.5, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1 / 3, 1e-310, 12345.678]:
    h = v.hex()
    print(h, float.fromhex(h) == v, repr(float.fromhex(h)))

x = float.fromhex('0x1.4p3')
y = x + 0.5
print(x, y, float.fromhex('0x1p-1') * 4)
s = '0x1.8p1'
print(float.fromhex(s) == 3.0)
