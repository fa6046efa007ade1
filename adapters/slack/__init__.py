"""Slack: bolt's AsyncApp behind the coach's own verification, inbox and Block Kit rendering.

Import ``adapters.slack.mount`` to serve; this package module stays light so
`concession-coach slack manifest` starts fast.
"""
