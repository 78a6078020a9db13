"""Adapters to the rest of the warehouse: label sources (carrier APIs through karrio, the site's own shipping
system), the order inbox (a watched folder and an HTTP endpoint) and shipment confirmations (outbox folder and
webhook). Like `devices`, this room talks to the outside world; the rules it follows are in `packstation.domain`
and the use cases that call it are in `packstation.services`.
"""
