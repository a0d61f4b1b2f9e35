# molt-robust: set -o pipefail; "$@" | head -1
# `prog | head -1`: BrokenPipeError once the reader is gone, status 1.
for i in range(100000):
    print(i)
