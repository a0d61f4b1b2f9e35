//! Help texts, one per command, and the command table.

/// A command and its help text.
pub struct Command {
    /// The name typed after `molt`.
    pub name: &'static str,
    /// One line for the overview.
    pub summary: &'static str,
    /// Full usage, printed by `molt help NAME` and `molt NAME --help`.
    pub usage: &'static str,
}

/// Every command, in the order the overview lists them.
pub const COMMANDS: &[Command] = &[
    Command {
        name: "run",
        summary: "compile (cached) and run a program",
        usage: "\
Usage: molt run FILE.py [ARGS...]

Compile FILE.py (or reuse the cached executable from an earlier run of the
same source with the same compiler) and run it with ARGS. Everything after
FILE.py is passed to the program unchanged. stdin, stdout and stderr are the
program's; molt exits with the program's exit code.

The cache lives in $MOLT_CACHE_DIR, else $XDG_CACHE_HOME/molt, else
~/.cache/molt; it is safe to delete at any time.
",
    },
    Command {
        name: "build",
        summary: "compile a program into a standalone executable",
        usage: "\
Usage: molt build FILE.py [-o OUT] [--emit mir]

Compile FILE.py into the standalone executable OUT and write the manifest
OUT.molt.json beside it (compiler version, source hash, target, uv.lock
hash). OUT defaults to the file's stem in the current directory; an existing
directory as OUT means the stem, in there.

Options:
  -o, --output OUT   where to write the executable (or the MIR)
  --emit mir         print the program's MIR instead of building (to OUT if -o
                     is given, else to stdout)
  -h, --help         print this help

molt build never overwrites FILE.py: an OUT (or OUT.molt.json) that is the
source itself, under any name (./FILE.py, a symlink), is refused, as is an
output directory that is missing or cannot be written (exit 2).

Environment: CC (the C compiler that links, default cc), MOLT_KEEP_OBJ=1
(keep the object file beside OUT), MOLT_KEEP_SYMBOLS=1 (do not strip).
",
    },
    Command {
        name: "check",
        summary: "report what the compiler rejects, without building",
        usage: "\
Usage: molt check FILE.py...

Parse and check each FILE.py against the supported subset of Python without
generating code. Prints nothing and exits 0 when every file is accepted;
otherwise prints the diagnostics to stderr and exits with 1 (syntax error)
or 2 (unsupported construct).
",
    },
    Command {
        name: "compare",
        summary: "run programs under Molt and CPython and diff the results",
        usage: "\
Usage: molt compare FILE.py...

Run each FILE.py under CPython ($MOLT_PYTHON, else python3.11, else python3;
with PYTHONHASHSEED=0 and stdin from /dev/null) and as a Molt executable, then
compare stdout, the exit code and the last line of stderr. Prints
`FILE: identical` or a diff of what differs; exits 1 if anything differs.
",
    },
    Command {
        name: "bench",
        summary: "time programs under Molt, CPython and PyPy",
        usage: "\
Usage: molt bench [FILE.py | DIR]... [--runs N] [--python PATH] [--pypy PATH]

Build each benchmark once, then time it under CPython, PyPy (when installed)
and Molt, interleaved, keeping the best wall-clock time of N runs. Checks
that all implementations print the same output, then prints a table of times
and speed-ups and their geometric means. Default: bench/*.py.

Options:
  --runs N        runs per implementation (default 3)
  --python PATH   the CPython to compare with (default: $MOLT_PYTHON, else
                  python3.11, else python3)
  --pypy PATH     the PyPy to compare with (default: pypy3 on PATH, if any)
  -h, --help      print this help
",
    },
    Command {
        name: "help",
        summary: "print help for molt or one of its commands",
        usage: "\
Usage: molt help [COMMAND]

Print the overview, or the usage of COMMAND.
",
    },
];

/// The overview's last part: what molt's exit status means, and the
/// variables every command reads.
const EXIT_CODES: &str = "
Source files are decoded as CPython does: UTF-8, or the encoding a PEP 263
`# coding: NAME` comment on line 1 or 2 declares (a UTF-8 BOM is skipped).

Exit status: the program's own (`run`); 1 for a syntax error, as CPython
(including its limits: 200 nested brackets, 100 indentation levels, 20
nested blocks, 3000 nesting levels of statements and expressions); 2 for a
bad command line, an unreadable input, a construct Molt does not support or
an output it cannot write; 101 for an internal compiler error (a Molt bug);
141 when stdout is closed early (`molt bench | head`).

Environment: MOLT_CACHE_DIR (the compile cache), MOLT_PYTHON (the CPython to
compare with), MOLT_BACKTRACE=1 (a backtrace in internal-error reports).
";

/// The command called `name`, if any.
pub fn find(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// The overview printed by `molt --help`.
pub fn top() -> String {
    let mut out = String::from(
        "Molt compiles a typed subset of Python to fast native executables.\n\n\
         Usage: molt COMMAND [ARGS...]\n\nCommands:\n",
    );
    for command in COMMANDS {
        out.push_str(&format!("  {:<9} {}\n", command.name, command.summary));
    }
    out.push_str("\nRun `molt help COMMAND` or `molt COMMAND --help` for a command's options.\n");
    out.push_str("Options: -h, --help (this overview); -V, --version\n");
    out.push_str(EXIT_CODES);
    out
}
