vals = 0
def show(v: float):
    print(f"[{v}] [{v:.2f}] [{v:10.3f}] [{v:<10.1f}] [{v:+.0f}] [{v:e}] [{v:.3E}] [{v:g}] [{v:.10g}] [{v:%}] [{v:,.2f}] [{v:#.0f}] [{v:012.4f}]")

show(0.0)
show(-0.0)
show(2.675)
show(0.125)
show(123456.789)
show(1e22)
show(1e-7)
show(-1234.5)
show(float("inf"))
show(float("nan"))
print(f"{1/3:.20f} {2/3:.15g} {1e16:.0f} {12.5:.0f} {13.5:.0f} {0.5:.0%}")
print(f"{3.0:z.1f} {-0.0:z.2f} {-0.001:z.1f}")
