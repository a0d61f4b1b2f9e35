def stop(msg):
    quit(msg)


print("a")
stop("bye")
