"""What several readers use: path parts, summary words, field rows, samples, type words.

Readers import from here and from generator core modules, never from each
other (tests/test_import_rules.py checks it).
"""
