"""The only door to the data: who you are, what you may do, and what gets audited.

Each public call is one unit of work: it checks the permission, does the work, writes its
audit entry in the same transaction, and commits or rolls back whole. Calls return plain,
immutable snapshots, never live ORM objects.
"""
