"""Pure rules of a one-stop centre: roles and permissions, passwords, the audit chain.

Nothing here touches storage, Qt or the clock on the wall; everything is unit-testable as is.
"""
