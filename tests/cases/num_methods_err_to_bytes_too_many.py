print((5).to_bytes(1, 'big', True))
