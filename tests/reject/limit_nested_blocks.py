# 20 nested loops are fine; a 21st is one block too many.
for i0 in range(1):
    while False:
        for i2 in range(1):
            while False:
                for i4 in range(1):
                    while False:
                        for i6 in range(1):
                            while False:
                                for i8 in range(1):
                                    while False:
                                        for i10 in range(1):
                                            while False:
                                                for i12 in range(1):
                                                    while False:
                                                        for i14 in range(1):
                                                            while False:
                                                                for i16 in range(1):
                                                                    while False:
                                                                        for i18 in range(1):
                                                                            while False:
                                                                                for i20 in range(1):
                                                                                    print(1)
