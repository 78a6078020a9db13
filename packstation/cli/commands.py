"""Registers every subcommand with the `packstation` group.

Modules that attach themselves to a group (`import ...`, `export ...`) only need importing; the others are
added here by name.
"""

from packstation.cli import archive, export_coupons, export_shipments, groups, importing, main, site  # noqa: F401  (attach to their groups)
from packstation.cli.carrier import carrier_group
from packstation.cli.cartonize import cartonize
from packstation.cli.cheat_sheet import cheat_sheet
from packstation.cli.demo_data import demo_data
from packstation.cli.evidence import evidence
from packstation.cli.label import label
from packstation.cli.replay import replay
from packstation.cli.report import report
from packstation.cli.scenario import scenario
from packstation.cli.serve import outbox_group, serve
from packstation.cli.site import badges, lead
from packstation.cli.slips import slips

for _command in (
    badges,
    carrier_group,
    cartonize,
    cheat_sheet,
    demo_data,
    evidence,
    label,
    lead,
    outbox_group,
    replay,
    report,
    scenario,
    serve,
    slips,
):
    main.add_command(_command)
