print({bytearray(): 1})
