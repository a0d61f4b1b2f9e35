print((5).to_bytes(length=1, order='big'))
