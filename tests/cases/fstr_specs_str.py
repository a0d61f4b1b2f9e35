s = "héllo"
print(f"[{s:10}] [{s:>10}] [{s:^11}] [{s:-^11}] [{s:.3}] [{s:>8.2}] [{s!r:>12}]")
print(f"[{'':5}] [{'x':<1}] [{'中文':*>6}] [{s:s}]")
print(format(3.5), format(3.5, "08.3f"), format("ab", "^6"), format(10, "b"), format(True), ascii("ü"))
