"""Microsoft Teams through botbuilder's CloudAdapter.

Every botbuilder type stays inside this package (the Python SDK is archived
upstream; moving to its successor must touch only this folder). The engine
sees only ``coaching.messages`` types.
"""
