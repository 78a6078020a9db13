"""Registers every subcommand module with the `packstation` group (one import line each)."""

from packstation.cli import groups  # noqa: F401  (import / export groups)
from packstation.cli.demo_data import demo_data; from packstation.cli import main; main.add_command(demo_data)  # noqa: E702
from packstation.cli.cartonize import cartonize; from packstation.cli import main; main.add_command(cartonize)  # noqa: E402,E702,I001
from packstation.cli.importing import import_group as _imports  # noqa: E402,F401  (orders, catalog, boxes)
from packstation.cli.cheat_sheet import cheat_sheet; from packstation.cli import main; main.add_command(cheat_sheet)  # noqa: E402,E702,I001
from packstation.cli.report import report as _report; from packstation.cli import main as _main; _main.add_command(_report)  # noqa: E402,E702,I001
from packstation.cli.export_shipments import export_shipments_command as _export_shipments  # noqa: E402,F401,I001
from packstation.cli.slips import slips as _slips; from packstation.cli.export_coupons import export_coupons as _export_coupons; from packstation.cli import main as _m; _m.add_command(_slips)  # noqa: E402,E702,F401,I001
from packstation.cli.label import label as _label; from packstation.cli import main as _ml; _ml.add_command(_label)  # noqa: E402,E702,I001
from packstation.cli.replay import replay; from packstation.cli import main; main.add_command(replay)  # noqa: E402,E702,I001
from packstation.cli.scenario import scenario as _scenario; from packstation.cli import main as _ms; _ms.add_command(_scenario)  # noqa: E402,E702,I001
