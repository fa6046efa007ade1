"""Tools of the source checkout shared by the tests and the bench (not in the wheel)."""
