"""The vault: keys, the SQLCipher engine, encrypted attachments and backups.

Nothing here knows about tables or roles; services/ puts it together.
"""
