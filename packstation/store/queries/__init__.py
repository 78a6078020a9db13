"""The query layer: the reads and writes services need, as functions named in the packing station's words.

Each function takes an open `Session` (the caller owns the transaction) and returns ORM rows or plain values;
services compose them and speak in domain terms (see docs/architecture.md, "Query layer")."""
