"""Misuses of the condition API that mypy must reject.

Not run: tests/typing/test_conditions_types.py type-checks this file with ``mypy --strict``
and compares mypy's errors with the ``# E:`` comment above each line.
"""

# ruff: noqa: B015

from __future__ import annotations

import datetime as dt

from sfdsl._conditions import (
    Bool,
    Comparison,
    Condition,
    JsonataCondition,
    Num,
    Str,
    Timestamp,
    Var,
)

# Comparing a typed path with a value of another kind.
# E: Unsupported operand types for < ("Num" and "str")  [operator]
Num("$.n") < "a"
# E: Unsupported operand types for >= ("Str" and "int")  [operator]
Str("$.s") >= 3
# E: Unsupported operand types for > ("Timestamp" and "int")  [operator]
Timestamp("$.t") > 3
# E: Argument 1 to "eq" of "_Typed" has incompatible type "str"; expected "int | float | Num"  [arg-type]
Num("$.n").eq("a")
# E: Argument 1 to "le" of "_Ordered" has incompatible type "Num"; expected "str | Str"  [arg-type]
Str("$.s").le(Num("$.n"))
# E: Argument 1 to "lt" of "Var" has incompatible type "date"; expected "str | int | float | datetime | Str | Num | Timestamp"  [arg-type]
Var("$.v").lt(dt.date(2024, 1, 1))

# Booleans have no order, and only strings match patterns.
# E: Unsupported operand types for > ("bool" and "Bool")  [operator]
Bool("$.b") < True
# E: "Num" has no attribute "matches"  [attr-defined]
Num("$.n").matches("1*")

# `==` falls back to object equality in mypy, so a wrong kind gives a bool, not a condition.
# E: Incompatible types in assignment (expression has type "bool", variable has type "Comparison | And | Or | Not | JsonataCondition")  [assignment]
wrong_kind: Condition = Num("$.n") == "a"

# Two untyped paths cannot be compared: ASL needs the kind.
# E: Unsupported operand types for == ("Var" and "Var")  [operator]
Var("$.a") == Var("$.b")

# Flags, operators and mixing the two query languages.
# E: Argument 1 to "is_present" of "_Path" has incompatible type "str"; expected "bool"  [arg-type]
Var("$.x").is_present("yes")
# E: Argument 2 to "Comparison" has incompatible type "Literal['StringEqual']"; expected "Literal['StringEquals', 'StringEqualsPath', 'StringLessThan', 'StringLessThanPath', 'StringGreaterThan', 'StringGreaterThanPath', 'StringLessThanEquals', 'StringLessThanEqualsPath', 'StringGreaterThanEquals', 'StringGreaterThanEqualsPath', 'StringMatches', 'NumericEquals', 'NumericEqualsPath', 'NumericLessThan', 'NumericLessThanPath', 'NumericGreaterThan', 'NumericGreaterThanPath', 'NumericLessThanEquals', 'NumericLessThanEqualsPath', 'NumericGreaterThanEquals', 'NumericGreaterThanEqualsPath', 'BooleanEquals', 'BooleanEqualsPath', 'TimestampEquals', 'TimestampEqualsPath', 'TimestampLessThan', 'TimestampLessThanPath', 'TimestampGreaterThan', 'TimestampGreaterThanPath', 'TimestampLessThanEquals', 'TimestampLessThanEqualsPath', 'TimestampGreaterThanEquals', 'TimestampGreaterThanEqualsPath', 'IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']"  [arg-type]
Comparison("$.x", "StringEqual", "a")
# E: Unsupported operand types for & ("Comparison" and "JsonataCondition")  [operator]
(Var("$.a") == 1) & JsonataCondition("$x")
# E: Unsupported operand types for | ("JsonataCondition" and "Comparison")  [operator]
JsonataCondition("$x") | (Var("$.a") == 1)
