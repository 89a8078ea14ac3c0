from copylint.cli import entry

entry()
