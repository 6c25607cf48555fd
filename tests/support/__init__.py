"""Test support: a real local HTTP server (`http_server`) and its pytest fixture (`fixtures`)."""
