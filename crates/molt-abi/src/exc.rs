//! The builtin exception kinds, their numbers and CPython's hierarchy.
//!
//! A kind's number is what compiled code passes to `molt_raise_msg`; the
//! runtime raises, matches and names exceptions by the same numbers.

/// A builtin exception class. The discriminant is the kind's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
#[allow(missing_docs)]
pub enum ExcKind {
    /// Only the root of the hierarchy, never raised by kind.
    BaseException = 0,
    Exception = 1,
    ArithmeticError = 2,
    ZeroDivisionError = 3,
    OverflowError = 4,
    ValueError = 5,
    TypeError = 6,
    NameError = 7,
    UnboundLocalError = 8,
    AssertionError = 9,
    RecursionError = 10,
    IndexError = 11,
    KeyError = 12,
    AttributeError = 13,
    NotImplementedError = 14,
    RuntimeError = 15,
    StopIteration = 16,
    LookupError = 17,
    SystemExit = 18,
    KeyboardInterrupt = 19,
    MemoryError = 20,
    UnicodeError = 21,
    UnicodeDecodeError = 22,
    UnicodeEncodeError = 23,
    EofError = 24,
    OsError = 25,
    ConnectionError = 26,
    BrokenPipeError = 27,
}

impl ExcKind {
    /// Every kind, by number.
    pub const ALL: [ExcKind; 28] = {
        use ExcKind::*;
        [
            BaseException,
            Exception,
            ArithmeticError,
            ZeroDivisionError,
            OverflowError,
            ValueError,
            TypeError,
            NameError,
            UnboundLocalError,
            AssertionError,
            RecursionError,
            IndexError,
            KeyError,
            AttributeError,
            NotImplementedError,
            RuntimeError,
            StopIteration,
            LookupError,
            SystemExit,
            KeyboardInterrupt,
            MemoryError,
            UnicodeError,
            UnicodeDecodeError,
            UnicodeEncodeError,
            EofError,
            OsError,
            ConnectionError,
            BrokenPipeError,
        ]
    };

    /// The kind numbered `n`, if there is one.
    pub fn from_u32(n: u32) -> Option<ExcKind> {
        Self::ALL.get(n as usize).copied()
    }

    /// The kind's number.
    pub fn id(self) -> u32 {
        self as u32
    }

    /// The class name as Python prints it.
    pub fn name(self) -> &'static str {
        use ExcKind::*;
        match self {
            BaseException => "BaseException",
            Exception => "Exception",
            ArithmeticError => "ArithmeticError",
            ZeroDivisionError => "ZeroDivisionError",
            OverflowError => "OverflowError",
            ValueError => "ValueError",
            TypeError => "TypeError",
            NameError => "NameError",
            UnboundLocalError => "UnboundLocalError",
            AssertionError => "AssertionError",
            RecursionError => "RecursionError",
            IndexError => "IndexError",
            KeyError => "KeyError",
            AttributeError => "AttributeError",
            NotImplementedError => "NotImplementedError",
            RuntimeError => "RuntimeError",
            StopIteration => "StopIteration",
            LookupError => "LookupError",
            SystemExit => "SystemExit",
            KeyboardInterrupt => "KeyboardInterrupt",
            MemoryError => "MemoryError",
            UnicodeError => "UnicodeError",
            UnicodeDecodeError => "UnicodeDecodeError",
            UnicodeEncodeError => "UnicodeEncodeError",
            EofError => "EOFError",
            OsError => "OSError",
            ConnectionError => "ConnectionError",
            BrokenPipeError => "BrokenPipeError",
        }
    }

    /// The direct base class, as in CPython (the root is its own parent).
    pub fn parent(self) -> ExcKind {
        use ExcKind::*;
        match self {
            ZeroDivisionError | OverflowError => ArithmeticError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
            IndexError | KeyError => LookupError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            ConnectionError => OsError,
            BrokenPipeError => ConnectionError,
            SystemExit | KeyboardInterrupt | Exception | BaseException => BaseException,
            _ => Exception,
        }
    }

    /// Is this kind `base` or a subclass of it?
    pub fn is_subclass(self, base: ExcKind) -> bool {
        let mut k = self;
        loop {
            if k == base {
                return true;
            }
            if k == ExcKind::BaseException {
                return false;
            }
            k = k.parent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ExcKind;

    #[test]
    fn numbers_round_trip_and_every_kind_reaches_the_root() {
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(k.id() as usize, i);
            assert_eq!(ExcKind::from_u32(k.id()), Some(*k));
            assert!(k.is_subclass(ExcKind::BaseException));
        }
        assert!(ExcKind::KeyError.is_subclass(ExcKind::LookupError));
        assert!(!ExcKind::SystemExit.is_subclass(ExcKind::Exception));
    }
}
